package id.desatumis.assistance.budget;

import id.desatumis.assistance.application.BudgetLedger;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger called as the plan, cancel and deliver use cases call it: in a transaction of its own that locks the
 * line's stream, lets the ledger decide, and appends the change it returns.
 */
@ApplicationScoped
public class LedgerUseCase {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final EventMetadata ACTOR = new EventMetadata("staf-dinsos", "dinsos", "test", null, null,
            "/desatumis/assistance");

    /** What the ledger decides in the use case's transaction. */
    public interface Decision {
        Uni<Change<?, ?>> decide(SqlConnection tx);
    }

    /** What one transaction ended with: committed, or refused with this rule and its details. */
    public record Outcome(boolean committed, String rule, Map<String, Object> details) {
    }

    private final Pool pool;
    private final AggregateStore aggregates;

    public LedgerUseCase(Pool pool, AggregateStore aggregates) {
        this.pool = pool;
        this.aggregates = aggregates;
    }

    public Uni<Outcome> attempt(UUID line, Decision decision) {
        return pool.withTransaction(tx -> aggregates.lock(tx, List.of(BudgetLedger.stream(line)))
                        .chain(() -> decision.decide(tx))
                        .chain(change -> aggregates.appendAll(tx, List.of(change), ACTOR)))
                .map(done -> new Outcome(true, null, Map.of()))
                .onFailure(RuleBroken.class).recoverWithItem(e -> new Outcome(false, ((RuleBroken) e).rule(),
                        ((RuleBroken) e).details()));
    }

    public Outcome run(UUID line, Decision decision) {
        return attempt(line, decision).await().atMost(PATIENCE);
    }
}

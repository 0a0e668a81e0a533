package id.desatumis.assistance.application;

import id.desatumis.assistance.config.BudgetReleaseSettings;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable.Stranded;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives back to its budget line what a cancelled or written-off intervention still holds. A cancellation by staff
 * releases its commitment in its own transaction; but a need withdrawn by the registry's or assessment's news (a
 * later assessment no longer lists it, the household graduated or was erased) cancels its intervention in a batch that
 * locks households and interventions, and taking the budget lines' locks there too would risk a deadlock with a plan
 * (which takes the line first). So those commitments are released here, soon after, one line lock per transaction,
 * and the line's ceiling is never held by an intervention that will not use it for longer than one interval.
 */
@ApplicationScoped
public class StrandedCommitments {

    private static final Logger LOG = Logger.getLogger(StrandedCommitments.class);

    private final BudgetCommitmentsTable commitments;
    private final BudgetLedger ledger;
    private final AggregateStore aggregates;
    private final Pool pool;
    private final Vertx vertx;
    private final BudgetReleaseSettings settings;
    private final String source;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private long timer = -1;

    public StrandedCommitments(BudgetCommitmentsTable commitments, BudgetLedger ledger, AggregateStore aggregates,
                               Pool pool, Vertx vertx, BudgetReleaseSettings settings, ServiceIdentity service) {
        this.commitments = commitments;
        this.ledger = ledger;
        this.aggregates = aggregates;
        this.pool = pool;
        this.vertx = vertx;
        this.settings = settings;
        this.source = service.source();
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.interval().toMillis(), id -> {
            if (!sweeping.compareAndSet(false, true)) return;
            release().eventually(() -> sweeping.set(false)).subscribe().with(n -> {
                if (n > 0) LOG.infof("budget lines: %d commitments of cancelled interventions released", n);
            }, e -> LOG.warnf("releasing commitments of cancelled interventions failed: %s", e.getMessage()));
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) vertx.cancelTimer(timer);
    }

    /** Releases one round of stranded commitments; how many. */
    public Uni<Integer> release() {
        return commitments.stranded(pool, settings.batchSize()).chain(found -> {
            Uni<Integer> released = Uni.createFrom().item(0);
            for (Stranded s : found) {
                released = released.chain(n -> releaseOne(s).map(done -> done ? n + 1 : n));
            }
            return released;
        });
    }

    private Uni<Boolean> releaseOne(Stranded s) {
        EventMetadata metadata = EventMetadata.system(source, "budget-release-" + s.interventionId());
        return pool.withTransaction(tx -> aggregates.lock(tx, List.of(BudgetLedger.stream(s.lineId())))
                .chain(() -> ledger.release(tx, s.lineId(), s.interventionId()))
                .chain(change -> change.events().isEmpty() ? Uni.createFrom().item(false)
                        : aggregates.appendAll(tx, List.of(change), metadata).replaceWith(true)));
    }
}

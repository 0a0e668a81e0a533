package id.desatumis.kit.aggregate;

import id.desatumis.kit.api.RuleProblems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Function;

/**
 * Runs a command on one aggregate in the caller's transaction: lock its stream, load it, let the domain decide
 * (a rule broken becomes its problem document here, once for every service), append what was decided, update
 * the inline read models. The decision sees the loaded aggregate, so it can check the caller's scope and If-Match
 * against the state and version it decides on.
 */
@ApplicationScoped
public class CommandRunner {

    private final AggregateStore aggregates;
    private final RuleProblems problems;

    public CommandRunner(AggregateStore aggregates, RuleProblems problems) {
        this.aggregates = aggregates;
        this.problems = problems;
    }

    public <S, E> Uni<Decided<S, E>> run(SqlConnection tx, AggregateType<S, E> type, Object id, EventMetadata metadata,
                                         Function<Loaded<S>, List<E>> decision) {
        return aggregates.lockAndLoad(tx, type, id).chain(before -> {
            List<E> events = decide(() -> decision.apply(before));
            return aggregates.append(tx, type, before, events, metadata).map(after -> new Decided<>(after, events));
        });
    }

    /** Runs a decision, turning a rule broken into its problem document. */
    public <T> T decide(java.util.function.Supplier<T> decision) {
        try {
            return decision.get();
        } catch (RuleBroken r) {
            throw problems.of(r);
        } catch (RulesBroken r) {
            throw problems.of(r);
        }
    }

    /** The aggregate after the command, and the events the command decided (empty: nothing changed). */
    public record Decided<S, E>(Loaded<S> after, List<E> events) {
    }
}

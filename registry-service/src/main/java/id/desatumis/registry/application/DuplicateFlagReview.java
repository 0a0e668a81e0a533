package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.DuplicateReview.ResolveFlag;
import id.desatumis.registry.persistence.DuplicateFlags;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Dinas Sosial's review of likely duplicates: the queue per desa, and each flag resolved once, on the household it was
 * raised on (the review queue follows in the same transaction, {@link HouseholdReadModels}).
 */
@ApplicationScoped
public class DuplicateFlagReview {

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final DuplicateFlags flags;
    private final Pool pool;

    public DuplicateFlagReview(AggregateStore aggregates, HouseholdAggregate households, DuplicateFlags flags, Pool pool) {
        this.aggregates = aggregates;
        this.households = households;
        this.flags = flags;
        this.pool = pool;
    }

    public Uni<CommandResult> resolve(SqlConnection tx, CommandContext ctx, ResolveFlag c) {
        return flags.householdOf(tx, c.flagId()).chain(household -> {
            if (household == null) throw Problems.notFound("flag");
            return aggregates.lockedHistory(tx, households, household).chain(history -> {
                if (!history.loaded().state().exists()) throw Problems.notFound("household");
                return aggregates.append(tx, households, history.loaded(), DuplicateReview.resolve(history.events(), c),
                                ctx.metadata())
                        .map(after -> new CommandResult(200, "/households/" + household, after.version(),
                                Map.of("flagId", c.flagId().toString(), "outcome", c.outcome(), "version", after.version())));
            });
        });
    }

    /** A desa's flags in one status ({@code open}, {@code dismissed} or {@code merged}), oldest first. */
    public Uni<List<DuplicateFlags.Flag>> queue(String desaCode, String status) {
        return flags.queue(pool, desaCode, status);
    }
}

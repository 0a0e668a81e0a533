package id.desatumis.registry.application;

import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.registry.config.ReferenceCodeSettings;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.ReferenceCodeIssuance;
import id.desatumis.registry.persistence.HouseholdIndex;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives every household registered before reference codes existed its first one, in short transactions of a batch
 * each. Idempotent and safe with several instances at once: a batch takes its households' stream locks (sorted) before
 * it reads them, so a second backfill reaching the same households waits, then finds their codes and leaves them be;
 * a household that has a code keeps it. Blocking: run it on a worker thread, never an event loop.
 */
@ApplicationScoped
public class ReferenceCodeBackfill {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Pool pool;
    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final HouseholdIndex index;
    private final ReferenceCodeIssuer issuer;
    private final ReferenceCodeSettings settings;

    public ReferenceCodeBackfill(Pool pool, AggregateStore aggregates, HouseholdAggregate households, HouseholdIndex index,
                                 ReferenceCodeIssuer issuer, ReferenceCodeSettings settings) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.households = households;
        this.index = index;
        this.issuer = issuer;
        this.settings = settings;
    }

    /** Runs to the end of the households without a code; answers how many this run gave one. */
    public int run() {
        EventMetadata metadata = EventMetadata.system(RegistryTopics.SOURCE, "reference-code-backfill-" + UUID.randomUUID());
        int issued = 0;
        UUID after = null;
        while (true) {
            List<UUID> batch = index.withoutReferenceCode(pool, after, settings.backfillBatchSize()).await().atMost(PATIENCE);
            if (batch.isEmpty()) return issued;
            issued += pool.withTransaction(tx -> issue(tx, batch, metadata)).await().atMost(PATIENCE);
            after = batch.get(batch.size() - 1); // in id order: each household is looked at once per run
        }
    }

    private Uni<Integer> issue(SqlConnection tx, List<UUID> batch, EventMetadata metadata) {
        List<String> streams = batch.stream().map(HouseholdAggregate::stream).sorted().toList();
        return aggregates.lock(tx, streams).chain(() -> loadAll(tx, batch)).chain(loaded -> {
            List<Change<?, ?>> changes = new ArrayList<>();
            for (Loaded<Household.State> household : loaded) {
                // read under its lock: one given a code meanwhile (by another instance) is left as it is
                if (!ReferenceCodeIssuance.lacksCode(household.state())) continue;
                changes.add(new Change<>(households, household, Household.decide(household.state(),
                        issuer.command(household.state().householdId(), null))));
            }
            return aggregates.appendAll(tx, changes, metadata).replaceWith(changes.size());
        });
    }

    private Uni<List<Loaded<Household.State>>> loadAll(SqlConnection tx, List<UUID> batch) {
        Uni<List<Loaded<Household.State>>> chain = Uni.createFrom().item(new ArrayList<>());
        for (UUID id : batch) {
            chain = chain.chain(list -> aggregates.load(tx, households, id).map(loaded -> {
                list.add(loaded);
                return list;
            }));
        }
        return chain;
    }
}

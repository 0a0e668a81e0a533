package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.assistance.persistence.InterventionIndex.CommandKeys;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Takes, in one sorted call before the transaction's first write, the locks of every stream a command on an
 * intervention's deliveries may append to: the intervention's, the household's (whose need a verification meets or a
 * write-off opens again) and the budget line's (which a delivery realises and a write-off releases). Which streams
 * those are is read from the interventions table first; the budget line is compared with the intervention loaded
 * under the lock (a source changed in between makes the command a version conflict, retried by the client).
 */
@ApplicationScoped
public class DeliveryStreams {

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final InterventionIndex index;
    private final NeedOutcomes needs;

    public DeliveryStreams(AggregateStore aggregates, InterventionAggregate interventions, InterventionIndex index,
                           NeedOutcomes needs) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.index = index;
        this.needs = needs;
    }

    /** What the command needs to know before it locks; {@code intervention-unknown} when there is no such one. */
    public Uni<CommandKeys> keys(SqlConnection tx, UUID interventionId) {
        return index.commandKeys(tx, interventionId)
                .map(found -> found.orElseThrow(InterventionAccess::unknown));
    }

    /** Locks and loads the intervention, and the household and budget line when the command may change them. */
    public Uni<LockedIntervention> lockAndLoad(SqlConnection tx, CommandKeys keys, boolean household, boolean budget) {
        boolean withHousehold = household && keys.needId() != null;
        List<String> streams = new ArrayList<>();
        streams.add(interventions.streamId(keys.interventionId()));
        if (withHousehold) streams.add(NeedOutcomes.stream(keys.householdId()));
        if (budget && keys.budgetLineId() != null) streams.add(BudgetLedger.stream(keys.budgetLineId()));
        return aggregates.lock(tx, streams)
                .chain(() -> aggregates.load(tx, interventions, keys.interventionId()))
                .invoke(loaded -> {
                    if (budget && !Objects.equals(budgetLineOf(loaded), keys.budgetLineId())) {
                        throw Problems.conflict(loaded.version());
                    }
                })
                .chain(loaded -> withHousehold
                        ? needs.load(tx, keys.householdId()).map(h -> new LockedIntervention(keys, loaded, h))
                        : Uni.createFrom().item(new LockedIntervention(keys, loaded, null)));
    }

    private static UUID budgetLineOf(Loaded<Intervention> loaded) {
        Intervention s = loaded.state();
        return s.exists() && s.plan().source().fromBudget() ? s.plan().source().budgetLineId() : null;
    }
}

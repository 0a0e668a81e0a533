package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.ReopenCause;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * What a delivery's fate does to the need it serves, on the household's stream, appended with the intervention's
 * events: verified in full (by the village, or by Dinas Sosial accepting a disputed delivery), the need is met — and
 * HouseholdNeedsMet follows when that was the household's last open need; written off, the need is open again.
 */
@ApplicationScoped
public class NeedOutcomes {

    private static final Logger LOG = Logger.getLogger(NeedOutcomes.class);

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;

    public NeedOutcomes(AggregateStore aggregates, HouseholdAggregate households) {
        this.aggregates = aggregates;
        this.households = households;
    }

    /** The household's stream, to lock with the intervention's. */
    public static String stream(UUID householdId) {
        return HouseholdAggregate.streamIdOf(householdId);
    }

    /** The household, in a transaction that holds its stream's lock. */
    public Uni<Loaded<NeedsOfHousehold>> load(SqlConnection tx, UUID householdId) {
        return aggregates.load(tx, households, householdId);
    }

    /**
     * The household's events once the intervention is {@code after} its change: the need met when it became verified,
     * open again when it was written off; nothing otherwise, nor for an intervention that serves no need.
     */
    public List<Change<?, ?>> after(Loaded<NeedsOfHousehold> household, Intervention before, Intervention after) {
        UUID needId = after.plan().needId();
        if (needId == null || household == null || before.stage() == after.stage()) return List.of();
        if (after.stage() == Stage.VERIFIED) return change(household, met(household.state(), needId, after.id()));
        if (after.stage() == Stage.WRITTEN_OFF) {
            return change(household, HouseholdNeeds.reopen(household.state(), needId, after.id(), ReopenCause.WRITTEN_OFF));
        }
        return List.of();
    }

    /**
     * The need met by its intervention. A delivery the village confirmed is a fact: should the household's stream no
     * longer take the need as this intervention's (it was closed or cancelled meanwhile, or met by another), the
     * verification still stands and the household is left as it is, with a line in the log for staff to look at.
     */
    private static List<HouseholdEvent> met(NeedsOfHousehold household, UUID needId, UUID interventionId) {
        try {
            return HouseholdNeeds.met(household, needId, interventionId);
        } catch (RuleBroken refused) {
            LOG.warnf("intervention %s verified; its need %s was not marked met: %s (%s)", interventionId, needId,
                    refused.rule(), refused.getMessage());
            return List.of();
        }
    }

    /** The need planned by an office's unplanned delivery (which the village then verifies, meeting it). */
    public List<Change<?, ?>> planned(Loaded<NeedsOfHousehold> household, UUID needId, UUID interventionId) {
        return change(household, HouseholdNeeds.plan(household.state(), needId, interventionId));
    }

    private List<Change<?, ?>> change(Loaded<NeedsOfHousehold> household, List<HouseholdEvent> events) {
        return events.isEmpty() ? List.of() : List.of(new Change<>(households, household, events));
    }
}

package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.ReopenCause;
import id.desatumis.assistance.domain.Source;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * A planned intervention resourced again (after a refusal or a timeout, from its source or another) or cancelled, by
 * Dinas Sosial or the desa's operator. The intervention is read first to learn which other streams the change touches
 * (its household, its budget line, a new line), then all of them are locked in one call and read again under the locks;
 * a budget line that changed in between is a version conflict, retried by the client.
 */
@ApplicationScoped
public class PlanChanges {

    /** Why an intervention cancelled by staff was cancelled, as a code beside the reason given. */
    public static final String CANCELLED_BY_STAFF = "CANCELLED_BY_STAFF";

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final HouseholdAggregate households;
    private final PlanSources sources;
    private final BudgetLedger ledger;
    private final Clock clock;

    public PlanChanges(AggregateStore aggregates, InterventionAggregate interventions, HouseholdAggregate households,
                       PlanSources sources, BudgetLedger ledger, Clock clock) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.households = households;
        this.sources = sources;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Resourced again from its source, or from {@code another} (null: its own); 200 with the intervention. */
    public Function<SqlConnection, Uni<CommandResult>> resourceAgain(CommandContext ctx, UUID interventionId,
                                                                      OptionalLong ifMatch, SourceRequest another) {
        UUID requestId = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        return tx -> peek(tx, ctx, interventionId).chain(seen -> {
            Uni<Source> found = another == null ? Uni.createFrom().item(seen.plan().source())
                    : sources.find(tx, another, seen.plan().kind(), seen.plan().desaCode(), seen.plan().dueDate(), today);
            return found.chain(target -> {
                List<String> streams = new ArrayList<>(List.of(interventions.streamId(interventionId)));
                if (target.fromBudget()) streams.add(BudgetLedger.stream(target.budgetLineId()));
                return aggregates.lock(tx, streams)
                        .chain(() -> aggregates.load(tx, interventions, interventionId))
                        .chain(loaded -> {
                            Intervention s = checked(ctx, loaded, ifMatch);
                            if (another == null && !Objects.equals(s.plan().source(), target)) throw Problems.conflict(loaded.version());
                            List<InterventionEvent> events = Interventions.resource(s, requestId, another == null ? null : target);
                            Uni<List<Change<?, ?>>> lines = target.fromBudget()
                                    ? ledger.commit(tx, target.budgetLineId(), interventionId, s.plan().amount().rupiah()).map(List::of)
                                    : Uni.createFrom().item(List.of());
                            return lines.chain(more -> append(tx, ctx, new Change<>(interventions, loaded, events), more));
                        });
            });
        });
    }

    /** Cancelled with a reason before any delivery: its commitment released, its need open again; 200. */
    public Function<SqlConnection, Uni<CommandResult>> cancel(CommandContext ctx, UUID interventionId, OptionalLong ifMatch,
                                                              String reason) {
        return tx -> peek(tx, ctx, interventionId).chain(seen -> {
            List<String> streams = new ArrayList<>(List.of(interventions.streamId(interventionId)));
            UUID householdId = seen.plan().householdId();
            UUID needId = seen.plan().needId();
            if (needId != null) streams.add(HouseholdAggregate.streamIdOf(householdId));
            Source source = seen.plan().source();
            if (source.fromBudget()) streams.add(BudgetLedger.stream(source.budgetLineId()));
            return aggregates.lock(tx, streams)
                    .chain(() -> aggregates.load(tx, interventions, interventionId))
                    .chain(loaded -> {
                        Intervention s = checked(ctx, loaded, ifMatch);
                        if (!Objects.equals(s.plan().source(), source)) throw Problems.conflict(loaded.version());
                        List<InterventionEvent> events = Interventions.cancel(s, CANCELLED_BY_STAFF, reason);
                        Uni<List<Change<?, ?>>> others = reopened(tx, householdId, needId, interventionId)
                                .chain(household -> (source.fromBudget()
                                        ? ledger.release(tx, source.budgetLineId(), interventionId).map(List::<Change<?, ?>>of)
                                        : Uni.createFrom().item(List.<Change<?, ?>>of()))
                                        .map(line -> concat(household, line)));
                        return others.chain(more -> append(tx, ctx, new Change<>(interventions, loaded, events), more));
                    });
        });
    }

    /** The intervention as it stands before the locks, for a caller who may change it (404 otherwise). */
    private Uni<Intervention> peek(SqlConnection tx, CommandContext ctx, UUID interventionId) {
        return aggregates.load(tx, interventions, interventionId)
                .map(loaded -> InterventionAccess.requireChangeable(ctx.caller(), loaded.state()));
    }

    private static Intervention checked(CommandContext ctx, Loaded<Intervention> loaded, OptionalLong ifMatch) {
        Intervention s = InterventionAccess.requireChangeable(ctx.caller(), loaded.state());
        Versions.checkIfMatch(ifMatch, loaded.version());
        return s;
    }

    private Uni<List<Change<?, ?>>> reopened(SqlConnection tx, UUID householdId, UUID needId, UUID interventionId) {
        if (needId == null) return Uni.createFrom().item(List.of());
        return aggregates.load(tx, households, householdId).map(household -> {
            // a household erased or merged away keeps no needs to reopen
            List<HouseholdEvent> events = household.state().need(needId) == null ? List.of()
                    : HouseholdNeeds.reopen(household.state(), needId, interventionId, ReopenCause.CANCELLED);
            return List.<Change<?, ?>>of(new Change<NeedsOfHousehold, HouseholdEvent>(households, household, events));
        });
    }

    private Uni<CommandResult> append(SqlConnection tx, CommandContext ctx, Change<Intervention, InterventionEvent> change,
                                      List<Change<?, ?>> others) {
        List<Change<?, ?>> changes = concat(List.of(change), others);
        return aggregates.appendAll(tx, changes, ctx.metadata()).map(after -> {
            @SuppressWarnings("unchecked") Loaded<Intervention> done = (Loaded<Intervention>) after.get(0);
            return InterventionAnswers.of(200, done.state(), done.version());
        });
    }

    private static List<Change<?, ?>> concat(List<Change<?, ?>> a, List<Change<?, ?>> b) {
        List<Change<?, ?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

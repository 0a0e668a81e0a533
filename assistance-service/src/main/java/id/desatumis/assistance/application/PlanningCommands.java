package id.desatumis.assistance.application;

import id.desatumis.assistance.config.GuardSettings;
import id.desatumis.assistance.domain.DoubleAssistance;
import id.desatumis.assistance.domain.GuardOverride;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.PriorAssistance;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.assistance.persistence.NeedRows;
import id.desatumis.assistance.persistence.NeedRows.NeedRow;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A need planned, in one transaction over every stream it changes. First what the plan needs is read (the need, the
 * responsible actor, the cited decision, the source); then the household's, the intervention's and the budget line's
 * streams are locked in one call, before any write; under the household's lock the double-assistance guard reads the
 * household's interventions (so two plans for one household never both pass it); then the intervention is planned and
 * resourced (a pledge's reservation asked for, or the budget line committed), the need marked planned, and all of it
 * appended at once.
 */
@ApplicationScoped
public class PlanningCommands {

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final HouseholdAggregate households;
    private final InterventionIndex index;
    private final NeedRows needs;
    private final PlanActors actors;
    private final DecisionCitations citations;
    private final PlanSources sources;
    private final BudgetLedger ledger;
    private final GuardSettings guard;
    private final Clock clock;

    public PlanningCommands(AggregateStore aggregates, InterventionAggregate interventions, HouseholdAggregate households,
                            InterventionIndex index, NeedRows needs, PlanActors actors, DecisionCitations citations,
                            PlanSources sources, BudgetLedger ledger, GuardSettings guard, Clock clock) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.households = households;
        this.index = index;
        this.needs = needs;
        this.actors = actors;
        this.citations = citations;
        this.sources = sources;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /** What is read before the locks: the need as listed, who answers for it and why, and the source found. */
    private record Gathered(NeedRow need, NeedKind kind, PlanActors.Chosen actor, Source source) {
    }

    /** Plans the need; 201 with the intervention, planned and resourced or waiting for its reservation. */
    public Function<SqlConnection, Uni<CommandResult>> plan(CommandContext ctx, PlanRequest r) {
        UUID interventionId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        Caller caller = ctx.caller();
        return tx -> gather(tx, caller, r, today).chain(g -> {
            List<String> streams = new ArrayList<>(List.of(HouseholdAggregate.streamIdOf(g.need().householdId()),
                    interventions.streamId(interventionId)));
            if (g.source().fromBudget()) streams.add(BudgetLedger.stream(g.source().budgetLineId()));
            return aggregates.lock(tx, streams)
                    .chain(() -> aggregates.load(tx, households, g.need().householdId()))
                    .chain(household -> index.ofHouseholdAndKind(tx, g.need().householdId(), g.kind())
                            .chain(prior -> decide(tx, ctx, g, r, household, prior, interventionId, requestId, today)));
        });
    }

    private Uni<Gathered> gather(SqlConnection tx, Caller caller, PlanRequest r, LocalDate today) {
        return needs.find(tx, r.needId()).chain(found -> {
            // a need of a desa the operator does not act for is one it cannot know of
            NeedRow need = found.filter(n -> caller.mayActIn(n.desaCode())).orElseThrow(PlanningCommands::unknownNeed);
            NeedKind kind = NeedKind.valueOf(need.kind());
            return actors.choose(tx, kind, need.desaCode(), r.actorId(), r.actorReason(), today)
                    .call(() -> citations.require(tx, "decisionNumber", r.decisionNumber(), need.desaCode()))
                    .chain(actor -> sources.find(tx, r.source(), kind, need.desaCode(), r.dueDate(), today)
                            .map(source -> new Gathered(need, kind, actor, source)));
        });
    }

    private Uni<CommandResult> decide(SqlConnection tx, CommandContext ctx, Gathered g, PlanRequest r,
                                      Loaded<NeedsOfHousehold> household, List<PriorAssistance> prior,
                                      UUID interventionId, UUID requestId, LocalDate today) {
        NeedsOfHousehold h = household.state();
        if (h.desaCode() != null && !h.desaCode().equals(g.need().desaCode())) {
            // the household moved between the read and the lock: what was read for its old desa no longer holds
            throw Problems.conflict(household.version());
        }
        List<HouseholdEvent> planned = HouseholdNeeds.plan(h, r.needId(), interventionId);
        NeedsOfHousehold.Need need = h.need(r.needId());
        Optional<PriorAssistance> conflict = DoubleAssistance.conflict(prior, g.kind(), need.memberId(), r.dueDate(),
                guard.window(g.kind()));
        DoubleAssistance.require(conflict, r.override(), ctx.caller().has(Roles.DINSOS));
        // an override is recorded only where it overrode something
        GuardOverride override = conflict.isPresent() ? r.override() : null;
        Plan plan = new Plan(r.needId(), h.householdId(), need.memberId(), g.kind(), g.need().desaCode(),
                g.actor().actorId(), r.actorReason(), g.source(), r.amount(), r.tranches(), r.dueDate(),
                r.decisionNumber(), override);
        Loaded<Intervention> fresh = aggregates.fresh(interventions, interventionId);
        List<InterventionEvent> events = new ArrayList<>(Interventions.plan(fresh.state(), interventionId, plan, today));
        events.addAll(Interventions.resource(interventions.fold(fresh.state(), events), requestId));
        Uni<Optional<Change<?, ?>>> committed = plan.source().fromBudget()
                ? ledger.commit(tx, plan.source().budgetLineId(), interventionId, plan.amount().rupiah()).map(Optional::of)
                : Uni.createFrom().item(Optional.empty());
        return committed.chain(line -> {
            List<Change<?, ?>> changes = new ArrayList<>();
            changes.add(new Change<>(interventions, fresh, events));
            changes.add(new Change<>(households, household, planned));
            line.ifPresent(changes::add);
            return aggregates.appendAll(tx, changes, ctx.metadata());
        }).map(after -> {
            @SuppressWarnings("unchecked") Loaded<Intervention> done = (Loaded<Intervention>) after.get(0);
            return InterventionAnswers.of(201, done.state(), done.version());
        });
    }

    static RuleBroken unknownNeed() {
        return new RuleBroken("needId", "need-unknown", "no need has this id, or none you plan for");
    }
}

package id.desatumis.assistance.application;

import id.desatumis.assistance.config.GuardSettings;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.DoubleAssistance;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.HouseholdStanding;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.PriorAssistance;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Assistance an office gave under its own programme, outside any plan (issue 10, item 7): recorded as an intervention
 * of that office, delivered, for the village to verify like any other — after the double-assistance guard compared it
 * with every intervention of every actor for the household (and member, for a personal kind), under the household's
 * stream lock so that no plan slips in meanwhile. The household must be known here (its needs arrived from a verified
 * assessment); its desa is the intervention's. When the household has that need waiting for a plan, the office's
 * delivery takes it (planned by it, met once verified).
 */
@ApplicationScoped
public class UnplannedDeliveries {

    /** What the office reports. {@code memberId} for a personal kind only. */
    public record Unplanned(UUID householdId, UUID memberId, NeedKind kind, String programme, LocalDate deliveredOn,
                            String description, Quantity amount, Evidence evidence) {
    }

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final InterventionIndex index;
    private final Actors actors;
    private final NeedOutcomes needs;
    private final GuardSettings guard;
    private final Clock clock;

    public UnplannedDeliveries(AggregateStore aggregates, InterventionAggregate interventions, InterventionIndex index,
                               Actors actors, NeedOutcomes needs, GuardSettings guard, Clock clock) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.index = index;
        this.actors = actors;
        this.needs = needs;
        this.guard = guard;
        this.clock = clock;
    }

    public Function<SqlConnection, Uni<CommandResult>> recording(CommandContext ctx, Unplanned report) {
        UUID interventionId = UUID.randomUUID();
        UUID deliveryId = UUID.randomUUID();
        return tx -> actors.actingFor(tx, ctx.caller())
                .map(acting -> acting.orElseThrow(() -> new RuleBroken("opd", "caller-not-an-actor",
                        "your office is not registered as an actor of the programme (partner-service) yet")))
                .chain(actorId -> aggregates.lock(tx, List.of(NeedOutcomes.stream(report.householdId()),
                                interventions.streamId(interventionId)))
                        .chain(() -> needs.load(tx, report.householdId()))
                        .chain(household -> index.ofHouseholdAndKind(tx, report.householdId(), report.kind())
                                .chain(prior -> {
                                    requireKnown(household.state());
                                    requireNotGivenAlready(prior, report);
                                    Delivery delivery = new Delivery(deliveryId, report.deliveredOn(),
                                            report.description(), report.amount(), null, report.evidence(),
                                            ctx.caller().subject(), null);
                                    Optional<UUID> need = waitingNeed(household.state(), report);
                                    Plan plan = new Plan(need.orElse(null), report.householdId(), report.memberId(),
                                            report.kind(), household.state().desaCode(), actorId, null,
                                            Source.ownProgramme(report.programme()), report.amount(), List.of(),
                                            report.deliveredOn(), null, null);
                                    List<InterventionEvent> events = Interventions.recordUnplanned(Intervention.NONE,
                                            interventionId, plan, delivery, LocalDate.now(clock));
                                    List<Change<?, ?>> all = new ArrayList<>();
                                    all.add(new Change<>(interventions, aggregates.fresh(interventions, interventionId),
                                            events));
                                    need.ifPresent(n -> all.addAll(needs.planned(household, n, interventionId)));
                                    return aggregates.appendAll(tx, all, ctx.metadata());
                                })))
                .map(afters -> answer(afters.get(0), deliveryId));
    }

    private static void requireKnown(NeedsOfHousehold household) {
        if (household.standing() == HouseholdStanding.UNKNOWN) {
            throw new RuleBroken("householdId", "household-not-known",
                    "no household with this id is known here: assistance knows households from their verified assessments");
        }
        if (household.standing().gone()) {
            throw new RuleBroken("householdId", "household-gone",
                    "the household was merged into another or erased in the registry: report for the household it continues as");
        }
    }

    /** The guard, as for a plan; an office has no override (only Dinas Sosial has, when planning). */
    private void requireNotGivenAlready(List<PriorAssistance> prior, Unplanned report) {
        var conflict = DoubleAssistance.conflict(prior, report.kind(), report.memberId(), report.deliveredOn(),
                guard.window(report.kind()));
        try {
            DoubleAssistance.require(conflict, null, false);
        } catch (RuleBroken refused) {
            // the rule names a plan's need; an office's report names its household and kind
            throw new RuleBroken("kind", refused.rule(), refused.getMessage(), refused.details());
        }
    }

    /** The household's need this assistance meets, when it is waiting for a plan. */
    private static Optional<UUID> waitingNeed(NeedsOfHousehold household, Unplanned report) {
        UUID needId = NeedId.of(report.householdId(), report.kind(), report.kind().personal() ? report.memberId() : null);
        var need = household.need(needId);
        return need != null && need.status() == NeedStatus.IDENTIFIED ? Optional.of(needId) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static CommandResult answer(Loaded<?> loaded, UUID deliveryId) {
        Loaded<Intervention> after = (Loaded<Intervention>) loaded;
        Intervention s = after.state();
        Map<String, Object> body = new LinkedHashMap<>(DeliveryAnswers.of(201, after, deliveryId).body());
        body.put("needId", s.plan().needId() == null ? null : s.plan().needId().toString());
        body.put("desaCode", s.plan().desaCode());
        return new CommandResult(201, "/interventions/" + s.id(), after.version(), body);
    }
}

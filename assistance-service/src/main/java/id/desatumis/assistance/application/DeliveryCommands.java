package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.DisputeGround;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Resolution;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * An intervention's deliveries (issue 10, items 4 and 5), each command for the caller's transaction (and its
 * Idempotency-Key): who may act is checked before any lock; then every stream the command may change is locked in
 * one call, the intervention decides, and what follows from its decision on the household's need and on the budget
 * line is appended with it, all or nothing. The answer is the intervention's new version (the ETag).
 */
@ApplicationScoped
public class DeliveryCommands {

    /** A delivery as its reporter tells it; {@code onBehalfReason} only from Dinas Sosial reporting for another. */
    public record Report(LocalDate deliveredOn, String description, Quantity amount, Integer tranche, Evidence evidence,
                         String onBehalfReason) {
    }

    /** The household's confirmation as the village records it. */
    public record Confirmed(Confirmation.ConfirmedBy confirmedBy, LocalDate confirmedOn, Confirmation.Method method) {
    }

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final DeliveryStreams streams;
    private final DeliveryReporters reporters;
    private final NeedOutcomes needs;
    private final DeliveryBudget budget;
    private final Clock clock;

    public DeliveryCommands(AggregateStore aggregates, InterventionAggregate interventions, DeliveryStreams streams,
                            DeliveryReporters reporters, NeedOutcomes needs, DeliveryBudget budget, Clock clock) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.streams = streams;
        this.reporters = reporters;
        this.needs = needs;
        this.budget = budget;
        this.clock = clock;
    }

    /** A delivery reported (201): a budget line realises its rupiah, a pledge's reservation is asked to consume them. */
    public Function<SqlConnection, Uni<CommandResult>> reporting(CommandContext ctx, UUID interventionId,
                                                                 OptionalLong ifMatch, Report report) {
        UUID deliveryId = UUID.randomUUID();
        Caller caller = ctx.caller();
        return tx -> streams.keys(tx, interventionId)
                .chain(keys -> reporters.onBehalfReason(tx, caller, keys, report.onBehalfReason())
                        .chain(onBehalf -> streams.lockAndLoad(tx, keys, false, true).chain(at -> {
                            Versions.checkIfMatch(ifMatch, at.intervention().version());
                            Delivery delivery = new Delivery(deliveryId, report.deliveredOn(), report.description(),
                                    report.amount(), report.tranche(), report.evidence(), caller.subject(),
                                    onBehalf.orElse(null));
                            List<InterventionEvent> events = Interventions.deliver(at.state(), delivery, today());
                            return budget.realised(tx, at.state(), delivery)
                                    .chain(line -> append(tx, ctx, at, events, line))
                                    .map(after -> DeliveryAnswers.of(201, after, deliveryId));
                        })));
    }

    /** The household's confirmation recorded by the desa's operator (never the one who reported the delivery). */
    public Function<SqlConnection, Uni<CommandResult>> verifying(CommandContext ctx, UUID interventionId, UUID deliveryId,
                                                                 OptionalLong ifMatch, Confirmed confirmed) {
        Caller caller = ctx.caller();
        Confirmation confirmation = new Confirmation(confirmed.confirmedBy(), confirmed.confirmedOn(), confirmed.method(),
                caller.subject());
        return byVillage(ctx, interventionId, deliveryId, ifMatch, true,
                s -> Interventions.verify(s, deliveryId, confirmation, today()));
    }

    /** The village disputes a delivery, on a ground and saying why. */
    public Function<SqlConnection, Uni<CommandResult>> disputing(CommandContext ctx, UUID interventionId, UUID deliveryId,
                                                                 OptionalLong ifMatch, DisputeGround ground,
                                                                 String reason) {
        String by = ctx.caller().subject();
        return byVillage(ctx, interventionId, deliveryId, ifMatch, false,
                s -> Interventions.dispute(s, deliveryId, ground, reason, by));
    }

    /**
     * Dinas Sosial resolves a dispute: redelivered (the delivery no longer counts), accepted (verified: the need may be
     * met) or written off (the need is open again, and the budget line's commitment is released).
     */
    public Function<SqlConnection, Uni<CommandResult>> resolving(CommandContext ctx, UUID interventionId,
                                                                 UUID deliveryId, OptionalLong ifMatch,
                                                                 Resolution resolution, String reason) {
        return tx -> streams.keys(tx, interventionId)
                .chain(keys -> streams.lockAndLoad(tx, keys, true, true))
                .chain(at -> {
                    Versions.checkIfMatch(ifMatch, at.intervention().version());
                    List<InterventionEvent> events = Interventions.resolve(at.state(), deliveryId, resolution, reason);
                    Intervention after = interventions.fold(at.state(), events);
                    List<Change<?, ?>> others = new ArrayList<>(needs.after(at.household(), at.state(), after));
                    Uni<List<Change<?, ?>>> released = resolution == Resolution.WRITE_OFF
                            ? budget.released(tx, at.state()) : Uni.createFrom().item(List.of());
                    return released.chain(line -> {
                        others.addAll(line);
                        return append(tx, ctx, at, events, others);
                    }).map(loaded -> DeliveryAnswers.of(200, loaded, deliveryId));
                });
    }

    /** A command of the desa's operator: the intervention of another desa does not exist for it. */
    private Function<SqlConnection, Uni<CommandResult>> byVillage(CommandContext ctx, UUID interventionId,
                                                                  UUID deliveryId, OptionalLong ifMatch,
                                                                  boolean mayMeetNeed,
                                                                  Function<Intervention, List<InterventionEvent>> decision) {
        Caller caller = ctx.caller();
        return tx -> streams.keys(tx, interventionId)
                .invoke(keys -> {
                    if (!caller.desaCodes().contains(keys.desaCode())) throw InterventionAccess.unknown();
                })
                .chain(keys -> streams.lockAndLoad(tx, keys, mayMeetNeed, false))
                .chain(at -> {
                    Versions.checkIfMatch(ifMatch, at.intervention().version());
                    List<InterventionEvent> events = decision.apply(at.state());
                    Intervention after = interventions.fold(at.state(), events);
                    return append(tx, ctx, at, events, needs.after(at.household(), at.state(), after))
                            .map(loaded -> DeliveryAnswers.of(200, loaded, deliveryId));
                });
    }

    private Uni<Loaded<Intervention>> append(SqlConnection tx, CommandContext ctx, LockedIntervention at,
                                             List<InterventionEvent> events, List<Change<?, ?>> others) {
        List<Change<?, ?>> all = new ArrayList<>();
        all.add(new Change<>(interventions, at.intervention(), events));
        all.addAll(others);
        return aggregates.appendAll(tx, all, ctx.metadata()).map(DeliveryCommands::first);
    }

    @SuppressWarnings("unchecked")
    private static Loaded<Intervention> first(List<Loaded<?>> afters) {
        return (Loaded<Intervention>) afters.get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

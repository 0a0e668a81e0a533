package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.Intervention.DeliveryRecord;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryDisputed;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryVerified;
import id.desatumis.assistance.domain.InterventionEvent.DisputeResolved;
import id.desatumis.assistance.domain.InterventionEvent.InterventionCancelled;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.LateReservationAnswer;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeAnswered;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRejected;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationTimedOut;
import id.desatumis.assistance.domain.InterventionEvent.SourceChanged;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The intervention's decisions: each takes the state and the command's facts and returns the events, or refuses with
 * a {@link RuleBroken}. Who may act (the responsible actor, Dinas Sosial, the desa's operator) is checked by the use
 * case before; what the decision checks is the intervention's own life.
 */
public final class Interventions {

    /** Release reasons, as the reservation contract names them. */
    public static final String RELEASE_CANCELLED = "CANCELLED";
    public static final String RELEASE_TIMED_OUT = "TIMED_OUT";

    private Interventions() {
    }

    /** A need planned: the plan is checked in itself (amount, tranches, due date); the guard ran before. */
    public static List<InterventionEvent> plan(Intervention s, UUID interventionId, Plan plan, LocalDate today) {
        if (s.exists()) throw new RuleBroken("interventionId", "intervention-exists", "this intervention is already planned");
        requireAmount("amount", plan.amount());
        if (plan.source().fromBudget()) requireRupiahForBudget(plan.amount());
        if (plan.dueDate().isBefore(today)) {
            throw new RuleBroken("dueDate", "due-date-past", "the due date is before today");
        }
        requireTranches(plan, today);
        return List.of(new InterventionPlanned(interventionId, plan, today));
    }

    /**
     * The plan's resources asked for: a pledge's reservation (partner-service answers later) or, for a budget line
     * whose commitment the use case appends in the same transaction, resourced at once.
     */
    public static List<InterventionEvent> resource(Intervention s, UUID requestId) {
        return resource(s, requestId, null);
    }

    /**
     * Resourced again after a refusal or a timeout, from the plan's source or from {@code another} (another pledge, a
     * budget line), which becomes the plan's source.
     */
    public static List<InterventionEvent> resource(Intervention s, UUID requestId, Source another) {
        requireExists(s);
        if (s.stage() != Stage.PLANNED) {
            throw new RuleBroken("stage", "not-awaiting-resources", "the intervention is " + s.stage() + ", not planned");
        }
        List<InterventionEvent> events = new ArrayList<>();
        Source source = s.plan().source();
        if (another != null && !another.equals(source)) {
            source = another;
            events.add(new SourceChanged(s.id(), another));
        }
        if (source.fromPledge()) {
            events.add(new ReservationRequested(s.id(), requestId, source.pledgeId(), s.plan().amount()));
        } else if (source.fromBudget()) {
            requireRupiahForBudget(s.plan().amount());
            events.add(new InterventionResourced(s.id(), null, source.budgetLineId(), s.plan().amount()));
        } else {
            throw new RuleBroken("source", "source-not-resourceable", "an office's own programme is not resourced here");
        }
        return events;
    }

    /**
     * partner-service's answer to a reservation request. Applied only to the request being waited for; an answer to
     * a request given up is recorded and not applied (its release was asked when it was given up); any other (a
     * redelivery of an answer already applied) changes nothing.
     */
    public static List<InterventionEvent> reservationAnswered(Intervention s, UUID requestId, boolean confirmed,
                                                              String reason) {
        if (!s.exists()) return List.of();
        if (requestId.equals(s.pendingRequest())) {
            return List.of(confirmed ? new InterventionResourced(s.id(), requestId, null, s.plan().amount())
                    : new ReservationRejected(s.id(), requestId, reason));
        }
        if (s.givenUp().contains(requestId)) return List.of(new LateReservationAnswer(s.id(), requestId, confirmed));
        return List.of();
    }

    /** The request has waited longer than allowed: given up, and released in case partner-service reserves it later. */
    public static List<InterventionEvent> timeOut(Intervention s, UUID requestId) {
        if (!s.exists() || !requestId.equals(s.pendingRequest())) return List.of();
        return List.of(new ReservationTimedOut(s.id(), requestId),
                new ReservationReleaseRequested(s.id(), requestId, RELEASE_TIMED_OUT));
    }

    /**
     * A delivery (or a tranche): only once resourced, never past the plan, never in the future. A pledge's
     * reservation is consumed by the same amount; the delivery that completes the plan is the final consume.
     */
    public static List<InterventionEvent> deliver(Intervention s, Delivery delivery, LocalDate today) {
        requireExists(s);
        switch (s.stage()) {
            case CANCELLED -> throw new RuleBroken("interventionId", "intervention-cancelled", "the intervention was cancelled");
            case WRITTEN_OFF -> throw new RuleBroken("interventionId", "intervention-written-off", "the intervention was written off");
            case PLANNED, RESERVATION_REQUESTED -> throw new RuleBroken("interventionId", "not-resourced",
                    "nothing is reserved or committed for this intervention yet");
            case DISPUTED -> throw new RuleBroken("interventionId", "dispute-open", "a delivery is disputed; Dinas Sosial resolves it first");
            default -> { }
        }
        if (delivery.deliveredOn().isAfter(today)) {
            throw new RuleBroken("deliveredOn", "delivery-in-future", "a delivery is reported once it has happened");
        }
        requireAmount("amount", delivery.amount());
        if (delivery.tranche() != null) requireTranche(s, delivery);
        Quantity after = s.delivered().add(delivery.amount());
        Quantity remaining = s.plan().amount().remainderAfter(s.delivered());
        if (!remaining.admits(delivery.amount())) {
            throw new RuleBroken("amount", "over-delivery", "more than what is left of the plan",
                    Map.of("remainingRupiah", String.valueOf(remaining.rupiah()), "remainingUnits", String.valueOf(remaining.units())));
        }
        List<InterventionEvent> events = new ArrayList<>();
        events.add(new DeliveryReported(s.id(), delivery));
        if (s.reservation() != null) {
            events.add(new ReservationConsumeRequested(s.id(), s.reservation(), delivery.deliveryId(), delivery.amount(),
                    s.plan().amount().reachedBy(after)));
        }
        return events;
    }

    /** An office's assistance outside any plan, recorded as delivered (the guard ran before). */
    public static List<InterventionEvent> recordUnplanned(Intervention s, UUID interventionId, Plan plan,
                                                          Delivery delivery, LocalDate today) {
        if (s.exists()) throw new RuleBroken("interventionId", "intervention-exists", "this intervention already exists");
        if (delivery.deliveredOn().isAfter(today)) {
            throw new RuleBroken("deliveredOn", "delivery-in-future", "a delivery is reported once it has happened");
        }
        requireAmount("amount", delivery.amount());
        return List.of(new UnplannedDeliveryRecorded(interventionId, plan, delivery));
    }

    /** partner-service's answer to a consume, recorded (a refusal is for staff to look at; the delivery stands). */
    public static List<InterventionEvent> consumeAnswered(Intervention s, UUID requestId, UUID deliveryId,
                                                          boolean consumed, String reason) {
        if (!s.exists()) return List.of();
        return List.of(new ReservationConsumeAnswered(s.id(), requestId, deliveryId, consumed, reason));
    }

    /** The household's confirmation, recorded by the village; never by whoever reported the delivery. */
    public static List<InterventionEvent> verify(Intervention s, UUID deliveryId, Confirmation confirmation, LocalDate today) {
        DeliveryRecord d = reported(s, deliveryId, confirmation.verifiedBy());
        if (confirmation.confirmedOn().isAfter(today)) {
            throw new RuleBroken("confirmedOn", "confirmation-in-future", "the confirmation date is after today");
        }
        if (confirmation.confirmedOn().isBefore(d.delivery().deliveredOn())) {
            throw new RuleBroken("confirmedOn", "confirmed-before-delivery", "confirmed before the delivery's date");
        }
        return List.of(new DeliveryVerified(s.id(), deliveryId, confirmation));
    }

    /** The village disputes a delivery, with its ground and a reason; never whoever reported it. */
    public static List<InterventionEvent> dispute(Intervention s, UUID deliveryId, DisputeGround ground, String reason,
                                                  String by) {
        reported(s, deliveryId, by);
        return List.of(new DeliveryDisputed(s.id(), deliveryId, ground, reason, by));
    }

    /** Dinas Sosial's resolution of a disputed delivery. Writing it off gives back what is still reserved. */
    public static List<InterventionEvent> resolve(Intervention s, UUID deliveryId, Resolution resolution, String reason) {
        requireExists(s);
        requireNotWrittenOff(s);
        DeliveryRecord d = s.delivery(deliveryId).orElseThrow(() -> unknownDelivery());
        if (d.status() != DeliveryStatus.DISPUTED) {
            throw new RuleBroken("deliveryId", "delivery-not-disputed", "the delivery is " + d.status() + ", not disputed");
        }
        List<InterventionEvent> events = new ArrayList<>();
        events.add(new DisputeResolved(s.id(), deliveryId, resolution, reason));
        if (resolution == Resolution.WRITE_OFF && s.reservation() != null) {
            events.add(new ReservationReleaseRequested(s.id(), s.reservation(), RELEASE_CANCELLED));
        }
        return events;
    }

    /**
     * Cancelled before any delivery, with a reason: a waiting request and a confirmed reservation are both asked to be
     * released (a budget line's commitment is released by the use case in the same transaction).
     */
    public static List<InterventionEvent> cancel(Intervention s, String cause, String reason) {
        requireExists(s);
        if (s.stage().closed()) {
            throw new RuleBroken("interventionId", "intervention-closed", "the intervention is already " + s.stage());
        }
        if (s.anyDelivery()) {
            throw new RuleBroken("interventionId", "already-delivered", "a delivery was reported; a dispute is the way now");
        }
        List<InterventionEvent> events = new ArrayList<>();
        events.add(new InterventionCancelled(s.id(), cause, reason));
        if (s.pendingRequest() != null) {
            events.add(new ReservationReleaseRequested(s.id(), s.pendingRequest(), RELEASE_CANCELLED));
        }
        if (s.reservation() != null) {
            events.add(new ReservationReleaseRequested(s.id(), s.reservation(), RELEASE_CANCELLED));
        }
        return events;
    }

    /**
     * The need this intervention serves is no longer to be met (a later assessment does not list it, the household
     * graduated, was merged or erased): cancelled like {@link #cancel}, unless something was delivered or it is closed,
     * in which case nothing changes (what was delivered stands).
     */
    public static List<InterventionEvent> withdrawnNeed(Intervention s, String cause) {
        if (!s.exists() || s.stage().closed() || s.anyDelivery()) return List.of();
        return cancel(s, cause, "the need is no longer to be met: " + cause);
    }

    private static DeliveryRecord reported(Intervention s, UUID deliveryId, String by) {
        requireExists(s);
        requireNotWrittenOff(s);
        DeliveryRecord d = s.delivery(deliveryId).orElseThrow(() -> unknownDelivery());
        if (d.status() != DeliveryStatus.REPORTED) {
            throw new RuleBroken("deliveryId", "delivery-not-awaiting-verification",
                    "the delivery is " + d.status() + ", not awaiting the village");
        }
        if (d.delivery().reportedBy().equals(by)) {
            throw new RuleBroken("deliveryId", "reporter-cannot-verify", "whoever reported a delivery never verifies it");
        }
        return d;
    }

    /** Once written off, the intervention's other deliveries are no longer verified, disputed or resolved. */
    private static void requireNotWrittenOff(Intervention s) {
        if (s.stage() == Stage.WRITTEN_OFF) {
            throw new RuleBroken("interventionId", "intervention-written-off", "the intervention was written off");
        }
    }

    private static RuleBroken unknownDelivery() {
        return new RuleBroken("deliveryId", "delivery-unknown", "no such delivery of this intervention");
    }

    private static void requireExists(Intervention s) {
        if (!s.exists()) throw new RuleBroken("interventionId", "intervention-unknown", "no such intervention");
    }

    private static void requireAmount(String field, Quantity amount) {
        if (amount == null || !amount.counted() || (amount.rupiahOrZero() == 0 && amount.unitsOrZero() == 0)) {
            throw new RuleBroken(field, "amount-required", "name an amount in rupiah, in units, or both");
        }
    }

    private static void requireRupiahForBudget(Quantity amount) {
        if (amount.rupiah() == null || amount.rupiah() == 0) {
            throw new RuleBroken("amount.rupiah", "budget-needs-rupiah", "a plan on a budget line names its amount in rupiah");
        }
    }

    private static void requireTranches(Plan plan, LocalDate today) {
        List<Tranche> tranches = plan.tranches();
        if (tranches.isEmpty()) return;
        if (plan.kind() != NeedKind.BUSINESS_CAPITAL) {
            throw new RuleBroken("tranches", "tranches-not-allowed", "only business capital is paid in tranches");
        }
        long sum = 0;
        LocalDate previous = null;
        for (int i = 0; i < tranches.size(); i++) {
            Tranche t = tranches.get(i);
            if (t.number() != i + 1) {
                throw new RuleBroken("tranches[" + i + "].number", "tranche-numbering", "tranches are numbered 1, 2, 3... in order");
            }
            if (t.rupiah() <= 0) {
                throw new RuleBroken("tranches[" + i + "].rupiah", "tranche-amount", "a tranche is a positive amount");
            }
            if (t.due().isBefore(today) || (previous != null && t.due().isBefore(previous))) {
                throw new RuleBroken("tranches[" + i + "].due", "tranche-dates", "tranches fall due from today, in order");
            }
            if (t.due().isAfter(plan.dueDate())) {
                throw new RuleBroken("tranches[" + i + "].due", "tranche-after-due-date",
                        "a tranche falls due by the plan's due date");
            }
            previous = t.due();
            try {
                sum = Math.addExact(sum, t.rupiah());
            } catch (ArithmeticException beyondAnyPlan) {
                // each tranche is bounded, not their sum: more than a long holds is more than any plan's rupiah
                throw new RuleBroken("tranches", "tranches-sum", "the tranches sum to more than the plan's rupiah");
            }
        }
        if (plan.amount().rupiah() == null || sum != plan.amount().rupiah()) {
            throw new RuleBroken("tranches", "tranches-sum", "the tranches sum to " + sum + ", not to the plan's rupiah");
        }
    }

    private static void requireTranche(Intervention s, Delivery delivery) {
        Tranche tranche = s.plan().tranches().stream().filter(t -> t.number() == delivery.tranche()).findFirst()
                .orElseThrow(() -> new RuleBroken("tranche", "tranche-unknown", "the plan has no such tranche"));
        boolean done = s.deliveries().stream().anyMatch(d -> d.counts() && delivery.tranche().equals(d.delivery().tranche()));
        if (done) throw new RuleBroken("tranche", "tranche-delivered", "this tranche was already delivered");
        if (delivery.amount().rupiahOrZero() != tranche.rupiah()) {
            throw new RuleBroken("amount.rupiah", "tranche-amount-differs", "a tranche is paid as planned: " + tranche.rupiah());
        }
    }
}

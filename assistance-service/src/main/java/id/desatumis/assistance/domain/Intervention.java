package id.desatumis.assistance.domain;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An intervention as its events left it.
 *
 * @param pendingRequest the reservation request waiting for partner-service's answer
 * @param reservation    the confirmed reservation (its request id), used by deliveries' consumes
 * @param givenUp        requests no longer waited for (timed out, cancelled): a late answer to one is not applied
 * @param lastRefusal    the latest reservation refusal's reason code (or {@code timed-out}) while planned again
 */
public record Intervention(UUID id, Plan plan, boolean unplanned, LocalDate plannedOn, Stage stage, UUID pendingRequest,
                           UUID reservation, Set<UUID> givenUp, List<DeliveryRecord> deliveries, String lastRefusal) {

    public static final Intervention NONE = new Intervention(null, null, false, null, null, null, null, Set.of(),
            List.of(), null);

    /** One delivery and where it stands with the village. */
    public record DeliveryRecord(Delivery delivery, DeliveryStatus status, Confirmation confirmation) {

        boolean counts() {
            return status == DeliveryStatus.REPORTED || status == DeliveryStatus.VERIFIED
                    || status == DeliveryStatus.DISPUTED;
        }

        DeliveryRecord with(DeliveryStatus next, Confirmation confirmed) {
            return new DeliveryRecord(delivery, next, confirmed == null ? confirmation : confirmed);
        }
    }

    public Intervention {
        givenUp = Set.copyOf(givenUp);
        deliveries = List.copyOf(deliveries);
    }

    public boolean exists() {
        return plan != null;
    }

    /** What the counted deliveries add up to (a voided or written-off one does not count). */
    public Quantity delivered() {
        Quantity sum = new Quantity(plan.amount().rupiah() == null ? null : 0L, plan.amount().units() == null ? null : 0L);
        for (DeliveryRecord d : deliveries) {
            if (d.counts()) sum = sum.add(d.delivery().amount());
        }
        return sum;
    }

    public Optional<DeliveryRecord> delivery(UUID deliveryId) {
        return deliveries.stream().filter(d -> d.delivery().deliveryId().equals(deliveryId)).findFirst();
    }

    public boolean anyDelivery() {
        return !deliveries.isEmpty();
    }

    public LocalDate lastDeliveredOn() {
        return deliveries.stream().filter(DeliveryRecord::counts).map(d -> d.delivery().deliveredOn())
                .max(LocalDate::compareTo).orElse(null);
    }

    public static Intervention evolve(Intervention s, InterventionEvent event) {
        if (event instanceof InterventionPlanned e) {
            return new Intervention(e.interventionId(), e.plan(), false, e.plannedOn(), Stage.PLANNED, null, null,
                    Set.of(), List.of(), null);
        }
        if (event instanceof UnplannedDeliveryRecorded e) {
            Intervention recorded = new Intervention(e.interventionId(), e.plan(), true, e.delivery().deliveredOn(),
                    Stage.RESOURCED, null, null, Set.of(),
                    List.of(new DeliveryRecord(e.delivery(), DeliveryStatus.REPORTED, null)), null);
            return recorded.withStage(recorded.stageFromDeliveries());
        }
        if (event instanceof SourceChanged e) {
            return new Intervention(s.id, s.plan.withSource(e.source()), s.unplanned, s.plannedOn, s.stage,
                    s.pendingRequest, s.reservation, s.givenUp, s.deliveries, s.lastRefusal);
        }
        if (event instanceof ReservationRequested e) {
            return new Intervention(s.id, s.plan, s.unplanned, s.plannedOn, Stage.RESERVATION_REQUESTED, e.requestId(),
                    null, s.givenUp, s.deliveries, null);
        }
        if (event instanceof InterventionResourced e) {
            return new Intervention(s.id, s.plan, s.unplanned, s.plannedOn, Stage.RESOURCED, null, e.requestId(),
                    s.givenUp, s.deliveries, null);
        }
        if (event instanceof ReservationRejected e) {
            return new Intervention(s.id, s.plan, s.unplanned, s.plannedOn, Stage.PLANNED, null, null, s.givenUp,
                    s.deliveries, e.reason());
        }
        if (event instanceof ReservationTimedOut e) {
            return new Intervention(s.id, s.plan, s.unplanned, s.plannedOn, Stage.PLANNED, null, null,
                    plus(s.givenUp, e.requestId()), s.deliveries, "timed-out");
        }
        if (event instanceof ReservationReleaseRequested e) {
            UUID reservation = e.requestId().equals(s.reservation) ? null : s.reservation;
            UUID pending = e.requestId().equals(s.pendingRequest) ? null : s.pendingRequest;
            return new Intervention(s.id, s.plan, s.unplanned, s.plannedOn, s.stage, pending, reservation,
                    plus(s.givenUp, e.requestId()), s.deliveries, s.lastRefusal);
        }
        if (event instanceof LateReservationAnswer || event instanceof ReservationConsumeRequested
                || event instanceof ReservationConsumeAnswered) {
            return s;
        }
        if (event instanceof DeliveryReported e) {
            List<DeliveryRecord> next = new ArrayList<>(s.deliveries);
            next.add(new DeliveryRecord(e.delivery(), DeliveryStatus.REPORTED, null));
            return s.withDeliveries(next);
        }
        if (event instanceof DeliveryVerified e) {
            return s.withDelivery(e.deliveryId(), DeliveryStatus.VERIFIED, e.confirmation());
        }
        if (event instanceof DeliveryDisputed e) {
            return s.withDelivery(e.deliveryId(), DeliveryStatus.DISPUTED, null);
        }
        if (event instanceof DisputeResolved e) {
            return switch (e.resolution()) {
                case ACCEPT -> s.withDelivery(e.deliveryId(), DeliveryStatus.VERIFIED, null);
                case REDELIVER -> s.withDelivery(e.deliveryId(), DeliveryStatus.VOIDED, null);
                case WRITE_OFF -> s.withDelivery(e.deliveryId(), DeliveryStatus.WRITTEN_OFF, null).withStage(Stage.WRITTEN_OFF);
            };
        }
        if (event instanceof InterventionCancelled) {
            return s.withStage(Stage.CANCELLED);
        }
        throw new IllegalArgumentException("unknown intervention event " + event);
    }

    private Intervention withStage(Stage next) {
        return new Intervention(id, plan, unplanned, plannedOn, next, pendingRequest, reservation, givenUp, deliveries,
                lastRefusal);
    }

    private Intervention withDeliveries(List<DeliveryRecord> next) {
        Intervention changed = new Intervention(id, plan, unplanned, plannedOn, stage, pendingRequest, reservation,
                givenUp, next, lastRefusal);
        // a written-off intervention stays written off whatever becomes of its other deliveries
        return stage == Stage.WRITTEN_OFF || stage == Stage.CANCELLED ? changed
                : changed.withStage(changed.stageFromDeliveries());
    }

    private Intervention withDelivery(UUID deliveryId, DeliveryStatus status, Confirmation confirmation) {
        List<DeliveryRecord> next = new ArrayList<>();
        for (DeliveryRecord d : deliveries) {
            next.add(d.delivery().deliveryId().equals(deliveryId) ? d.with(status, confirmation) : d);
        }
        return withDeliveries(next);
    }

    /** The stage the deliveries make: disputed first, then how much of the plan is delivered and confirmed. */
    private Stage stageFromDeliveries() {
        if (deliveries.stream().anyMatch(d -> d.status() == DeliveryStatus.DISPUTED)) return Stage.DISPUTED;
        List<DeliveryRecord> counted = deliveries.stream().filter(DeliveryRecord::counts).toList();
        if (counted.isEmpty()) return Stage.RESOURCED;
        if (!plan.amount().reachedBy(delivered())) return Stage.PARTLY_DELIVERED;
        boolean allVerified = counted.stream().allMatch(d -> d.status() == DeliveryStatus.VERIFIED);
        return allVerified ? Stage.VERIFIED : Stage.DELIVERED;
    }

    private static Set<UUID> plus(Set<UUID> set, UUID id) {
        Set<UUID> next = new HashSet<>(set);
        next.add(id);
        return next;
    }
}

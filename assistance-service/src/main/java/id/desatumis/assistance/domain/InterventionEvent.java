package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything that happens to one intervention, on its stream {@code intervention-<interventionId>}: its plan, the
 * assistance side of the reservation saga (requests to partner-service and their answers), its deliveries and the
 * village's verification or dispute, and its end. Who acted is in each event's metadata.
 */
public sealed interface InterventionEvent {

    UUID interventionId();

    /** A need planned: the responsible actor, the source, the amount, the due date and the forum decision. */
    record InterventionPlanned(UUID interventionId, Plan plan, LocalDate plannedOn) implements InterventionEvent {
    }

    /**
     * An office's assistance under its own programme, outside any plan, recorded as delivered (the guard saw it
     * first, and sees it from now on).
     */
    record UnplannedDeliveryRecorded(UUID interventionId, Plan plan, Delivery delivery) implements InterventionEvent {
    }

    /**
     * Resourced again from another source (another pledge, or a budget line) after the first was refused or timed
     * out: the plan's source from now on.
     */
    record SourceChanged(UUID interventionId, Source source) implements InterventionEvent {
    }

    /** Capacity asked of a pledge (partner-service answers on its reservation topic, naming {@code requestId}). */
    record ReservationRequested(UUID interventionId, UUID requestId, UUID pledgeId, Quantity amount)
            implements InterventionEvent {
    }

    /** Resources secured: the pledge's reservation confirmed ({@code requestId}), or the budget line committed. */
    record InterventionResourced(UUID interventionId, UUID requestId, UUID budgetLineId, Quantity amount)
            implements InterventionEvent {
    }

    /** partner-service refused the reservation, with its reason code: the intervention is planned again. */
    record ReservationRejected(UUID interventionId, UUID requestId, String reason) implements InterventionEvent {
    }

    /** No answer came within the configured time: the request is given up and will be released if it ever lands. */
    record ReservationTimedOut(UUID interventionId, UUID requestId) implements InterventionEvent {
    }

    /** What partner-service reserved (or may still reserve) for this request is to be given back. */
    record ReservationReleaseRequested(UUID interventionId, UUID requestId, String reason) implements InterventionEvent {
    }

    /**
     * An answer for a request this intervention no longer waits for (timed out, cancelled): not applied; its
     * reservation was asked to be released when the request was given up.
     */
    record LateReservationAnswer(UUID interventionId, UUID requestId, boolean confirmed) implements InterventionEvent {
    }

    /** A delivery (a part, a tranche) reported by the responsible actor, or for it by Dinas Sosial. */
    record DeliveryReported(UUID interventionId, Delivery delivery) implements InterventionEvent {
    }

    /** The pledge's reservation is to be used by this delivery; the final one gives back what is left. */
    record ReservationConsumeRequested(UUID interventionId, UUID requestId, UUID deliveryId, Quantity amount,
                                       boolean finalDelivery) implements InterventionEvent {
    }

    /** partner-service's answer to a consume: applied, or refused with its reason code. */
    record ReservationConsumeAnswered(UUID interventionId, UUID requestId, UUID deliveryId, boolean consumed,
                                      String reason) implements InterventionEvent {
    }

    /** The village recorded the household's confirmation of a delivery. */
    record DeliveryVerified(UUID interventionId, UUID deliveryId, Confirmation confirmation) implements InterventionEvent {
    }

    /** The village disputes a delivery. */
    record DeliveryDisputed(UUID interventionId, UUID deliveryId, DisputeGround ground, String reason, String recordedBy)
            implements InterventionEvent {
    }

    /** Dinas Sosial resolved a dispute. */
    record DisputeResolved(UUID interventionId, UUID deliveryId, Resolution resolution, String reason)
            implements InterventionEvent {
    }

    /** Stopped before any delivery. {@code reason} is free text; {@code cause} a code (CANCELLED_BY_STAFF, NO_LONGER_LISTED...). */
    record InterventionCancelled(UUID interventionId, String cause, String reason) implements InterventionEvent {
    }
}

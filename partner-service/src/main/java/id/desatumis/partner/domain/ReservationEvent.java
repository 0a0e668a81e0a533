package id.desatumis.partner.domain;

import java.util.UUID;

/**
 * The partner side of the reservation saga, one stream per request ({@code reservation-<requestId>}): the answer to
 * assistance-service's request (made or refused), then releases and consumes. Its first event is the answer; a
 * request delivered again finds the stream and is not answered twice.
 */
public sealed interface ReservationEvent {

    UUID requestId();

    /** Capacity reserved from a pledge for an intervention's need. */
    record ReservationMade(UUID requestId, UUID interventionId, UUID needId, UUID pledgeId, UUID partnerId,
                           NeedKind kind, String desaCode, Amounts amounts) implements ReservationEvent {
    }

    /**
     * Nothing reserved, with the reason: {@code out-of-scope}, {@code expired}, {@code insufficient},
     * {@code suspended} or {@code unknown-pledge}; {@code pledgeId} and {@code partnerId} as far as they were known.
     */
    record ReservationRefused(UUID requestId, UUID interventionId, UUID needId, UUID pledgeId, UUID partnerId,
                              NeedKind kind, String desaCode, Amounts amounts, String reason, String message)
            implements ReservationEvent {
    }

    /** What was still reserved, given back to the pledge (cancellation, timeout). */
    record ReservationReleased(UUID requestId, UUID interventionId, UUID pledgeId, Amounts released, String reason) implements ReservationEvent {
    }

    /**
     * A delivery (or a tranche) used part of the reservation; the final one gives back what is left.
     *
     * @param released what the final consume gave back (zero otherwise)
     */
    record ReservationConsumed(UUID requestId, UUID interventionId, UUID pledgeId, UUID deliveryId, Amounts consumed, boolean finalConsume,
                               Amounts released) implements ReservationEvent {
    }

    /** A consume that could not be applied (more than is still reserved, or the reservation is closed). */
    record ConsumeRefused(UUID requestId, UUID interventionId, UUID deliveryId, Amounts wanted, String reason, String message)
            implements ReservationEvent {
    }
}

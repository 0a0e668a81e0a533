package id.desatumis.partner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to a pledge (stream {@code pledge-<pledgeId>}). Reservations against it live in their own streams
 * ({@link ReservationEvent}), so this stream stays short however much is reserved.
 */
public sealed interface PledgeEvent {

    UUID pledgeId();

    /**
     * @param capacity   rupiah and/or units offered
     * @param unit       what a unit is (HOUSE, CONNECTION, ...) when units are offered, else null
     * @param validFrom  first day a reservation may be made from it
     * @param validUntil last day; it expires after it
     */
    record PledgeOffered(UUID pledgeId, UUID partnerId, List<NeedKind> kinds, AreaScope scope, Amounts capacity,
                         String unit, LocalDate validFrom, LocalDate validUntil, String offeredBy) implements PledgeEvent {
    }

    /** Accepted on a forum decision that approves it; only an accepted pledge can be reserved from. */
    record PledgeAccepted(UUID pledgeId, String decisionNumber, String acceptedBy) implements PledgeEvent {
    }

    /** Turned down before acceptance, with the reason. */
    record PledgeDeclined(UUID pledgeId, String reason, String declinedBy) implements PledgeEvent {
    }

    /**
     * Part or all of the unreserved remainder taken back by the partner; {@code entire} closes the pledge to new
     * reservations (what is reserved stays reserved).
     */
    record PledgeWithdrawn(UUID pledgeId, Amounts withdrawn, boolean entire, String reason, String withdrawnBy)
            implements PledgeEvent {
    }

    /** Its period ended: no new reservation; those open stay until consumed or released. */
    record PledgeExpired(UUID pledgeId, LocalDate endedOn) implements PledgeEvent {
    }
}

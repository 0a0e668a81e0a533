package id.desatumis.partner.domain;

import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A reservation folded from its stream ({@code reservation-<requestId>}): whether its request was answered, and if
 * capacity was reserved, from which pledge and how much of it is still held.
 *
 * @param reserved   what is still reserved, in the parts the request counted (an uncounted part stays null)
 * @param consumed   what deliveries used so far, in the same parts
 * @param deliveries the deliveries already consumed, each counted once
 */
public record Reservation(Status status, UUID interventionId, UUID pledgeId, Amounts reserved, Amounts consumed,
                          Set<UUID> deliveries) {

    public enum Status {
        /** No answer yet (the stream may hold a refused consume that came before its request). */
        NONE,
        REFUSED,
        OPEN,
        /** Released, or consumed to the end: nothing is held any more. */
        CLOSED
    }

    public static final Reservation NONE = new Reservation(Status.NONE, null, null, null, null, Set.of());

    public Reservation {
        deliveries = Set.copyOf(deliveries);
    }

    /** Whether its request was answered already: a request delivered again is not answered twice. */
    public boolean answered() {
        return status != Status.NONE;
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public static Reservation evolve(Reservation r, ReservationEvent event) {
        if (event instanceof ReservationMade e) {
            return new Reservation(Status.OPEN, e.interventionId(), e.pledgeId(), e.amounts(), zeroLike(e.amounts()), Set.of());
        }
        if (event instanceof ReservationRefused e) {
            return new Reservation(Status.REFUSED, e.interventionId(), e.pledgeId(), null, null, Set.of());
        }
        if (event instanceof ReservationReleased) {
            return new Reservation(Status.CLOSED, r.interventionId, r.pledgeId, zeroLike(r.reserved), r.consumed, r.deliveries);
        }
        if (event instanceof ReservationConsumed e) {
            Set<UUID> deliveries = new HashSet<>(r.deliveries);
            deliveries.add(e.deliveryId());
            return new Reservation(e.finalConsume() ? Status.CLOSED : Status.OPEN, r.interventionId, r.pledgeId,
                    r.reserved.minus(e.consumed()).minus(e.released()), r.consumed.plus(e.consumed()), deliveries);
        }
        if (event instanceof ConsumeRefused) return r;
        throw new IllegalArgumentException("unknown reservation event " + event);
    }

    /** Zero in the parts {@code a} counts, absent in the others. */
    static Amounts zeroLike(Amounts a) {
        return new Amounts(a.hasRupiah() ? 0L : null, a.hasUnits() ? 0L : null);
    }
}

package id.desatumis.partner.domain;

import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner side of the reservation saga: a request for capacity is answered once, made from a pledge or refused
 * with its reason; a release gives back what is still held; a consume uses part of it, the final one gives back the
 * rest. Refusals are events (answers to another service), never exceptions.
 */
public final class Reservations {

    public static final String OUT_OF_SCOPE = "out-of-scope";
    public static final String EXPIRED = "expired";
    public static final String INSUFFICIENT = "insufficient";
    public static final String SUSPENDED = "suspended";
    public static final String UNKNOWN_PLEDGE = "unknown-pledge";
    public static final String EXCEEDS_RESERVATION = "exceeds-reservation";
    public static final String RESERVATION_CLOSED = "reservation-closed";
    public static final String OTHER_INTERVENTION = "other-intervention";

    private Reservations() {
    }

    /**
     * A request for capacity as this service reads it.
     *
     * @param kind     null when the request names a kind this service does not know ({@code kindName} keeps it)
     * @param partnerId the partner the plan names, or null
     * @param pledgeId  the pledge named, or null: then the partner's matching pledge that expires first
     * @param amounts   rupiah and/or units asked (an uncounted part is null)
     */
    public record Request(UUID requestId, UUID interventionId, UUID needId, NeedKind kind, String kindName,
                          String desaCode, UUID partnerId, UUID pledgeId, Amounts amounts) {
    }

    /** Whether the partner a request would be served by may take on anything new. */
    public enum Standing {
        ACTIVE, SUSPENDED, UNREGISTERED
    }

    /**
     * What a request may be served from, as found under the pledges' locks: the partner (the named pledge's, the one
     * the plan names, or the matrix's lead; null when there is none) and its pledges, first to expire first (the named
     * one alone, or none when it does not exist).
     */
    public record Supply(UUID partnerId, Standing standing, List<PledgeBalance> pledges) {

        public Supply {
            pledges = List.copyOf(pledges);
        }
    }

    /** What an answer does to a pledge's balance: reserved and consumed changes (negative to give back). */
    public record PledgeUse(UUID pledgeId, Amounts reserved, Amounts consumed) {
    }

    /** The answer to a request: nothing if it was answered already, else one event, made or refused. */
    public static List<ReservationEvent> request(Reservation current, Request r, Supply supply, LocalDate today) {
        if (current.answered()) return List.of();
        return List.of(answer(r, supply, today));
    }

    private static ReservationEvent answer(Request r, Supply supply, LocalDate today) {
        if (r.kind() == null) return refused(r, null, supply.partnerId(), OUT_OF_SCOPE, "no kind of need " + r.kindName());
        Area desa = Area.of(r.desaCode());
        if (desa == null || desa.level() != Area.Level.DESA) {
            return refused(r, null, supply.partnerId(), OUT_OF_SCOPE, r.desaCode() + " is not a desa code");
        }
        if (negativeOrZero(r.amounts().rupiah()) || negativeOrZero(r.amounts().units())) {
            return refused(r, null, supply.partnerId(), OUT_OF_SCOPE, "rupiah and units asked must be positive whole numbers");
        }
        if (!r.amounts().hasRupiah() && !r.amounts().hasUnits()) {
            return refused(r, null, supply.partnerId(), OUT_OF_SCOPE, "nothing to reserve: neither rupiah nor units asked");
        }
        return r.pledgeId() != null ? fromNamedPledge(r, supply, today) : fromPartnersPledges(r, supply, today);
    }

    private static ReservationEvent fromNamedPledge(Request r, Supply supply, LocalDate today) {
        PledgeBalance pledge = supply.pledges().isEmpty() ? null : supply.pledges().get(0);
        if (pledge == null || pledge.status() == PledgeStatus.OFFERED || pledge.status() == PledgeStatus.DECLINED) {
            return refused(r, r.pledgeId(), r.partnerId(), UNKNOWN_PLEDGE, "no accepted pledge " + r.pledgeId());
        }
        if (r.partnerId() != null && !r.partnerId().equals(pledge.partnerId())) {
            return refused(r, pledge.pledgeId(), r.partnerId(), OUT_OF_SCOPE,
                    "pledge " + pledge.pledgeId() + " is not a pledge of partner " + r.partnerId());
        }
        Optional<ReservationRefused> partner = partnerRefusal(r, supply, pledge.pledgeId());
        if (partner.isPresent()) return partner.get();
        return check(r, pledge, today).<ReservationEvent>map(m -> refused(r, pledge.pledgeId(), pledge.partnerId(), m.reason(), m.message()))
                .orElseGet(() -> made(r, pledge));
    }

    private static ReservationEvent fromPartnersPledges(Request r, Supply supply, LocalDate today) {
        if (supply.partnerId() == null) {
            return refused(r, null, null, OUT_OF_SCOPE, "no partner named, and the responsibility matrix names no lead for "
                    + r.kind() + " in " + r.desaCode());
        }
        Optional<ReservationRefused> partner = partnerRefusal(r, supply, null);
        if (partner.isPresent()) return partner.get();
        Mismatch telling = null;
        UUID tellingPledge = null;
        for (PledgeBalance p : supply.pledges()) {
            if (p.status() == PledgeStatus.OFFERED || p.status() == PledgeStatus.DECLINED) continue;
            Optional<Mismatch> m = check(r, p, today);
            if (m.isEmpty()) return made(r, p);
            if (telling == null || m.get().rank() > telling.rank()) {
                telling = m.get();
                tellingPledge = p.pledgeId();
            }
        }
        if (telling == null) {
            return refused(r, null, supply.partnerId(), OUT_OF_SCOPE,
                    "partner " + supply.partnerId() + " has no accepted pledge for " + r.kind());
        }
        return refused(r, tellingPledge, supply.partnerId(), telling.reason(), telling.message());
    }

    private static Optional<ReservationRefused> partnerRefusal(Request r, Supply supply, UUID pledgeId) {
        return switch (supply.standing()) {
            case ACTIVE -> Optional.empty();
            case SUSPENDED -> Optional.of(refused(r, pledgeId, supply.partnerId(), SUSPENDED,
                    "partner " + supply.partnerId() + " is suspended"));
            case UNREGISTERED -> Optional.of(refused(r, pledgeId, supply.partnerId(), OUT_OF_SCOPE,
                    "partner " + supply.partnerId() + " is not registered"));
        };
    }

    /**
     * Why a pledge cannot serve a request, if it cannot. Ranked by how much of the request it matches, so that when
     * none of a partner's pledges serves it the answer names the most telling reason: a pledge for the desa and kind
     * that has run out says more than one for another area.
     */
    private record Mismatch(int rank, String reason, String message) {
    }

    private static Optional<Mismatch> check(Request r, PledgeBalance p, LocalDate today) {
        String pledge = "pledge " + p.pledgeId();
        if (!p.kinds().contains(r.kind())) return mismatch(1, OUT_OF_SCOPE, pledge + " is not for " + r.kind());
        if (!p.scope().coversDesa(r.desaCode())) return mismatch(2, OUT_OF_SCOPE, pledge + " does not cover " + r.desaCode());
        if (p.status() == PledgeStatus.EXPIRED || p.status() == PledgeStatus.WITHDRAWN || p.validUntil().isBefore(today)) {
            return mismatch(3, EXPIRED, pledge + " ended on " + p.validUntil()
                    + (p.status() == PledgeStatus.WITHDRAWN ? " (withdrawn)" : ""));
        }
        if (p.validFrom().isAfter(today)) return mismatch(4, OUT_OF_SCOPE, pledge + " is valid from " + p.validFrom());
        Amounts wanted = r.amounts();
        if (counts(wanted.units()) && !p.capacity().hasUnits()) {
            return mismatch(5, OUT_OF_SCOPE, pledge + " is not counted in units");
        }
        if (counts(wanted.rupiah()) && !p.capacity().hasRupiah()) {
            return mismatch(5, OUT_OF_SCOPE, pledge + " is not counted in rupiah");
        }
        Amounts left = p.remaining();
        if (!left.holds(wanted)) {
            return mismatch(6, INSUFFICIENT, pledge + " has " + describe(left) + " left, asked " + describe(wanted));
        }
        return Optional.empty();
    }

    private static Optional<Mismatch> mismatch(int rank, String reason, String message) {
        return Optional.of(new Mismatch(rank, reason, message));
    }

    /**
     * Gives back what is still reserved; nothing for a reservation unknown, refused or closed already, or made for
     * another intervention than the one releasing it (a request id is not a key to another intervention's capacity).
     */
    public static List<ReservationEvent> release(Reservation current, UUID requestId, UUID interventionId, String reason) {
        if (!current.open() || !current.interventionId().equals(interventionId)) return List.of();
        return List.of(new ReservationReleased(requestId, current.interventionId(), current.pledgeId(), current.reserved(), reason));
    }

    /**
     * A delivery uses part of the reservation; the final one gives back what is left. A delivery consumed already
     * is not consumed again. Refused when more is asked than is still reserved, the reservation is not open, or it
     * was made for another intervention.
     *
     * @param wanted what the delivery used: no part negative
     */
    public static List<ReservationEvent> consume(Reservation current, UUID requestId, UUID interventionId, UUID deliveryId,
                                                 Amounts wanted, boolean finalDelivery) {
        if (current.deliveries().contains(deliveryId)) return List.of();
        if (!current.open()) {
            String why = switch (current.status()) {
                case NONE -> "no reservation was made for request " + requestId;
                case REFUSED -> "the request " + requestId + " was refused";
                default -> "the reservation " + requestId + " is closed";
            };
            return List.of(new ConsumeRefused(requestId, interventionId, deliveryId, wanted, RESERVATION_CLOSED, why));
        }
        if (!current.interventionId().equals(interventionId)) {
            return List.of(new ConsumeRefused(requestId, interventionId, deliveryId, wanted, OTHER_INTERVENTION,
                    "the reservation " + requestId + " was made for another intervention"));
        }
        Amounts held = current.reserved();
        if (wanted.rupiahOrZero() < 0 || wanted.unitsOrZero() < 0) {
            return List.of(new ConsumeRefused(requestId, interventionId, deliveryId, wanted, EXCEEDS_RESERVATION,
                    "a delivery cannot use a negative amount"));
        }
        if (exceeds(wanted.rupiah(), held.rupiah()) || exceeds(wanted.units(), held.units())) {
            return List.of(new ConsumeRefused(requestId, interventionId, deliveryId, wanted, EXCEEDS_RESERVATION,
                    "asked " + describe(wanted) + ", " + describe(held) + " still reserved"));
        }
        Amounts used = new Amounts(held.hasRupiah() ? wanted.rupiahOrZero() : null, held.hasUnits() ? wanted.unitsOrZero() : null);
        Amounts released = finalDelivery ? held.minus(used) : Reservation.zeroLike(held);
        return List.of(new ReservationConsumed(requestId, current.interventionId(), current.pledgeId(), deliveryId, used,
                finalDelivery, released));
    }

    /** What an event does to its pledge's balance; empty for an answer that holds nothing. */
    public static Optional<PledgeUse> use(ReservationEvent event) {
        if (event instanceof ReservationMade e) return Optional.of(new PledgeUse(e.pledgeId(), e.amounts(), Amounts.ZERO));
        if (event instanceof ReservationReleased e) {
            return Optional.of(new PledgeUse(e.pledgeId(), Amounts.ZERO.minus(e.released()), Amounts.ZERO));
        }
        if (event instanceof ReservationConsumed e) {
            return Optional.of(new PledgeUse(e.pledgeId(), Amounts.ZERO.minus(e.consumed().plus(e.released())), e.consumed()));
        }
        return Optional.empty();
    }

    private static ReservationMade made(Request r, PledgeBalance p) {
        return new ReservationMade(r.requestId(), r.interventionId(), r.needId(), p.pledgeId(), p.partnerId(), r.kind(),
                r.desaCode(), r.amounts());
    }

    private static ReservationRefused refused(Request r, UUID pledgeId, UUID partnerId, String reason, String message) {
        return new ReservationRefused(r.requestId(), r.interventionId(), r.needId(), pledgeId, partnerId, r.kind(),
                r.desaCode(), r.amounts(), reason, message);
    }

    private static boolean negativeOrZero(Long part) {
        return part != null && part <= 0;
    }

    private static boolean counts(Long part) {
        return part != null && part > 0;
    }

    private static boolean exceeds(Long wanted, Long held) {
        return wanted != null && wanted > 0 && (held == null || wanted > held);
    }

    private static String describe(Amounts a) {
        String rupiah = a.hasRupiah() ? "Rp" + a.rupiah() : null;
        String units = a.hasUnits() ? a.units() + " units" : null;
        if (rupiah != null && units != null) return rupiah + " and " + units;
        return rupiah != null ? rupiah : units != null ? units : "nothing";
    }
}

package id.desatumis.partner.domain;

import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import id.desatumis.partner.domain.Reservations.Request;
import id.desatumis.partner.domain.Reservations.Standing;
import id.desatumis.partner.domain.Reservations.Supply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a pledge (and the reservation's events), when a request, release or consume, then the answer. */
class ReservationsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final String DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.08.2001";
    static final UUID PARTNER = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID OTHER_PARTNER = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID NEED = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final UUID DELIVERY = UUID.fromString("00000000-0000-4000-8000-0000000000e1");

    /** An accepted pledge of 20 houses and Rp100,000,000 for house repair in kecamatan 33.14.07, valid all year. */
    static PledgeBalance pledge(UUID id) {
        return new PledgeBalance(id, PARTNER, PledgeStatus.ACCEPTED, List.of(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION),
                new AreaScope(Area.Level.KECAMATAN, List.of("33.14.07")), "HOUSE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new Amounts(100_000_000L, 20L), Amounts.ZERO, Amounts.ZERO, Amounts.ZERO);
    }

    static PledgeBalance pledge() {
        return pledge(UUID.fromString("00000000-0000-4000-8000-0000000000f1"));
    }

    static PledgeBalance with(PledgeBalance p, PledgeStatus status, LocalDate from, LocalDate until, Amounts capacity) {
        return new PledgeBalance(p.pledgeId(), p.partnerId(), status, p.kinds(), p.scope(), p.unit(), from, until, capacity,
                p.reserved(), p.consumed(), p.withdrawn());
    }

    static PledgeBalance withStatus(PledgeBalance p, PledgeStatus status) {
        return with(p, status, p.validFrom(), p.validUntil(), p.capacity());
    }

    static Request units(long units, UUID pledgeId) {
        return request(NeedKind.HOUSE_REPAIR, DESA, null, pledgeId, new Amounts(null, units));
    }

    static Request rupiah(long rupiah, UUID pledgeId) {
        return request(NeedKind.HOUSE_REPAIR, DESA, null, pledgeId, new Amounts(rupiah, null));
    }

    static Request request(NeedKind kind, String desa, UUID partnerId, UUID pledgeId, Amounts amounts) {
        return new Request(REQUEST, INTERVENTION, NEED, kind, kind == null ? "BICYCLES" : kind.name(), desa, partnerId, pledgeId,
                amounts);
    }

    static Supply named(PledgeBalance p) {
        return new Supply(p.partnerId(), Standing.ACTIVE, List.of(p));
    }

    static Supply partnersPledges(PledgeBalance... pledges) {
        return new Supply(PARTNER, Standing.ACTIVE, List.of(pledges));
    }

    static ReservationEvent answer(Request r, Supply s) {
        List<ReservationEvent> events = Reservations.request(Reservation.NONE, r, s, TODAY);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String refusal(Request r, Supply s) {
        ReservationEvent e = answer(r, s);
        assertThat(e).isInstanceOf(ReservationRefused.class);
        return ((ReservationRefused) e).reason();
    }

    static Reservation state(ReservationEvent... history) {
        Reservation r = Reservation.NONE;
        for (ReservationEvent e : history) r = Reservation.evolve(r, e);
        return r;
    }

    static ReservationMade madeUnits(UUID pledgeId, long units) {
        return new ReservationMade(REQUEST, INTERVENTION, NEED, pledgeId, PARTNER, NeedKind.HOUSE_REPAIR, DESA,
                new Amounts(null, units));
    }

    @Test
    void aNamedPledgeIsReservedFromWhenKindAreaPeriodAndRemainderMatch() {
        PledgeBalance p = pledge();
        assertThat(answer(units(2, p.pledgeId()), named(p))).isEqualTo(new ReservationMade(REQUEST, INTERVENTION, NEED,
                p.pledgeId(), PARTNER, NeedKind.HOUSE_REPAIR, DESA, new Amounts(null, 2L)));
        assertThat(answer(request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, p.pledgeId(), new Amounts(15_000_000L, 1L)), named(p)))
                .isInstanceOf(ReservationMade.class);
    }

    @Test
    void aNamedPledgeThatDoesNotExistOrWasNeverAcceptedIsUnknown() {
        UUID missing = UUID.randomUUID();
        assertThat(refusal(units(1, missing), new Supply(null, Standing.UNREGISTERED, List.of()))).isEqualTo("unknown-pledge");
        assertThat(refusal(units(1, pledge().pledgeId()), named(withStatus(pledge(), PledgeStatus.OFFERED))))
                .isEqualTo("unknown-pledge");
        assertThat(refusal(units(1, pledge().pledgeId()), named(withStatus(pledge(), PledgeStatus.DECLINED))))
                .isEqualTo("unknown-pledge");
    }

    @Test
    void aNamedPledgeOfASuspendedPartnerIsRefused() {
        PledgeBalance p = pledge();
        assertThat(refusal(units(1, p.pledgeId()), new Supply(PARTNER, Standing.SUSPENDED, List.of(p)))).isEqualTo("suspended");
    }

    @Test
    void aNamedPledgeThatExpiredWasWithdrawnOrWhosePeriodEndedIsExpired() {
        PledgeBalance p = pledge();
        assertThat(refusal(units(1, p.pledgeId()), named(withStatus(p, PledgeStatus.EXPIRED)))).isEqualTo("expired");
        assertThat(refusal(units(1, p.pledgeId()), named(withStatus(p, PledgeStatus.WITHDRAWN)))).isEqualTo("expired");
        assertThat(refusal(units(1, p.pledgeId()), named(with(p, PledgeStatus.ACCEPTED, LocalDate.of(2026, 1, 1),
                TODAY.minusDays(1), p.capacity())))).isEqualTo("expired");
        // its last day still counts
        assertThat(answer(units(1, p.pledgeId()), named(with(p, PledgeStatus.ACCEPTED, LocalDate.of(2026, 1, 1),
                TODAY, p.capacity())))).isInstanceOf(ReservationMade.class);
    }

    @Test
    void aNamedPledgeNotYetValidIsOutOfScope() {
        PledgeBalance p = with(pledge(), PledgeStatus.ACCEPTED, TODAY.plusDays(1), LocalDate.of(2026, 12, 31), pledge().capacity());
        assertThat(refusal(units(1, p.pledgeId()), named(p))).isEqualTo("out-of-scope");
    }

    @Test
    void aNamedPledgeForAnotherKindOrAnotherAreaIsOutOfScope() {
        PledgeBalance p = pledge();
        assertThat(refusal(request(NeedKind.ELECTRICITY, DESA, null, p.pledgeId(), new Amounts(null, 1L)), named(p)))
                .isEqualTo("out-of-scope");
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, OTHER_DESA, null, p.pledgeId(), new Amounts(null, 1L)), named(p)))
                .isEqualTo("out-of-scope");
    }

    @Test
    void aNamedPledgeOfAnotherPartnerThanThePlanNamesIsOutOfScope() {
        PledgeBalance p = pledge();
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, DESA, OTHER_PARTNER, p.pledgeId(), new Amounts(null, 1L)), named(p)))
                .isEqualTo("out-of-scope");
    }

    @Test
    void unitsAreReservedOnlyFromUnitsAndRupiahOnlyFromRupiah() {
        PledgeBalance rupiahOnly = with(pledge(), PledgeStatus.ACCEPTED, pledge().validFrom(), pledge().validUntil(),
                new Amounts(50_000_000L, null));
        PledgeBalance unitsOnly = with(pledge(), PledgeStatus.ACCEPTED, pledge().validFrom(), pledge().validUntil(),
                new Amounts(null, 10L));
        assertThat(refusal(units(1, rupiahOnly.pledgeId()), named(rupiahOnly))).isEqualTo("out-of-scope");
        assertThat(refusal(rupiah(1_000_000, unitsOnly.pledgeId()), named(unitsOnly))).isEqualTo("out-of-scope");
        assertThat(answer(rupiah(1_000_000, rupiahOnly.pledgeId()), named(rupiahOnly))).isInstanceOf(ReservationMade.class);
    }

    @Test
    void aPledgeWithTooLittleLeftIsInsufficient() {
        PledgeBalance p = pledge().with(new Amounts(0L, 18L), Amounts.ZERO);
        assertThat(refusal(units(3, p.pledgeId()), named(p))).isEqualTo("insufficient");
        assertThat(answer(units(2, p.pledgeId()), named(p))).isInstanceOf(ReservationMade.class);
        PledgeBalance consumedAndWithdrawn = new PledgeBalance(p.pledgeId(), PARTNER, PledgeStatus.ACCEPTED, p.kinds(),
                p.scope(), p.unit(), p.validFrom(), p.validUntil(), p.capacity(), Amounts.ZERO, new Amounts(60_000_000L, 0L),
                new Amounts(30_000_000L, 0L));
        assertThat(refusal(rupiah(10_000_001, p.pledgeId()), named(consumedAndWithdrawn))).isEqualTo("insufficient");
        assertThat(answer(rupiah(10_000_000, p.pledgeId()), named(consumedAndWithdrawn))).isInstanceOf(ReservationMade.class);
    }

    @Test
    void withoutANamedPledgeThePartnersMatchingPledgeThatExpiresFirstWithEnoughLeftServes() {
        PledgeBalance soonButFull = with(pledge(UUID.randomUUID()), PledgeStatus.ACCEPTED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 30), new Amounts(null, 5L)).with(new Amounts(0L, 5L), Amounts.ZERO);
        PledgeBalance next = with(pledge(UUID.randomUUID()), PledgeStatus.ACCEPTED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 15), new Amounts(null, 5L));
        PledgeBalance last = pledge(UUID.randomUUID());
        ReservationEvent e = answer(request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, null, new Amounts(null, 1L)),
                partnersPledges(soonButFull, next, last));
        assertThat(((ReservationMade) e).pledgeId()).isEqualTo(next.pledgeId());
    }

    @Test
    void pledgesOfferedOrDeclinedAreNotReservedFrom() {
        PledgeBalance offered = withStatus(pledge(UUID.randomUUID()), PledgeStatus.OFFERED);
        PledgeBalance accepted = pledge(UUID.randomUUID());
        ReservationEvent e = answer(request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, null, new Amounts(null, 1L)),
                partnersPledges(offered, accepted));
        assertThat(((ReservationMade) e).pledgeId()).isEqualTo(accepted.pledgeId());
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, null, new Amounts(null, 1L)), partnersPledges(offered)))
                .isEqualTo("out-of-scope");
    }

    @Test
    void whenNoneServesTheAnswerIsTheMostTellingReason() {
        Request r = request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, null, new Amounts(null, 3L));
        PledgeBalance otherArea = new PledgeBalance(UUID.randomUUID(), PARTNER, PledgeStatus.ACCEPTED,
                List.of(NeedKind.HOUSE_REPAIR), new AreaScope(Area.Level.DESA, List.of(OTHER_DESA)), "HOUSE",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new Amounts(null, 50L), Amounts.ZERO, Amounts.ZERO,
                Amounts.ZERO);
        PledgeBalance ended = withStatus(pledge(UUID.randomUUID()), PledgeStatus.EXPIRED);
        PledgeBalance almostEmpty = pledge(UUID.randomUUID()).with(new Amounts(0L, 19L), Amounts.ZERO);
        assertThat(refusal(r, partnersPledges(otherArea))).isEqualTo("out-of-scope");
        assertThat(refusal(r, partnersPledges(otherArea, ended))).isEqualTo("expired");
        ReservationRefused refused = (ReservationRefused) answer(r, partnersPledges(ended, otherArea, almostEmpty));
        assertThat(refused.reason()).isEqualTo("insufficient");
        assertThat(refused.pledgeId()).isEqualTo(almostEmpty.pledgeId());
        assertThat(refused.partnerId()).isEqualTo(PARTNER);
    }

    @Test
    void aPartnerWithoutPledgesForTheKindIsOutOfScope() {
        assertThat(refusal(request(NeedKind.EDUCATION, DESA, PARTNER, null, new Amounts(null, 1L)), partnersPledges()))
                .isEqualTo("out-of-scope");
    }

    @Test
    void aSuspendedOrUnregisteredPartnerIsRefused() {
        Request r = request(NeedKind.HOUSE_REPAIR, DESA, PARTNER, null, new Amounts(null, 1L));
        assertThat(refusal(r, new Supply(PARTNER, Standing.SUSPENDED, List.of(pledge())))).isEqualTo("suspended");
        assertThat(refusal(r, new Supply(PARTNER, Standing.UNREGISTERED, List.of()))).isEqualTo("out-of-scope");
    }

    @Test
    void withNoPartnerNamedAndNoLeadInTheMatrixItIsOutOfScopeSayingSo() {
        ReservationRefused refused = (ReservationRefused) answer(
                request(NeedKind.HOUSE_REPAIR, DESA, null, null, new Amounts(null, 1L)), new Supply(null, Standing.UNREGISTERED, List.of()));
        assertThat(refused.reason()).isEqualTo("out-of-scope");
        assertThat(refused.message()).contains("responsibility matrix");
    }

    @Test
    void anUnknownKindADesaCodeOfAnotherShapeOrNothingAskedIsOutOfScope() {
        PledgeBalance p = pledge();
        assertThat(refusal(request(null, DESA, null, p.pledgeId(), new Amounts(null, 1L)), named(p))).isEqualTo("out-of-scope");
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, "33.14.07", null, p.pledgeId(), new Amounts(null, 1L)), named(p)))
                .isEqualTo("out-of-scope");
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, DESA, null, p.pledgeId(), new Amounts(null, null)), named(p)))
                .isEqualTo("out-of-scope");
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, DESA, null, p.pledgeId(), new Amounts(0L, 1L)), named(p)))
                .isEqualTo("out-of-scope");
        assertThat(refusal(request(NeedKind.HOUSE_REPAIR, DESA, null, p.pledgeId(), new Amounts(null, -1L)), named(p)))
                .isEqualTo("out-of-scope");
    }

    @Test
    void aRequestAnsweredAlreadyIsNotAnsweredAgain() {
        PledgeBalance p = pledge();
        assertThat(Reservations.request(state(madeUnits(p.pledgeId(), 1)), units(1, p.pledgeId()), named(p), TODAY)).isEmpty();
        ReservationRefused refused = (ReservationRefused) answer(units(99, p.pledgeId()), named(p));
        assertThat(Reservations.request(state(refused), units(1, p.pledgeId()), named(p), TODAY)).isEmpty();
    }

    @Test
    void aConsumeRefusedBeforeItsRequestDoesNotCountAsTheAnswer() {
        Reservation early = state(new ConsumeRefused(REQUEST, INTERVENTION, DELIVERY, new Amounts(null, 1L),
                "reservation-closed", "no reservation"));
        assertThat(Reservations.request(early, units(1, pledge().pledgeId()), named(pledge()), TODAY)).hasSize(1);
    }

    @Test
    void aReleaseGivesBackWhatIsStillReserved() {
        UUID pledge = pledge().pledgeId();
        Reservation r = state(madeUnits(pledge, 3), new ReservationConsumed(REQUEST, INTERVENTION, pledge, DELIVERY,
                new Amounts(null, 1L), false, new Amounts(null, 0L)));
        assertThat(Reservations.release(r, REQUEST, INTERVENTION, "CANCELLED"))
                .containsExactly(new ReservationReleased(REQUEST, INTERVENTION, pledge, new Amounts(null, 2L), "CANCELLED"));
    }

    @Test
    void aReleaseOfAnUnknownRefusedOrClosedReservationChangesNothing() {
        UUID pledge = pledge().pledgeId();
        assertThat(Reservations.release(Reservation.NONE, REQUEST, INTERVENTION, "CANCELLED")).isEmpty();
        ReservationRefused refused = (ReservationRefused) answer(units(99, pledge), named(pledge()));
        assertThat(Reservations.release(state(refused), REQUEST, INTERVENTION, "CANCELLED")).isEmpty();
        ReservationReleased released = new ReservationReleased(REQUEST, INTERVENTION, pledge, new Amounts(null, 3L), "TIMED_OUT");
        assertThat(Reservations.release(state(madeUnits(pledge, 3), released), REQUEST, INTERVENTION, "CANCELLED")).isEmpty();
    }

    @Test
    void aReleaseOrConsumeNamingAnotherInterventionLeavesTheReservationAsItIs() {
        UUID pledge = pledge().pledgeId();
        UUID other = UUID.randomUUID();
        Reservation r = state(madeUnits(pledge, 3));
        assertThat(Reservations.release(r, REQUEST, other, "CANCELLED")).isEmpty();
        assertThat(Reservations.consume(r, REQUEST, other, DELIVERY, new Amounts(null, 1L), true))
                .singleElement().isInstanceOfSatisfying(ConsumeRefused.class,
                        c -> assertThat(c.reason()).isEqualTo(Reservations.OTHER_INTERVENTION));
    }

    @Test
    void aConsumeUsesPartOfTheReservation() {
        UUID pledge = pledge().pledgeId();
        assertThat(Reservations.consume(state(madeUnits(pledge, 3)), REQUEST, INTERVENTION, DELIVERY, new Amounts(null, 2L), false))
                .containsExactly(new ReservationConsumed(REQUEST, INTERVENTION, pledge, DELIVERY, new Amounts(null, 2L), false,
                        new Amounts(null, 0L)));
    }

    @Test
    void theFinalConsumeWithLessThanReservedReleasesTheRest() {
        UUID pledge = pledge().pledgeId();
        List<ReservationEvent> events = Reservations.consume(state(madeUnits(pledge, 3)), REQUEST, INTERVENTION, DELIVERY,
                new Amounts(null, 1L), true);
        assertThat(events).containsExactly(new ReservationConsumed(REQUEST, INTERVENTION, pledge, DELIVERY,
                new Amounts(null, 1L), true, new Amounts(null, 2L)));
        Reservation after = state(madeUnits(pledge, 3), events.get(0));
        assertThat(after.status()).isEqualTo(Reservation.Status.CLOSED);
        assertThat(after.reserved()).isEqualTo(new Amounts(null, 0L));
        assertThat(after.consumed()).isEqualTo(new Amounts(null, 1L));
        assertThat(Reservations.use(events.get(0))).contains(new Reservations.PledgeUse(pledge,
                new Amounts(0L, -3L), new Amounts(null, 1L)));
    }

    @Test
    void aConsumeOfMoreThanIsStillReservedIsRefused() {
        UUID pledge = pledge().pledgeId();
        Reservation r = state(madeUnits(pledge, 3));
        assertThat(Reservations.consume(r, REQUEST, INTERVENTION, DELIVERY, new Amounts(null, 4L), false))
                .singleElement().extracting(e -> ((ConsumeRefused) e).reason()).isEqualTo("exceeds-reservation");
        assertThat(Reservations.consume(r, REQUEST, INTERVENTION, DELIVERY, new Amounts(1_000L, 1L), false))
                .as("rupiah from a reservation in units").singleElement()
                .extracting(e -> ((ConsumeRefused) e).reason()).isEqualTo("exceeds-reservation");
        assertThat(Reservations.consume(r, REQUEST, INTERVENTION, DELIVERY, new Amounts(null, -1L), false))
                .singleElement().extracting(e -> ((ConsumeRefused) e).reason()).isEqualTo("exceeds-reservation");
    }

    @Test
    void aConsumeOnAnUnknownRefusedOrClosedReservationIsRefusedAsClosed() {
        UUID pledge = pledge().pledgeId();
        Amounts one = new Amounts(null, 1L);
        ReservationReleased released = new ReservationReleased(REQUEST, INTERVENTION, pledge, new Amounts(null, 3L), "CANCELLED");
        ReservationRefused refused = (ReservationRefused) answer(units(99, pledge), named(pledge()));
        for (Reservation r : List.of(Reservation.NONE, state(refused), state(madeUnits(pledge, 3), released))) {
            assertThat(Reservations.consume(r, REQUEST, INTERVENTION, DELIVERY, one, false))
                    .singleElement().extracting(e -> ((ConsumeRefused) e).reason()).isEqualTo("reservation-closed");
        }
    }

    @Test
    void aDeliveryConsumedAlreadyIsNotConsumedAgain() {
        UUID pledge = pledge().pledgeId();
        List<ReservationEvent> first = Reservations.consume(state(madeUnits(pledge, 3)), REQUEST, INTERVENTION, DELIVERY,
                new Amounts(null, 1L), false);
        assertThat(Reservations.consume(state(madeUnits(pledge, 3), first.get(0)), REQUEST, INTERVENTION, DELIVERY,
                new Amounts(null, 1L), false)).isEmpty();
    }

    @Test
    void whatEachAnswerDoesToThePledgesBalance() {
        UUID pledge = pledge().pledgeId();
        assertThat(Reservations.use(madeUnits(pledge, 3)))
                .contains(new Reservations.PledgeUse(pledge, new Amounts(null, 3L), Amounts.ZERO));
        assertThat(Reservations.use(new ReservationReleased(REQUEST, INTERVENTION, pledge, new Amounts(5L, null), "CANCELLED")))
                .contains(new Reservations.PledgeUse(pledge, new Amounts(-5L, 0L), Amounts.ZERO));
        assertThat(Reservations.use(answer(units(99, pledge), named(pledge())))).isEmpty();
    }
}

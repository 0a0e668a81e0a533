package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.Pledges.PartnerStanding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a pledge's events, when a decision, then its events or the rule it breaks. */
class PledgesTest {

    static final UUID PLEDGE = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID PARTNER = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    static final AreaScope KECAMATAN = new AreaScope(Area.Level.KECAMATAN, List.of("33.14.07", "33.14.01"));
    /** Rp100 million and 20 houses for house repair and sanitation in two kecamatan. */
    static final PledgeTerms TERMS = new PledgeTerms(List.of(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION), KECAMATAN,
            new Amounts(100_000_000L, 20L), PledgeUnit.HOUSE, FROM, UNTIL);
    static final PledgeOffered OFFERED = new PledgeOffered(PLEDGE, PARTNER, TERMS.kinds(), KECAMATAN,
            TERMS.capacity(), "HOUSE", FROM, UNTIL, "staf-baznas");
    static final PledgeAccepted ACCEPTED = new PledgeAccepted(PLEDGE, "TKPKD/33.14/2026/007", "sekretariat-tkpkd");

    static final Pledge ACCEPTED_PLEDGE = given(OFFERED, ACCEPTED);
    /** Rp30 million and 5 houses reserved, Rp10 million and 2 houses consumed: Rp60 million and 13 houses remain. */
    static final PledgeBalance BALANCE = balance(ACCEPTED_PLEDGE, new Amounts(30_000_000L, 5L), new Amounts(10_000_000L, 2L));
    static final LocalDate AFTER = UNTIL.plusDays(1);

    static Pledge given(PledgeEvent... history) {
        Pledge p = Pledge.NONE;
        for (PledgeEvent e : history) p = Pledge.evolve(p, e);
        return p;
    }

    /** The rules the decision broke, in order (it must break one). */
    static List<RuleBroken> broken(Runnable decision) {
        try {
            decision.run();
        } catch (RuleBroken e) {
            return List.of(e);
        } catch (RulesBroken e) {
            return e.rules();
        }
        throw new AssertionError("expected a rejection");
    }

    static String rule(Runnable decision) {
        return String.join(",", broken(decision).stream().map(RuleBroken::rule).toList());
    }

    static String field(Runnable decision) {
        return String.join(",", broken(decision).stream().map(RuleBroken::field).toList());
    }

    /** The balance of the offered pledge with these amounts reserved and consumed. */
    static PledgeBalance balance(Pledge p, Amounts reserved, Amounts consumed) {
        var o = p.offered();
        return new PledgeBalance(PLEDGE, PARTNER, p.status(), o.kinds(), o.scope(), o.unit(), o.validFrom(), o.validUntil(),
                o.capacity(), reserved, consumed, new Amounts(p.withdrawn().rupiahOrZero(), p.withdrawn().unitsOrZero()));
    }

    static PledgeTerms with(Amounts capacity, PledgeUnit unit) {
        return new PledgeTerms(TERMS.kinds(), TERMS.scope(), capacity, unit, FROM, UNTIL);
    }

    // offer
    @Test
    void aPartnerInGoodStandingOffersItsTerms() {
        var events = Pledges.offer(given(), PartnerStanding.ACTIVE, PLEDGE, PARTNER, TERMS, TODAY, "staf-baznas");
        assertThat(events).containsExactly(OFFERED);
        assertThat(given(events.toArray(PledgeEvent[]::new)).status()).isEqualTo(PledgeStatus.OFFERED);
    }

    @Test
    void rupiahAloneOrUnitsAloneAreCapacityEnough() {
        var rupiah = Pledges.offer(given(), PartnerStanding.ACTIVE, PLEDGE, PARTNER, with(new Amounts(5_000_000L, null), null),
                TODAY, "x");
        assertThat(((PledgeOffered) rupiah.get(0)).unit()).isNull();
        var units = Pledges.offer(given(), PartnerStanding.ACTIVE, PLEDGE, PARTNER,
                with(new Amounts(null, 3L), PledgeUnit.CONNECTION), TODAY, "x");
        assertThat(((PledgeOffered) units.get(0)).unit()).isEqualTo("CONNECTION");
        assertThat(((PledgeOffered) units.get(0)).capacity()).isEqualTo(new Amounts(null, 3L));
    }

    @Test
    void anUnknownOrSuspendedPartnerOffersNothing() {
        assertThat(rule(() -> Pledges.offer(given(), PartnerStanding.UNKNOWN, PLEDGE, PARTNER, TERMS, TODAY, "x")))
                .isEqualTo("partner-unknown");
        assertThat(rule(() -> Pledges.offer(given(), PartnerStanding.SUSPENDED, PLEDGE, PARTNER, TERMS, TODAY, "x")))
                .isEqualTo("partner-suspended");
    }

    @Test
    void aPledgeIsOfferedOnce() {
        assertThat(rule(() -> Pledges.offer(given(OFFERED), PartnerStanding.ACTIVE, PLEDGE, PARTNER, TERMS, TODAY, "x")))
                .isEqualTo("pledge-exists");
    }

    @Test
    void itServesAtLeastOneKindEachNamedOnce() {
        var none = new PledgeTerms(List.of(), KECAMATAN, TERMS.capacity(), PledgeUnit.HOUSE, FROM, UNTIL);
        assertThat(rule(() -> none.require(TODAY))).isEqualTo("required");
        var twice = new PledgeTerms(List.of(NeedKind.EDUCATION, NeedKind.HEALTH_COVER, NeedKind.EDUCATION), KECAMATAN,
                TERMS.capacity(), PledgeUnit.HOUSE, FROM, UNTIL);
        assertThat(rule(() -> twice.require(TODAY))).isEqualTo("kind-repeated");
        assertThat(field(() -> twice.require(TODAY))).isEqualTo("kinds[2]");
    }

    @Test
    void itsScopeNamesAreasOfItsLevelEachOnce() {
        assertThat(rule(() -> scoped(null).require(TODAY))).isEqualTo("required");
        assertThat(rule(() -> scoped(new AreaScope(Area.Level.DESA, List.of())).require(TODAY))).isEqualTo("required");
        var repeated = scoped(new AreaScope(Area.Level.DESA, List.of("33.14.07.2003", "33.14.07.2003")));
        assertThat(rule(() -> repeated.require(TODAY))).isEqualTo("area-repeated");
        assertThat(field(() -> repeated.require(TODAY))).isEqualTo("scope.codes[1]");
        var mixed = scoped(new AreaScope(Area.Level.KECAMATAN, List.of("33.14.07", "33.14.07.2003")));
        assertThat(rule(() -> mixed.require(TODAY))).isEqualTo("scope-level-mismatch");
        assertThat(scoped(new AreaScope(Area.Level.REGENCY, List.of("33.14"))).broken(TODAY)).isEmpty();
    }

    @Test
    void itOffersRupiahOrUnitsMoreThanZeroAndUnitsSayWhatAUnitIs() {
        assertThat(rule(() -> with(null, null).require(TODAY))).isEqualTo("capacity-required");
        assertThat(rule(() -> with(new Amounts(null, null), null).require(TODAY))).isEqualTo("capacity-required");
        assertThat(rule(() -> with(new Amounts(0L, null), null).require(TODAY))).isEqualTo("amount-positive");
        assertThat(field(() -> with(new Amounts(-5L, null), null).require(TODAY))).isEqualTo("capacity.rupiah");
        assertThat(field(() -> with(new Amounts(null, 0L), PledgeUnit.HOUSE).require(TODAY))).isEqualTo("capacity.units");
        assertThat(rule(() -> with(new Amounts(null, 4L), null).require(TODAY))).isEqualTo("unit-required");
        assertThat(rule(() -> with(new Amounts(1_000L, null), PledgeUnit.HOUSE).require(TODAY))).isEqualTo("unit-without-units");
    }

    @Test
    void itsPeriodEndsOnOrAfterItStartsAndHasNotEndedYet() {
        var reversed = new PledgeTerms(TERMS.kinds(), KECAMATAN, TERMS.capacity(), PledgeUnit.HOUSE, UNTIL, FROM);
        assertThat(rule(() -> reversed.require(TODAY))).isEqualTo("period-reversed");
        assertThat(field(() -> reversed.require(TODAY))).isEqualTo("validUntil");
        var ended = new PledgeTerms(TERMS.kinds(), KECAMATAN, TERMS.capacity(), PledgeUnit.HOUSE, FROM, TODAY.minusDays(1));
        assertThat(rule(() -> ended.require(TODAY))).isEqualTo("period-ended");
        var oneDay = new PledgeTerms(TERMS.kinds(), KECAMATAN, TERMS.capacity(), PledgeUnit.HOUSE, TODAY, TODAY);
        assertThat(oneDay.broken(TODAY)).isEmpty();
        var undated = new PledgeTerms(TERMS.kinds(), KECAMATAN, TERMS.capacity(), PledgeUnit.HOUSE, null, null);
        assertThat(field(() -> undated.require(TODAY))).isEqualTo("validFrom,validUntil");
    }

    @Test
    void everyRuleBrokenIsNamedAtOnceAndNothingIsOffered() {
        var bad = new PledgeTerms(List.of(), null, new Amounts(0L, null), PledgeUnit.HOUSE, UNTIL, FROM);
        assertThat(rule(() -> Pledges.offer(given(), PartnerStanding.ACTIVE, PLEDGE, PARTNER, bad, TODAY, "x")).split(","))
                .containsExactly("required", "required", "amount-positive", "unit-without-units", "period-reversed");
    }

    private static PledgeTerms scoped(AreaScope scope) {
        return new PledgeTerms(TERMS.kinds(), scope, TERMS.capacity(), PledgeUnit.HOUSE, FROM, UNTIL);
    }

    // acceptance
    @Test
    void anOfferedPledgeIsAcceptedOnTheForumsDecision() {
        var events = Pledges.accept(given(OFFERED), PartnerStanding.ACTIVE, ACCEPTED.decisionNumber(), TODAY,
                "sekretariat-tkpkd");
        assertThat(events).containsExactly(ACCEPTED);
        Pledge after = given(OFFERED, ACCEPTED);
        assertThat(after.status()).isEqualTo(PledgeStatus.ACCEPTED);
        assertThat(after.decisionNumber()).isEqualTo("TKPKD/33.14/2026/007");
    }

    @Test
    void onlyAnOfferedPledgeIsAccepted() {
        assertThat(rule(() -> Pledges.accept(given(), PartnerStanding.ACTIVE, "n", TODAY, "x"))).isEqualTo("pledge-unknown");
        for (Pledge closed : closed()) {
            assertThat(rule(() -> Pledges.accept(closed, PartnerStanding.ACTIVE, "n", TODAY, "x")))
                    .isEqualTo("pledge-not-offered");
        }
        assertThat(rule(() -> Pledges.accept(given(OFFERED, ACCEPTED), PartnerStanding.ACTIVE, "n", TODAY, "x")))
                .isEqualTo("pledge-not-offered");
    }

    @Test
    void notOfASuspendedPartnerNorOnceItsPeriodHasEnded() {
        assertThat(rule(() -> Pledges.accept(given(OFFERED), PartnerStanding.SUSPENDED, "n", TODAY, "x")))
                .isEqualTo("partner-suspended");
        assertThat(rule(() -> Pledges.accept(given(OFFERED), PartnerStanding.ACTIVE, "n", UNTIL.plusDays(1), "x")))
                .isEqualTo("period-ended");
        assertThat(Pledges.accept(given(OFFERED), PartnerStanding.ACTIVE, "n", UNTIL, "x")).hasSize(1);
    }

    // decline
    @Test
    void anOfferedPledgeIsDeclinedWithItsReason() {
        assertThat(Pledges.decline(given(OFFERED), "outside the programme's villages", "staf-dinsos"))
                .containsExactly(new PledgeDeclined(PLEDGE, "outside the programme's villages", "staf-dinsos"));
        assertThat(given(OFFERED, new PledgeDeclined(PLEDGE, "r", "x")).status()).isEqualTo(PledgeStatus.DECLINED);
    }

    @Test
    void onlyAnOfferedPledgeIsDeclined() {
        assertThat(rule(() -> Pledges.decline(given(), "r", "x"))).isEqualTo("pledge-unknown");
        assertThat(rule(() -> Pledges.decline(given(OFFERED, ACCEPTED), "r", "x"))).isEqualTo("pledge-not-offered");
    }

    // withdraw

    @Test
    void partOfTheRemainderIsWithdrawnAndThePledgeStaysOpen() {
        var w = new Withdrawal(new Amounts(60_000_000L, 3L), false, "budget moved to 2027");
        var events = Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, w, "staf-baznas");
        assertThat(events).containsExactly(new PledgeWithdrawn(PLEDGE, new Amounts(60_000_000L, 3L), false,
                "budget moved to 2027", "staf-baznas"));
        Pledge after = given(OFFERED, ACCEPTED, events.get(0));
        assertThat(after.status()).isEqualTo(PledgeStatus.ACCEPTED);
        assertThat(after.withdrawn()).isEqualTo(new Amounts(60_000_000L, 3L));
    }

    @Test
    void moreThanTheUnreservedRemainderIsRefusedNamingTheRemainder() {
        var w = new Withdrawal(new Amounts(60_000_001L, null), false, "r");
        RuleBroken e = broken(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, w, "x")).get(0);
        assertThat(e.rule()).isEqualTo("withdrawal-exceeds-remainder");
        assertThat(e.field()).isEqualTo("rupiah");
        assertThat(e.details()).containsEntry("remainingRupiah", 60_000_000L).containsEntry("remainingUnits", 13L);
        assertThat(field(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(new Amounts(1L, 14L), false, "r"), "x")))
                .isEqualTo("units");
    }

    @Test
    void unitsAreNotWithdrawnFromAPledgeOfRupiahOnly() {
        var rupiahOnly = new PledgeOffered(PLEDGE, PARTNER, TERMS.kinds(), KECAMATAN, new Amounts(1_000L, null), null, FROM,
                UNTIL, "x");
        Pledge p = given(rupiahOnly, ACCEPTED);
        var b = balance(p, new Amounts(0L, 0L), new Amounts(0L, 0L));
        assertThat(rule(() -> Pledges.withdraw(p, b, new Withdrawal(new Amounts(null, 1L), false, "r"), "x")))
                .isEqualTo("withdrawal-exceeds-remainder");
    }

    @Test
    void entireWithdrawsAllThatRemainsAndClosesThePledgeWhatIsReservedStays() {
        var events = Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(new Amounts(null, null), true, "r"), "x");
        assertThat(events).containsExactly(new PledgeWithdrawn(PLEDGE, new Amounts(60_000_000L, 13L), true, "r", "x"));
        assertThat(given(OFFERED, ACCEPTED, events.get(0)).status()).isEqualTo(PledgeStatus.WITHDRAWN);
    }

    @Test
    void anOfferedPledgeMayBeWithdrawnBeforeItIsAccepted() {
        Pledge offered = given(OFFERED);
        var b = balance(offered, new Amounts(0L, 0L), new Amounts(0L, 0L));
        assertThat(Pledges.withdraw(offered, b, new Withdrawal(null, true, "r"), "x"))
                .containsExactly(new PledgeWithdrawn(PLEDGE, new Amounts(100_000_000L, 20L), true, "r", "x"));
    }

    @Test
    void aClosedPledgeHasNothingToWithdraw() {
        assertThat(rule(() -> Pledges.withdraw(given(), BALANCE, new Withdrawal(null, true, "r"), "x")))
                .isEqualTo("pledge-unknown");
        for (Pledge closed : closed()) {
            assertThat(rule(() -> Pledges.withdraw(closed, BALANCE, new Withdrawal(null, true, "r"), "x")))
                    .isEqualTo("pledge-closed");
        }
    }

    @Test
    void aWithdrawalSaysWhyAndNamesAnAmountOrIsEntire() {
        assertThat(rule(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(null, true, " "), "x"))).isEqualTo("required");
        assertThat(rule(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(new Amounts(null, null), false, "r"), "x")))
                .isEqualTo("withdrawal-amount-or-entire");
        assertThat(rule(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(new Amounts(5L, null), true, "r"), "x")))
                .isEqualTo("withdrawal-amount-or-entire");
        assertThat(rule(() -> Pledges.withdraw(ACCEPTED_PLEDGE, BALANCE, new Withdrawal(new Amounts(0L, -1L), false, "r"), "x")))
                .isEqualTo("amount-positive,amount-positive");
    }

    // expiry

    @Test
    void aPledgeExpiresTheDayAfterItsLastDay() {
        assertThat(Pledges.expire(given(OFFERED, ACCEPTED), UNTIL)).isEmpty();
        assertThat(Pledges.expire(given(OFFERED, ACCEPTED), AFTER)).containsExactly(new PledgeExpired(PLEDGE, UNTIL));
        assertThat(given(OFFERED, ACCEPTED, new PledgeExpired(PLEDGE, UNTIL)).status()).isEqualTo(PledgeStatus.EXPIRED);
    }

    @Test
    void anOfferedPledgeExpiresToo() {
        assertThat(Pledges.expire(given(OFFERED), AFTER)).containsExactly(new PledgeExpired(PLEDGE, UNTIL));
    }

    @Test
    void aClosedOrUnknownPledgeDoesNotExpireAgain() {
        assertThat(Pledges.expire(given(), AFTER)).isEmpty();
        for (Pledge closed : closed()) assertThat(Pledges.expire(closed, AFTER)).isEmpty();
    }

    /** A pledge declined, withdrawn entirely, and expired. */
    static List<Pledge> closed() {
        return Arrays.asList(given(OFFERED, new PledgeDeclined(PLEDGE, "r", "x")),
                given(OFFERED, ACCEPTED, new PledgeWithdrawn(PLEDGE, new Amounts(1L, 1L), true, "r", "x")),
                given(OFFERED, ACCEPTED, new PledgeExpired(PLEDGE, UNTIL)));
    }
}

package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCeilingRevised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCommitted;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetRealised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetReleased;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a budget line's events, when a decision, then its events or the rule it breaks. */
class BudgetLinesTest {

    static final UUID LINE = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID A = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID B = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID DELIVERY = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    /** Rp100 million for house repair in the regency's 2026 budget, spent by Dinas Perkim. */
    static final BudgetLineTerms TERMS = new BudgetLineTerms(BudgetFund.APBD, "1.04.02.2.01.0003", 2026, "DPERKIM", null,
            "Rehabilitasi rumah tidak layak huni", 100_000_000L);
    static final BudgetLineOpened OPENED = new BudgetLineOpened(LINE, BudgetFund.APBD, TERMS.code(), 2026, "DPERKIM", null,
            TERMS.name(), 100_000_000L);
    /** A holds Rp60 million, Rp20 million of it realised by one delivery: Rp40 million committed, Rp40 million left. */
    static final BudgetLine USED = given(OPENED, new BudgetCommitted(LINE, A, 60_000_000L),
            new BudgetRealised(LINE, A, DELIVERY, 20_000_000L));

    static BudgetLine given(BudgetLineEvent... history) {
        BudgetLine line = BudgetLine.NONE;
        for (BudgetLineEvent e : history) line = BudgetLine.evolve(line, e);
        return line;
    }

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

    static List<String> rules(Runnable decision) {
        return broken(decision).stream().map(r -> r.field() + ":" + r.rule()).toList();
    }

    // open
    @Test
    void aLineIsOpenedWithItsTerms() {
        assertThat(BudgetLines.open(BudgetLine.NONE, LINE, TERMS, 2026)).containsExactly(OPENED);
        BudgetLine line = given(OPENED);
        assertThat(line.ceilingRupiah()).isEqualTo(100_000_000L);
        assertThat(line.availableRupiah()).isEqualTo(100_000_000L);
    }

    @Test
    void anApbdesLineNamesItsDesaAndNoOffice() {
        var village = new BudgetLineTerms(BudgetFund.APBDES, "2.2.01", 2026, null, "33.14.07.2003", "Rehab RTLH", 50_000_000L);
        assertThat(BudgetLines.open(BudgetLine.NONE, LINE, village, 2026)).hasSize(1);
        var withOffice = new BudgetLineTerms(BudgetFund.APBDES, "2.2.01", 2026, "DINSOS", null, "Rehab RTLH", 50_000_000L);
        assertThat(rules(() -> BudgetLines.open(BudgetLine.NONE, LINE, withOffice, 2026)))
                .containsExactly("desaCode:required", "ownerOpdCode:budget-owner-mismatch");
        var regencyWithDesa = new BudgetLineTerms(BudgetFund.APBD, "1.06", 2026, "DINSOS", "33.14.07.2003", "x", 1L);
        assertThat(rules(() -> BudgetLines.open(BudgetLine.NONE, LINE, regencyWithDesa, 2026)))
                .containsExactly("desaCode:budget-owner-mismatch");
    }

    @Test
    void everyBrokenTermIsNamedAtOnce() {
        var bad = new BudgetLineTerms(null, "1..2", 2019, null, null, " ", 0L);
        assertThat(rules(() -> BudgetLines.open(BudgetLine.NONE, LINE, bad, 2026))).containsExactly("fund:required",
                "code:budget-code-format", "fiscalYear:fiscal-year-range", "name:required",
                "ceilingRupiah:budget-ceiling-positive");
        var missing = new BudgetLineTerms(BudgetFund.APBN, null, null, "bad code!", null, "x", null);
        assertThat(rules(() -> BudgetLines.open(BudgetLine.NONE, LINE, missing, 2026))).containsExactly("code:required",
                "fiscalYear:required", "ownerOpdCode:budget-owner-format", "ceilingRupiah:required");
    }

    @Test
    void nextYearsLinesMayBeOpenedButNotTheYearAfter() {
        var next = new BudgetLineTerms(BudgetFund.APBD, "1.06", 2027, "DINSOS", null, "x", 1L);
        assertThat(BudgetLines.open(BudgetLine.NONE, LINE, next, 2026)).hasSize(1);
        var later = new BudgetLineTerms(BudgetFund.APBD, "1.06", 2028, "DINSOS", null, "x", 1L);
        assertThat(rules(() -> BudgetLines.open(BudgetLine.NONE, LINE, later, 2026)))
                .containsExactly("fiscalYear:fiscal-year-range");
    }

    @Test
    void aLineIsOpenedOnce() {
        assertThat(rules(() -> BudgetLines.open(given(OPENED), LINE, TERMS, 2026))).containsExactly("lineId:budget-line-exists");
    }

    // commit
    @Test
    void aCommitmentHoldsPartOfWhatIsAvailable() {
        assertThat(BudgetLines.commit(USED, B, 40_000_000L, TODAY)).containsExactly(new BudgetCommitted(LINE, B, 40_000_000L));
        BudgetLine after = BudgetLine.evolve(USED, new BudgetCommitted(LINE, B, 40_000_000L));
        assertThat(after.availableRupiah()).isZero();
        assertThat(after.committedRupiah()).isEqualTo(80_000_000L);
    }

    @Test
    void aCommitmentPastWhatIsLeftIsRefusedNamingTheLineAndWhatIsLeft() {
        RuleBroken r = broken(() -> BudgetLines.commit(USED, B, 40_000_001L, TODAY)).get(0);
        assertThat(r.field()).isEqualTo("source");
        assertThat(r.rule()).isEqualTo("budget-ceiling-exceeded");
        assertThat(r.details()).isEqualTo(Map.of("budgetLineId", LINE, "availableRupiah", 40_000_000L));
    }

    @Test
    void nothingIsCommittedOnAnUnknownLineNorNothingNorAfterTheFiscalYear() {
        assertThat(rules(() -> BudgetLines.commit(BudgetLine.NONE, B, 1, TODAY))).containsExactly("source:budget-line-unknown");
        assertThat(rules(() -> BudgetLines.commit(USED, B, 0, TODAY))).containsExactly("amountRupiah:budget-amount-positive");
        assertThat(rules(() -> BudgetLines.commit(USED, B, -5, TODAY))).containsExactly("amountRupiah:budget-amount-positive");
        assertThat(rules(() -> BudgetLines.commit(USED, B, 1, LocalDate.of(2027, 1, 1))))
                .containsExactly("source:budget-year-ended");
        assertThat(BudgetLines.commit(USED, B, 1, LocalDate.of(2026, 12, 31))).hasSize(1);
    }

    // release
    @Test
    void aReleaseGivesBackAllTheInterventionStillHolds() {
        assertThat(BudgetLines.release(USED, A)).containsExactly(new BudgetReleased(LINE, A, 40_000_000L));
        BudgetLine after = BudgetLine.evolve(USED, new BudgetReleased(LINE, A, 40_000_000L));
        assertThat(after.committedRupiah()).isZero();
        assertThat(after.realisedRupiah()).isEqualTo(20_000_000L);
        assertThat(after.availableRupiah()).isEqualTo(80_000_000L);
    }

    @Test
    void aReleaseOfNothingHeldChangesNothing() {
        assertThat(BudgetLines.release(USED, B)).isEmpty();
        assertThat(BudgetLines.release(given(OPENED, new BudgetCommitted(LINE, A, 5), new BudgetReleased(LINE, A, 5)), A)).isEmpty();
        assertThat(BudgetLines.release(BudgetLine.NONE, A)).isEmpty();
    }

    // realise
    @Test
    void aDeliveryRealisesPartOfItsCommitment() {
        UUID second = UUID.randomUUID();
        assertThat(BudgetLines.realise(USED, A, second, 40_000_000L))
                .containsExactly(new BudgetRealised(LINE, A, second, 40_000_000L));
        BudgetLine after = BudgetLine.evolve(USED, new BudgetRealised(LINE, A, second, 40_000_000L));
        assertThat(after.commitmentOf(A).committedRupiah()).isZero();
        assertThat(after.commitmentOf(A).realisedRupiah()).isEqualTo(60_000_000L);
        assertThat(after.availableRupiah()).isEqualTo(40_000_000L);
    }

    @Test
    void aDeliveryNeverRealisesMoreThanItsInterventionHolds() {
        RuleBroken r = broken(() -> BudgetLines.realise(USED, A, UUID.randomUUID(), 40_000_001L)).get(0);
        assertThat(r.rule()).isEqualTo("budget-realisation-exceeds-commitment");
        assertThat(r.details()).containsEntry("committedRupiah", 40_000_000L);
        assertThat(rules(() -> BudgetLines.realise(USED, B, UUID.randomUUID(), 1)))
                .containsExactly("amountRupiah:budget-realisation-exceeds-commitment");
        assertThat(rules(() -> BudgetLines.realise(USED, A, UUID.randomUUID(), -1)))
                .containsExactly("amountRupiah:budget-amount-positive");
        assertThat(rules(() -> BudgetLines.realise(BudgetLine.NONE, A, UUID.randomUUID(), 1)))
                .containsExactly("source:budget-line-unknown");
    }

    @Test
    void aDeliveryIsRealisedOnceAndADeliveryOfNoRupiahRealisesNothing() {
        assertThat(BudgetLines.realise(USED, A, DELIVERY, 20_000_000L)).isEmpty();
        assertThat(BudgetLines.realise(USED, A, UUID.randomUUID(), 0)).isEmpty();
    }

    // revise
    @Test
    void theCeilingIsRevisedDownToWhatIsUsedButNotBelow() {
        assertThat(BudgetLines.revise(USED, 60_000_000L, "APBD-P 2026"))
                .containsExactly(new BudgetCeilingRevised(LINE, 60_000_000L, 100_000_000L, "APBD-P 2026"));
        assertThat(BudgetLine.evolve(USED, new BudgetCeilingRevised(LINE, 60_000_000L, 100_000_000L, "r")).availableRupiah())
                .isZero();
        RuleBroken r = broken(() -> BudgetLines.revise(USED, 59_999_999L, "cut")).get(0);
        assertThat(r.rule()).isEqualTo("budget-ceiling-below-used");
        assertThat(r.details()).containsEntry("committedRupiah", 40_000_000L).containsEntry("realisedRupiah", 20_000_000L);
    }

    @Test
    void aRevisionToTheSameCeilingChangesNothingAndACeilingIsPositive() {
        assertThat(BudgetLines.revise(USED, 100_000_000L, "same")).isEmpty();
        assertThat(rules(() -> BudgetLines.revise(given(OPENED), 0, "none"))).containsExactly("ceilingRupiah:budget-ceiling-positive");
        assertThat(rules(() -> BudgetLines.revise(BudgetLine.NONE, 5, "r"))).containsExactly("source:budget-line-unknown");
    }

    @Test
    void importedTermsAreTheSameAsAnOpenedLineOnlyWhenEveryFieldIs() {
        assertThat(TERMS.sameAs(OPENED)).isTrue();
        assertThat(new BudgetLineTerms(BudgetFund.APBD, TERMS.code(), 2026, "DPERKIM", null, TERMS.name(), 99L).sameAs(OPENED))
                .isFalse();
    }
}

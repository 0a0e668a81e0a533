package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityAssigned;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityCleared;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.desatumis.partner.domain.NeedKind.ELECTRICITY;
import static id.desatumis.partner.domain.NeedKind.HOUSE_REPAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a cell's matrix events, when an assignment or a clearing, then events or a rejection; and how the matrix reads. */
class ResponsibilityTest {

    private static final Area REGENCY = Area.of("33.14");
    private static final Area KECAMATAN = Area.of("33.14.07");
    private static final Area DESA = Area.of("33.14.07.2003");
    private static final UUID DPU = UUID.randomUUID();
    private static final UUID BAZNAS = UUID.randomUUID();
    private static final UUID CSR = UUID.randomUUID();
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private static Responsibility given(ResponsibilityEvent... history) {
        Responsibility state = Responsibility.NONE;
        for (ResponsibilityEvent e : history) state = Responsibility.evolve(state, e);
        return state;
    }

    private static ResponsibilityAssigned assigned(UUID lead, List<UUID> supporting, LocalDate from) {
        return new ResponsibilityAssigned(HOUSE_REPAIR, DESA.code(), lead, supporting, "MD/33.14.07.2003/2026/001", from, "tkpkd-1");
    }

    private static Responsibility.Assign assign(UUID lead, List<UUID> supporting, LocalDate from) {
        return new Responsibility.Assign(HOUSE_REPAIR, DESA, lead, supporting, "MD/33.14.07.2003/2026/002", from, "tkpkd-1");
    }

    private static Responsibility.Clear clear(LocalDate from) {
        return new Responsibility.Clear(HOUSE_REPAIR, DESA, "MD/33.14.07.2003/2026/003", from, "DPU PR has no budget line", "dinsos-1");
    }

    private static String rule(Runnable r) {
        try {
            r.run();
        } catch (RuleBroken e) {
            return e.field() + ":" + e.rule();
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void aFirstAssignmentNamesTheLeadItsSupportersTheDecisionAndTheDate() {
        var events = Responsibility.assign(Responsibility.NONE, assign(DPU, List.of(BAZNAS, CSR), JULY));
        assertThat(events).containsExactly(new ResponsibilityAssigned(HOUSE_REPAIR, DESA.code(), DPU, List.of(BAZNAS, CSR),
                "MD/33.14.07.2003/2026/002", JULY, "tkpkd-1"));
    }

    @Test
    void aLaterAssignmentSupersedesTheEarlierFromItsDateAndTheHistoryKeepsBoth() {
        var state = given(assigned(DPU, List.of(), JULY));
        var events = Responsibility.assign(state, assign(BAZNAS, List.of(DPU), JULY.plusMonths(2)));
        var after = Responsibility.evolve(state, events.get(0));
        assertThat(after.entries()).hasSize(2);
        assertThat(after.inForceOn(JULY.minusDays(1))).isEmpty();
        assertThat(after.inForceOn(JULY.plusMonths(1)).orElseThrow().leadPartnerId()).isEqualTo(DPU);
        assertThat(after.inForceOn(JULY.plusMonths(2)).orElseThrow().leadPartnerId()).isEqualTo(BAZNAS);
    }

    @Test
    void anAssignmentOnTheSameDayAsTheLatestCorrectsIt() {
        var state = given(assigned(DPU, List.of(), JULY));
        var after = Responsibility.evolve(state, Responsibility.assign(state, assign(CSR, List.of(), JULY)).get(0));
        assertThat(after.inForceOn(JULY).orElseThrow().leadPartnerId()).isEqualTo(CSR);
    }

    @Test
    void theLeadIsNotAlsoASupporterAndNoSupporterIsNamedTwice() {
        assertThat(rule(() -> Responsibility.assign(Responsibility.NONE, assign(DPU, List.of(BAZNAS, DPU), JULY))))
                .isEqualTo("supportingPartnerIds:lead-also-supporting");
        assertThat(rule(() -> Responsibility.assign(Responsibility.NONE, assign(DPU, List.of(BAZNAS, BAZNAS), JULY))))
                .isEqualTo("supportingPartnerIds:supporting-repeated");
    }

    @Test
    void nothingTakesEffectBeforeTheLatestEntrySoHistoryIsNeverRewritten() {
        var state = given(assigned(DPU, List.of(), JULY));
        assertThat(rule(() -> Responsibility.assign(state, assign(BAZNAS, List.of(), JULY.minusDays(1)))))
                .isEqualTo("effectiveFrom:effective-before-latest");
        assertThat(rule(() -> Responsibility.clear(state, clear(JULY.minusDays(1)))))
                .isEqualTo("effectiveFrom:effective-before-latest");
    }

    @Test
    void theSameLeadAndSupportersAgainIsRefusedWhateverTheOrderOfSupporters() {
        var state = given(assigned(DPU, List.of(BAZNAS, CSR), JULY));
        assertThat(rule(() -> Responsibility.assign(state, assign(DPU, List.of(CSR, BAZNAS), JULY.plusDays(5)))))
                .isEqualTo("leadPartnerId:responsibility-unchanged");
        assertThat(Responsibility.assign(state, assign(DPU, List.of(CSR), JULY.plusDays(5)))).hasSize(1);
    }

    @Test
    void clearingEndsTheLeadFromItsDateAndAfterwardsTheLeadMayBeAssignedAgain() {
        var state = given(assigned(DPU, List.of(BAZNAS), JULY));
        var events = Responsibility.clear(state, clear(JULY.plusMonths(1)));
        assertThat(events).containsExactly(new ResponsibilityCleared(HOUSE_REPAIR, DESA.code(), "MD/33.14.07.2003/2026/003",
                JULY.plusMonths(1), "DPU PR has no budget line", "dinsos-1"));
        var cleared = Responsibility.evolve(state, events.get(0));
        assertThat(cleared.inForceOn(JULY.plusMonths(1)).orElseThrow().hasLead()).isFalse();
        assertThat(cleared.inForceOn(JULY).orElseThrow().leadPartnerId()).isEqualTo(DPU);
        assertThat(Responsibility.assign(cleared, assign(DPU, List.of(BAZNAS), JULY.plusMonths(3)))).hasSize(1);
    }

    @Test
    void thereIsNothingToClearWithoutALeadOrOnceCleared() {
        assertThat(rule(() -> Responsibility.clear(Responsibility.NONE, clear(JULY)))).isEqualTo("areaCode:no-lead-to-clear");
        var cleared = given(assigned(DPU, List.of(), JULY),
                new ResponsibilityCleared(HOUSE_REPAIR, DESA.code(), "x", JULY.plusDays(1), "r", "tkpkd-1"));
        assertThat(rule(() -> Responsibility.clear(cleared, clear(JULY.plusDays(2))))).isEqualTo("areaCode:no-lead-to-clear");
    }

    @Test
    void theStreamOfACellIsNamedByKindAndArea() {
        assertThat(Responsibility.streamKey(HOUSE_REPAIR, DESA.code())).isEqualTo("HOUSE_REPAIR-33.14.07.2003");
    }

    @Test
    void anAreaIsHeldByItsKecamatanAndTheRegency() {
        assertThat(LeadInForce.areaAndWider("33.14.07.2003")).containsExactly("33.14.07.2003", "33.14.07", "33.14");
        assertThat(LeadInForce.areaAndWider("33.14.07")).containsExactly("33.14.07", "33.14");
        assertThat(LeadInForce.areaAndWider("33.14")).containsExactly("33.14");
    }

    @Test
    void theMostSpecificLeadInForceWinsDesaOverKecamatanOverRegency() {
        var regency = lead(HOUSE_REPAIR, REGENCY, DPU);
        var kecamatan = lead(HOUSE_REPAIR, KECAMATAN, BAZNAS);
        var desa = lead(HOUSE_REPAIR, DESA, CSR);
        assertThat(LeadInForce.mostSpecific(List.of(regency, desa, kecamatan))).contains(desa);
        assertThat(LeadInForce.mostSpecific(List.of(kecamatan, regency))).contains(kecamatan);
        assertThat(LeadInForce.mostSpecific(List.of(regency))).contains(regency);
        assertThat(LeadInForce.mostSpecific(List.of())).isEmpty();
    }

    @Test
    void aGapIsAKindAndAreaThatNobodyLeadsThereOrInAWiderArea() {
        Area otherDesa = Area.of("33.14.07.2004");
        Area otherKecamatan = Area.of("33.14.01");
        Area desaThere = Area.of("33.14.01.2001");
        List<Area> areas = List.of(REGENCY, otherKecamatan, desaThere, KECAMATAN, DESA, otherDesa);
        var leads = List.of(lead(HOUSE_REPAIR, KECAMATAN, DPU), lead(ELECTRICITY, REGENCY, CSR),
                lead(HOUSE_REPAIR, desaThere, BAZNAS));
        var gaps = MatrixGaps.of(List.of(HOUSE_REPAIR, ELECTRICITY), areas, leads);
        assertThat(gaps).containsExactly(new MatrixGaps.Gap(HOUSE_REPAIR, REGENCY), new MatrixGaps.Gap(HOUSE_REPAIR, otherKecamatan));
    }

    @Test
    void anActorIsNamedByAnEntryAsLeadOrAsSupporter() {
        var entry = new LeadInForce(HOUSE_REPAIR, DESA, DPU, List.of(BAZNAS), "n", JULY);
        assertThat(entry.names(DPU)).isTrue();
        assertThat(entry.names(BAZNAS)).isTrue();
        assertThat(entry.names(CSR)).isFalse();
    }

    private static LeadInForce lead(NeedKind kind, Area area, UUID partner) {
        return new LeadInForce(kind, area, partner, List.of(), "n", JULY);
    }
}

package id.desatumis.monitoring.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.monitoring.domain.DesaEvent.DesaJoinedProgramme;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Intakes and tuntas declarations: given a desa's events, when a decision, then events or a rule broken. */
class DesaProgrammesTest {

    static final String CEMENG = "33.14.07.2003";
    static final String KADIPIRO = "33.14.05.2005";
    static final String JABUNG = "33.14.02.2010";
    static final Optional<ProgrammeDecision> TKPKD = Optional.of(
            new ProgrammeDecision("TKPKD/33.14/2022/001", "TKPKD_COORDINATION", "33.14", "OTHER"));
    static final Optional<ProgrammeDecision> MUSDES_CEMENG = Optional.of(
            new ProgrammeDecision("MD/33.14.07.2003/2026/009", "MUSYAWARAH_DESA", CEMENG, "OTHER"));
    static final Optional<ProgrammeDecision> MUSCAM_CEMENG = Optional.of(
            new ProgrammeDecision("MK/33.14.07/2026/002", "MUSYAWARAH_KECAMATAN", "33.14.07", "OTHER"));
    static final DesaJoinedProgramme CEMENG_2022 = new DesaJoinedProgramme(CEMENG, 2022, "TKPKD/33.14/2022/001");
    static final UUID DPUPR = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

    static final TuntasDistance SETTLED = new TuntasDistance(0, 0, Map.of(), Map.of(), 0, 529, 1200, 37, 529);
    static final TuntasDistance OPEN = new TuntasDistance(2, 3, Map.of("HOUSE_REPAIR", 2, "EDUCATION", 1),
            Map.of(DPUPR, 2), 1, 527, 1197, 37, 529);
    static final TuntasDistance NOTHING_VERIFIED = new TuntasDistance(0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0);

    static DesaProgramme given(DesaEvent... history) {
        DesaProgramme d = DesaProgramme.NONE;
        for (DesaEvent e : history) d = DesaProgramme.evolve(d, e);
        return d;
    }

    static String rule(Runnable decision) {
        RuleBroken r = catchThrowableOfType(RuleBroken.class, decision::run);
        assertThat(r).as("a rule broken").isNotNull();
        return r.field() + ":" + r.rule();
    }

    @Test
    void theDesaOfAnIntakeJoinInItsYearByTheTkpkdDecision() {
        assertThat(DesaProgrammes.intake(List.of(given(), given()), List.of(CEMENG, KADIPIRO), 2022, "TKPKD/33.14/2022/001", TKPKD))
                .containsExactly(List.of(CEMENG_2022), List.of(new DesaJoinedProgramme(KADIPIRO, 2022, "TKPKD/33.14/2022/001")));
        DesaProgramme joined = given(CEMENG_2022);
        assertThat(joined.joined()).isTrue();
        assertThat(joined.intakeYear()).isEqualTo(2022);
        assertThat(joined.declared()).isFalse();
    }

    @Test
    void aDesaJoinsOnceAndAnIntakeWithOneJoinedAlreadyIsRefusedWhole() {
        assertThat(rule(() -> DesaProgrammes.intake(List.of(given(), given(CEMENG_2022)), List.of(KADIPIRO, CEMENG), 2023,
                "TKPKD/33.14/2022/001", TKPKD))).isEqualTo("desaCodes[1]:already-joined");
        var all = catchThrowableOfType(RulesBroken.class, () -> DesaProgrammes.intake(
                List.of(given(CEMENG_2022), given(), given(new DesaJoinedProgramme(JABUNG, 2022, "X"))),
                List.of(CEMENG, KADIPIRO, JABUNG), 2023, "TKPKD/33.14/2022/001", TKPKD));
        assertThat(all.rules()).extracting(r -> r.field() + ":" + r.rule())
                .containsExactly("desaCodes[0]:already-joined", "desaCodes[2]:already-joined");
        assertThat(all.rules().get(0).details()).containsEntry("intakeYear", 2022);
    }

    @Test
    void anIntakeRestsOnAKnownTkpkdDecisionForTheRegencyApprovingOther() {
        List<DesaProgramme> none = List.of(given());
        List<String> cemeng = List.of(CEMENG);
        assertThat(rule(() -> DesaProgrammes.intake(none, cemeng, 2022, "X", Optional.empty())))
                .isEqualTo("decisionNumber:decision-unknown");
        assertThat(rule(() -> DesaProgrammes.intake(none, cemeng, 2022, "X", MUSDES_CEMENG)))
                .isEqualTo("decisionNumber:intake-decision-not-tkpkd");
        assertThat(rule(() -> DesaProgrammes.intake(none, cemeng, 2022, "X", MUSCAM_CEMENG)))
                .isEqualTo("decisionNumber:intake-decision-not-tkpkd");
        assertThat(rule(() -> DesaProgrammes.intake(none, cemeng, 2022, "X",
                Optional.of(new ProgrammeDecision("P", "TKPKD_COORDINATION", "33.14", "PLEDGE")))))
                .isEqualTo("decisionNumber:decision-approves-otherwise");
    }

    @Test
    void aSettledDesaOfTheProgrammeIsDeclaredTuntasWithWhatWasSettled() {
        assertThat(DesaProgrammes.declareTuntas(given(CEMENG_2022), CEMENG, "MD/33.14.07.2003/2026/009", MUSDES_CEMENG, SETTLED))
                .containsExactly(new VillageDeclaredTuntas(CEMENG, "MD/33.14.07.2003/2026/009", 529, 1200, 37));
        assertThat(given(CEMENG_2022, new VillageDeclaredTuntas(CEMENG, "MD/1", 1, 1, 0)).declared()).isTrue();
    }

    @Test
    void aDeclarationCitesADecisionOfTheDesaItsKecamatanOrTheRegency() {
        DesaProgramme cemeng = given(CEMENG_2022);
        assertThat(DesaProgrammes.declareTuntas(cemeng, CEMENG, "MK", MUSCAM_CEMENG, SETTLED)).hasSize(1);
        assertThat(DesaProgrammes.declareTuntas(cemeng, CEMENG, "T", TKPKD, SETTLED)).hasSize(1);
        assertThat(rule(() -> DesaProgrammes.declareTuntas(cemeng, CEMENG, "MD", Optional.of(
                new ProgrammeDecision("MD", "MUSYAWARAH_DESA", KADIPIRO, "OTHER")), SETTLED)))
                .isEqualTo("decisionNumber:decision-other-area");
        assertThat(rule(() -> DesaProgrammes.declareTuntas(cemeng, CEMENG, "MK", Optional.of(
                new ProgrammeDecision("MK", "MUSYAWARAH_KECAMATAN", "33.14.05", "OTHER")), SETTLED)))
                .isEqualTo("decisionNumber:decision-other-area");
        assertThat(rule(() -> DesaProgrammes.declareTuntas(cemeng, CEMENG, "MD", Optional.of(
                new ProgrammeDecision("MD", "MUSYAWARAH_DESA", CEMENG, "INTERVENTION_PLAN")), SETTLED)))
                .isEqualTo("decisionNumber:decision-approves-otherwise");
        assertThat(rule(() -> DesaProgrammes.declareTuntas(cemeng, CEMENG, "MD", Optional.empty(), SETTLED)))
                .isEqualTo("decisionNumber:decision-unknown");
    }

    @Test
    void aDesaWithAnythingOpenIsRefusedWithTheDistance() {
        RuleBroken r = catchThrowableOfType(RuleBroken.class,
                () -> DesaProgrammes.declareTuntas(given(CEMENG_2022), CEMENG, "MD", MUSDES_CEMENG, OPEN));
        assertThat(r.rule()).isEqualTo("desa-not-settled");
        @SuppressWarnings("unchecked") Map<String, Object> distance = (Map<String, Object>) r.details().get("distance");
        assertThat(distance).containsEntry("householdsOpen", 2).containsEntry("needsOpen", 3)
                .containsEntry("openByKind", Map.of("EDUCATION", 1, "HOUSE_REPAIR", 2)).containsEntry("unplannedOpen", 1)
                .containsEntry("openByActor", List.of(Map.of("actorId", DPUPR.toString(), "needsOpen", 2)));
    }

    @Test
    void aDesaWithNoHouseholdVerifiedPoorIsNotSettled() {
        assertThat(rule(() -> DesaProgrammes.declareTuntas(given(CEMENG_2022), CEMENG, "MD", MUSDES_CEMENG, NOTHING_VERIFIED)))
                .isEqualTo("desaCode:desa-not-settled");
    }

    @Test
    void aDesaOutsideTheProgrammeIsNotDeclared() {
        assertThat(rule(() -> DesaProgrammes.declareTuntas(given(), CEMENG, "MD", MUSDES_CEMENG, SETTLED)))
                .isEqualTo("desaCode:desa-not-in-programme");
    }

    @Test
    void aDesaIsDeclaredOnceWhateverIsOpenSince() {
        DesaProgramme declared = given(CEMENG_2022, new VillageDeclaredTuntas(CEMENG, "MD/1", 1, 1, 0));
        assertThat(rule(() -> DesaProgrammes.declareTuntas(declared, CEMENG, "MD", MUSDES_CEMENG, SETTLED)))
                .isEqualTo("desaCode:already-declared");
        RuleBroken r = catchThrowableOfType(RuleBroken.class,
                () -> DesaProgrammes.declareTuntas(declared, CEMENG, "MD", MUSDES_CEMENG, OPEN));
        assertThat(r.rule()).isEqualTo("already-declared");
        assertThat(r.details()).containsEntry("decisionNumber", "MD/1");
    }
}

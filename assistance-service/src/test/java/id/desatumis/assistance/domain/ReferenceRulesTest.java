package id.desatumis.assistance.domain;

import id.desatumis.kit.domain.RuleBroken;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules a plan holds partner-service's reference data to, without a database. */
class ReferenceRulesTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @Test
    void aDesaIsHeldByItsKecamatanAndTheRegency() {
        assertThat(AreaLevel.desaAndWider("33.14.01.2001")).containsExactly("33.14.01.2001", "33.14.01", "33.14");
        assertThat(AreaLevel.of("33.14")).isEqualTo(AreaLevel.REGENCY);
        assertThat(AreaLevel.of("33.14.01")).isEqualTo(AreaLevel.KECAMATAN);
        assertThat(AreaLevel.of("33.14.01.2001")).isEqualTo(AreaLevel.DESA);
        assertThat(AreaLevel.of("33")).isNull();
        assertThat(AreaLevel.of(null)).isNull();
    }

    @Test
    void aDecisionHoldsInTheAreaItWasTakenForAndTheDesaWithinIt() {
        assertThat(decisionOf("33.14.01.2001").holdsIn("33.14.01.2001")).isTrue();
        assertThat(decisionOf("33.14.01").holdsIn("33.14.01.2001")).isTrue();
        assertThat(decisionOf("33.14").holdsIn("33.14.01.2001")).isTrue();
        assertThat(decisionOf("33.14.01.2002").holdsIn("33.14.01.2001")).isFalse();
        assertThat(decisionOf("33.14.02").holdsIn("33.14.01.2001")).isFalse();
        // a code that merely starts like the desa's kecamatan is another kecamatan
        assertThat(decisionOf("33.14.0").holdsIn("33.14.01.2001")).isFalse();
    }

    @Test
    void aSuspendedActorIsRefusedOnTheFieldThatNamedIt() {
        Actor active = new Actor(UUID.randomUUID(), ActorType.OPD, "DPU PR", "DPUPR", true);
        assertThat(active.requireActive("actorId")).isSameAs(active);
        RuleBroken refused = refusal(() -> new Actor(active.partnerId(), ActorType.OPD, "DPU PR", "DPUPR", false)
                .requireActive("actorId"));
        assertThat(refused.field()).isEqualTo("actorId");
        assertThat(refused.rule()).isEqualTo("actor-suspended");
        assertThat(Actor.unknown("actorId").rule()).isEqualTo("actor-unknown");
    }

    @Test
    void anAcceptedPledgeServesItsKindsInItsScopeWithinItsPeriod() {
        PledgeRef pledge = pledge(PledgeStatus.ACCEPTED, AreaLevel.KECAMATAN, List.of("33.14.01", "33.14.02"));
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.02.2003", day)).isSameAs(pledge);
        assertThat(pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.01.2001", UNTIL)).isSameAs(pledge);
        assertThat(rule(() -> pledge.requireServes("pledgeId", NeedKind.EDUCATION, "33.14.02.2003", day)))
                .isEqualTo("pledge-other-kind");
        assertThat(rule(() -> pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.03.2001", day)))
                .isEqualTo("pledge-other-area");
        assertThat(rule(() -> pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.02.2003", FROM.minusDays(1))))
                .isEqualTo("pledge-not-open");
        assertThat(rule(() -> pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.02.2003", UNTIL.plusDays(1))))
                .isEqualTo("pledge-not-open");
    }

    @Test
    void aPledgeNotAcceptedOrNoLongerOpenServesNothing() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        for (PledgeStatus status : List.of(PledgeStatus.OFFERED, PledgeStatus.DECLINED, PledgeStatus.WITHDRAWN,
                PledgeStatus.EXPIRED)) {
            PledgeRef pledge = pledge(status, AreaLevel.REGENCY, List.of("33.14"));
            assertThat(pledge.openOn(day)).isFalse();
            assertThat(rule(() -> pledge.requireServes("pledgeId", NeedKind.HOUSE_REPAIR, "33.14.20.2001", day)))
                    .isEqualTo("pledge-not-open");
        }
        PledgeRef desaOnly = pledge(PledgeStatus.ACCEPTED, AreaLevel.DESA, List.of("33.14.20.2001"));
        assertThat(desaOnly.coversDesa("33.14.20.2001")).isTrue();
        assertThat(desaOnly.coversDesa("33.14.20.2002")).isFalse();
        assertThat(PledgeRef.unknown("pledgeId").rule()).isEqualTo("pledge-unknown");
    }

    @Test
    void aPledgeSaysHowItIsCounted() {
        PledgeRef units = pledge(PledgeStatus.ACCEPTED, AreaLevel.REGENCY, List.of("33.14"));
        assertThat(units.countsUnits()).isTrue();
        assertThat(units.countsRupiah()).isFalse();
    }

    private static CitedDecision decisionOf(String area) {
        return new CitedDecision("D/" + area, "MUSYAWARAH_DESA", area, "INTERVENTION_PLAN", null, FROM);
    }

    private static PledgeRef pledge(PledgeStatus status, AreaLevel level, List<String> codes) {
        return new PledgeRef(UUID.randomUUID(), UUID.randomUUID(), Set.of(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION),
                level, codes, null, 10L, "HOUSE", FROM, UNTIL, status);
    }

    private static String rule(ThrowingCallable call) {
        return refusal(call).rule();
    }

    private static RuleBroken refusal(ThrowingCallable call) {
        RuleBroken broken = catchThrowableOfType(call, RuleBroken.class);
        assertThat(broken).as("refused").isNotNull();
        return broken;
    }
}

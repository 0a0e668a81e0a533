package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import id.desatumis.partner.domain.Partners.Registration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering, suspending and reinstating partners: given events, when a command, then events or a rule broken. */
class PartnerTest {

    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final PartnerRegistered BAZNAS = new PartnerRegistered(ID, PartnerType.BAZNAS, "Baznas Kabupaten Sragen", null,
            "Wakil Ketua Bidang Pendistribusian", "staf-dinsos");
    static final PartnerRegistered DPUPR = new PartnerRegistered(ID, PartnerType.OPD, "DPU PR Kabupaten Sragen", "DPUPR",
            "Kepala Bidang Perumahan", "staf-dinsos");

    static Partner given(PartnerEvent... history) {
        Partner p = Partner.NONE;
        for (PartnerEvent e : history) p = Partner.evolve(p, e);
        return p;
    }

    static String rule(Runnable command) {
        try {
            command.run();
        } catch (RuleBroken r) {
            return r.field() + ":" + r.rule();
        }
        throw new AssertionError("expected a rule broken");
    }

    static Registration registration(PartnerType type, String opdCode) {
        return new Registration(ID, type, "Dinas Kesehatan", opdCode, "Sekretaris");
    }

    @Test
    void anOpdIsRegisteredWithItsOfficeCodeAndIsActive() {
        List<PartnerEvent> events = Partners.register(Partner.NONE, registration(PartnerType.OPD, "DINKES"), false, "staf-tkpkd");
        assertThat(events).containsExactly(new PartnerRegistered(ID, PartnerType.OPD, "Dinas Kesehatan", "DINKES", "Sekretaris",
                "staf-tkpkd"));
        Partner after = given(events.toArray(PartnerEvent[]::new));
        assertThat(after.status()).isEqualTo(Partner.Status.ACTIVE);
        assertThat(after.opdCode()).isEqualTo("DINKES");
    }

    @Test
    void anOtherActorIsRegisteredWithoutAnOfficeCode() {
        assertThat(Partners.register(Partner.NONE, registration(PartnerType.CSR, null), false, "staf-dinsos"))
                .singleElement().isInstanceOf(PartnerRegistered.class);
    }

    @Test
    void anOpdWithoutItsOfficeCodeIsRefused() {
        assertThat(rule(() -> Partners.register(Partner.NONE, registration(PartnerType.OPD, null), false, "x")))
                .isEqualTo("opdCode:opd-code-required");
    }

    @Test
    void anOfficeCodeForAnythingButAnOpdIsRefused() {
        for (PartnerType type : PartnerType.values()) {
            if (type == PartnerType.OPD) continue;
            assertThat(rule(() -> Partners.register(Partner.NONE, registration(type, "DINKES"), false, "x")))
                    .isEqualTo("opdCode:opd-code-refused");
        }
    }

    @Test
    void anOfficeCodeRegisteredAlreadyIsRefused() {
        assertThat(rule(() -> Partners.register(Partner.NONE, registration(PartnerType.OPD, "DPUPR"), true, "x")))
                .isEqualTo("opdCode:opd-code-taken");
    }

    @Test
    void aPartnerIsRegisteredOnce() {
        assertThat(rule(() -> Partners.register(given(BAZNAS), registration(PartnerType.CSR, null), false, "x")))
                .isEqualTo("partnerId:partner-exists");
    }

    @Test
    void anActivePartnerIsSuspendedWithItsReason() {
        assertThat(Partners.suspend(given(DPUPR), "no report for two quarters", "staf-dinsos"))
                .containsExactly(new PartnerSuspended(ID, "no report for two quarters", "staf-dinsos"));
        assertThat(given(DPUPR, new PartnerSuspended(ID, "r", "x")).suspended()).isTrue();
    }

    @Test
    void aSuspendedPartnerIsNotSuspendedAgain() {
        assertThat(rule(() -> Partners.suspend(given(BAZNAS, new PartnerSuspended(ID, "r", "x")), "again", "x")))
                .isEqualTo("partnerId:partner-already-suspended");
    }

    @Test
    void aSuspendedPartnerIsReinstatedWithItsReasonAndIsActiveAgain() {
        Partner suspended = given(BAZNAS, new PartnerSuspended(ID, "r", "x"));
        assertThat(Partners.reinstate(suspended, "reports delivered", "staf-tkpkd"))
                .containsExactly(new PartnerReinstated(ID, "reports delivered", "staf-tkpkd"));
        assertThat(given(BAZNAS, new PartnerSuspended(ID, "r", "x"), new PartnerReinstated(ID, "ok", "x")).status())
                .isEqualTo(Partner.Status.ACTIVE);
    }

    @Test
    void anActivePartnerIsNotReinstated() {
        assertThat(rule(() -> Partners.reinstate(given(BAZNAS), "why", "x"))).isEqualTo("partnerId:partner-not-suspended");
    }

    @Test
    void nothingHappensToAPartnerNotRegistered() {
        assertThat(rule(() -> Partners.suspend(Partner.NONE, "r", "x"))).isEqualTo("partnerId:partner-unknown");
        assertThat(rule(() -> Partners.reinstate(Partner.NONE, "r", "x"))).isEqualTo("partnerId:partner-unknown");
    }
}

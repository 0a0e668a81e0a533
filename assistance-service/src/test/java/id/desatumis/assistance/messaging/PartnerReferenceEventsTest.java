package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.PartnerChange;
import id.desatumis.assistance.application.PartnerChange.ActorRegistered;
import id.desatumis.assistance.application.PartnerChange.LeadRecorded;
import id.desatumis.assistance.application.PartnerChange.PledgeOffered;
import id.desatumis.assistance.application.PartnerChange.PledgeStatusChanged;
import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeStatus;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;
import id.desatumis.contracts.partner.ResponsibilityClearedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** partner-service's contracts as the reference consumer reads them, without Kafka. */
class PartnerReferenceEventsTest {

    // as Quarkus configures it: a field a later contract version adds is read past
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void anOfficeIsAnActiveActorWithItsCode() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerChange c = read(PartnerRegisteredV1.CE_TYPE, 1, new PartnerRegisteredV1(id.toString(), "OPD", "DPU PR",
                "DPUPR", "Kepala Bidang", "2026-11-30T00:00:00Z"));
        assertThat(c).isEqualTo(new ActorRegistered(1, new Actor(id, ActorType.OPD,
                "DPU PR", "DPUPR", true)));
    }

    @Test
    void anAssignmentAndAClearingAreRowsOfTheCellsHistory() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID supporting = UUID.randomUUID();
        LeadRecorded assigned = (LeadRecorded) read(ResponsibilityAssignedV1.CE_TYPE, 3, new ResponsibilityAssignedV1(
                "HOUSE_REPAIR", "33.14.07", lead.toString(), List.of(supporting.toString()), "TKPKD/1", "2026-12-01",
                "2026-11-30T00:00:00Z"));
        assertThat(assigned).isEqualTo(new LeadRecorded(3, NeedKind.HOUSE_REPAIR, "33.14.07", lead, List.of(supporting),
                "TKPKD/1", LocalDate.of(2026, 12, 1)));
        LeadRecorded cleared = (LeadRecorded) read(ResponsibilityClearedV1.CE_TYPE, 4, new ResponsibilityClearedV1(
                "HOUSE_REPAIR", "33.14.07", "TKPKD/2", "2027-01-01", "handed over", "2026-12-30T00:00:00Z"));
        assertThat(cleared.leadPartnerId()).isNull();
        assertThat(cleared.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aPledgeOfferedIsKeptWithItsScopeAndCounting() throws Exception {
        UUID pledge = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        PledgeOffered offered = (PledgeOffered) read(PledgeOfferedV1.CE_TYPE, 1, new PledgeOfferedV1(pledge.toString(),
                partner.toString(), List.of("HOUSE_REPAIR"), "DESA", List.of("33.14.07.2003"), 500_000_000L, null, null,
                "2026-12-01", "2027-11-30", "2026-11-30T00:00:00Z"));
        assertThat(offered.pledge().kinds()).isEqualTo(Set.of(NeedKind.HOUSE_REPAIR));
        assertThat(offered.pledge().scopeLevel()).isEqualTo(AreaLevel.DESA);
        assertThat(offered.pledge().countsRupiah()).isTrue();
        assertThat(offered.pledge().countsUnits()).isFalse();
        assertThat(offered.pledge().status()).isEqualTo(PledgeStatus.OFFERED);
    }

    @Test
    void onlyAWithdrawalOfTheWholePledgeClosesIt() throws Exception {
        String pledge = UUID.randomUUID().toString();
        assertThat(read(PledgeWithdrawnV1.CE_TYPE, 3, new PledgeWithdrawnV1(pledge, null, 3L, false, "cut", "2026-12-01T00:00:00Z")))
                .isNull();
        assertThat(read(PledgeWithdrawnV1.CE_TYPE, 4, new PledgeWithdrawnV1(pledge, null, null, true, "cut", "2026-12-02T00:00:00Z")))
                .isEqualTo(new PledgeStatusChanged(4, UUID.fromString(pledge), PledgeStatus.WITHDRAWN, null));
    }

    @Test
    void eventsThatChangeNothingHereAreSkipped() throws Exception {
        assertThat(read(ActorsInvitedV1.CE_TYPE, 2, new ActorsInvitedV1(UUID.randomUUID().toString(), List.of(),
                "2026-12-01T00:00:00Z"))).isNull();
        assertThat(read("id.desatumis.partner.SomethingNew.v1", 2, "{}")).isNull();
    }

    @Test
    void whatPartnerServiceAddsSinceThisBuildIsNoFault() throws Exception {
        assertThat(read(ResponsibilityClearedV1.CE_TYPE, 2, new ResponsibilityClearedV1("FLYING_CARS", "33.14", "TKPKD/2",
                "2027-01-01", "x", "2026-12-30T00:00:00Z"))).isNull();
        ActorRegistered bank = (ActorRegistered) read(PartnerRegisteredV1.CE_TYPE, 1, new PartnerRegisteredV1(
                UUID.randomUUID().toString(), "BANK", "Bank Jateng", null, "Pimpinan Cabang", "2026-11-30T00:00:00Z"));
        assertThat(bank.actor().type()).isEqualTo(ActorType.OTHER);
        PledgeOffered offered = (PledgeOffered) read(PledgeOfferedV1.CE_TYPE, 1, new PledgeOfferedV1(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), List.of("FLYING_CARS", "ELECTRICITY"), "REGENCY",
                List.of("33.14"), null, 5L, "CONNECTION", "2026-12-01", "2027-11-30", "2026-11-30T00:00:00Z"));
        assertThat(offered.pledge().kinds()).isEqualTo(Set.of(NeedKind.ELECTRICITY));
    }

    @Test
    void anEventWhoseFieldsDoNotReadStopsTheChannel() throws Exception {
        String notAnId = JSON.writeValueAsString(new PartnerRegisteredV1("not-an-id", "OPD", "DPU PR", "DPUPR", "Kepala",
                "2026-11-30T00:00:00Z"));
        assertThatThrownBy(() -> PartnerReferenceEvents.of(event(PartnerRegisteredV1.CE_TYPE, 1, notAnId), JSON))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        String notAnArea = JSON.writeValueAsString(new ResponsibilityClearedV1("HOUSE_REPAIR", "Sragen", "TKPKD/2",
                "2027-01-01", "x", "2026-12-30T00:00:00Z"));
        assertThatThrownBy(() -> PartnerReferenceEvents.of(event(ResponsibilityClearedV1.CE_TYPE, 1, notAnArea), JSON))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        String noDate = JSON.writeValueAsString(new ResponsibilityClearedV1("HOUSE_REPAIR", "33.14", "TKPKD/2",
                null, "x", "2026-12-30T00:00:00Z"));
        assertThatThrownBy(() -> PartnerReferenceEvents.of(event(ResponsibilityClearedV1.CE_TYPE, 1, noDate), JSON))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        assertThatThrownBy(() -> PartnerReferenceEvents.of(event(PledgeOfferedV1.CE_TYPE, 1, "{\"pledgeId\":"), JSON))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
    }

    private static PartnerChange read(String type, long sequence, Object contract) throws Exception {
        String payload = contract instanceof String s ? s : JSON.writeValueAsString(contract);
        return PartnerReferenceEvents.of(event(type, sequence, payload), JSON);
    }

    private static ConsumedEvent event(String type, long sequence, String payload) {
        return new ConsumedEvent(UUID.randomUUID(), type, "/desatumis/partner", "stream-" + UUID.randomUUID(),
                OffsetDateTime.now(), sequence, null, payload);
    }
}

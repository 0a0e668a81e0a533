package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The public report's story, in one desa: 12 households listed, 10 assessed, 9 verified poor (3 extremely poor, 6
 * poor), each needing house repair and food. House repair: 3 identified, 6 planned by the village government. Food: 3
 * delivered by a CSR partner (Rp1,500,000 each, not confirmed yet), 6 delivered by an office and verified. Two forums
 * held in the desa, one to come. Every id is random; {@link #ids} lists those the report must never show.
 */
final class PublicReportStory {

    static final long RUPIAH = 1_500_000L;

    final String desa;
    final UUID opd = UUID.randomUUID();
    final UUID csr = UUID.randomUUID();
    final UUID pemdes = UUID.randomUUID();
    final List<UUID> households = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final StoryEvents events = new StoryEvents();

    PublicReportStory(String desa) {
        this.desa = desa;
        actor(opd, "OPD", "Dinas Sosial Uji", "DINSOS-" + UUID.randomUUID().toString().substring(0, 8));
        actor(csr, "CSR", "PT Rahasia Sejahtera", null);
        actor(pemdes, "PEMDES", "Pemdes Uji", null);
        for (int i = 0; i < 12; i++) households.add(listed());
        for (int i = 0; i < 10; i++) {
            String povertyClass = i < 3 ? "EXTREME_POOR" : i < 9 ? "POOR" : "NOT_POOR";
            assessed(households.get(i), povertyClass, i < 9);
        }
        for (int i = 3; i < 9; i++) intervention(households.get(i), "HOUSE_REPAIR", pemdes, "APBDES", false, false);
        for (int i = 0; i < 9; i++) intervention(households.get(i), "FOOD_ASSISTANCE", i < 3 ? csr : opd,
                i < 3 ? "PLEDGE" : "APBD", true, i >= 3);
        forum("2025-03-10");
        forum("2025-06-20");
        forum("2099-12-01");
    }

    private void actor(UUID id, String type, String name, String opdCode) {
        ids.add(id.toString());
        events.add(PartnerTopics.PARTNER, PartnerTopics.SOURCE, "partner-" + id, PartnerRegisteredV1.CE_TYPE,
                new PartnerRegisteredV1(id.toString(), type, name, opdCode, "KEPALA", "2025-01-02T01:00:00Z"));
    }

    private UUID listed() {
        UUID h = id();
        List<HouseholdRegisteredV1.Member> members = List.of(
                new HouseholdRegisteredV1.Member(id().toString(), "F", "25-59", true),
                new HouseholdRegisteredV1.Member(id().toString(), "M", "7-12", false));
        events.add(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, "household-" + h, HouseholdRegisteredV1.CE_TYPE,
                new HouseholdRegisteredV1(h.toString(), desa, 2, members, "2025-01-05T01:00:00Z"));
        return h;
    }

    private void assessed(UUID h, String povertyClass, boolean verified) {
        String a = id().toString();
        String stream = "assessment-" + h;
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, AssessmentClassifiedV1.CE_TYPE,
                new AssessmentClassifiedV1(h.toString(), desa, a, povertyClass, "p1", "2025-02-01T01:00:00Z"));
        if (!verified) return;
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, AssessmentVerifiedV1.CE_TYPE,
                new AssessmentVerifiedV1(h.toString(), desa, a, povertyClass, "2025-02-10T01:00:00Z"));
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, NeedsIdentifiedV1.CE_TYPE,
                new NeedsIdentifiedV1(h.toString(), desa, a, povertyClass, "p1", List.of(
                        new NeedsIdentifiedV1.Need("HOUSE_REPAIR", null), new NeedsIdentifiedV1.Need("FOOD_ASSISTANCE", null)),
                        "2025-02-10T01:00:00Z"));
    }

    private void intervention(UUID h, String kind, UUID actor, String source, boolean delivered, boolean confirmed) {
        UUID i = id();
        UUID need = NeedIds.of(h, kind, null);
        ids.add(need.toString());
        String stream = "intervention-" + i;
        boolean pledge = source.equals("PLEDGE");
        assistance(stream, InterventionPlannedV1.CE_TYPE, new InterventionPlannedV1(i.toString(), need.toString(),
                h.toString(), null, kind, desa, actor.toString(), source, pledge ? id().toString() : null,
                pledge ? null : id().toString(), pledge ? null : "1.06.02", RUPIAH, null, List.of(), "2025-12-31",
                "MD/" + desa + "/2025/01", null, "2025-03-01", "2025-03-01T01:00:00Z"));
        if (!delivered) return;
        String delivery = id().toString();
        assistance(stream, DeliveryReportedV1.CE_TYPE, new DeliveryReportedV1(i.toString(), delivery, "2025-04-01",
                RUPIAH, null, null, "BA-1", null, false, "2025-04-01T05:00:00Z"));
        if (!confirmed) return;
        assistance(stream, DeliveryVerifiedV1.CE_TYPE, new DeliveryVerifiedV1(i.toString(), delivery,
                "HEAD_OF_HOUSEHOLD", "SIGNATURE", "2025-04-03", "2025-04-03T05:00:00Z"));
    }

    private void forum(String date) {
        UUID f = id();
        events.add(PartnerTopics.FORUM, PartnerTopics.SOURCE, "forum-" + f, ForumScheduledV1.CE_TYPE,
                new ForumScheduledV1(f.toString(), "MUSYAWARAH_DESA", date, "Balai Desa Rahasia", "Agenda rahasia", desa,
                        "2025-01-03T01:00:00Z"));
    }

    private void assistance(String stream, String type, Object payload) {
        events.add(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, stream, type, payload);
    }

    /** A fresh id, listed among those the report must not show. */
    private UUID id() {
        UUID id = UUID.randomUUID();
        ids.add(id.toString());
        return id;
    }
}

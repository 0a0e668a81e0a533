package id.desatumis.monitoring.partners;

import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;

import java.util.List;
import java.util.UUID;

/**
 * The story's partner-service side before any intervention: the actors, the pledges, the forums (the village's on 10
 * Jan, TKPKD's on 1 Feb with an attendance corrected, one to come in 2099) and the matrix (house repair led
 * regency-wide, electricity in the kecamatan).
 */
final class PartnerChapter {

    private final CollaborationStory s;

    PartnerChapter(CollaborationStory story) {
        this.s = story;
    }

    void write() {
        actor(s.opd, "OPD", "Dinas Perkim", s.opdCode);
        actor(s.csr, "CSR", "PT Sumber Rejeki", null);
        actor(s.pemdes, "PEMDES", "Pemdes " + s.d1, null);
        pledge(s.pledge, PledgeOfferedV1.CE_TYPE, new PledgeOfferedV1(s.pledge.toString(), s.csr.toString(),
                List.of("HOUSE_REPAIR"), "DESA", List.of(s.d1), 30_000_000L, null, null, "2026-01-01", "2026-12-31",
                "2026-01-05T01:00:00Z"));
        pledge(s.pledge, PledgeAcceptedV1.CE_TYPE, new PledgeAcceptedV1(s.pledge.toString(), s.decisionDesa,
                "2026-01-10T02:00:00Z"));
        pledge(s.declinedPledge, PledgeOfferedV1.CE_TYPE, new PledgeOfferedV1(s.declinedPledge.toString(),
                s.csr.toString(), List.of("SANITATION"), "DESA", List.of(s.d1), 9_000_000L, 4L, "TOILET",
                "2026-01-01", "2026-12-31", "2026-01-06T01:00:00Z"));
        pledge(s.declinedPledge, PledgeDeclinedV1.CE_TYPE, new PledgeDeclinedV1(s.declinedPledge.toString(), "dup",
                "2026-01-10T03:00:00Z"));
        forum(s.forumDesa, "MUSYAWARAH_DESA", s.d1, "2026-01-10", List.of(s.opd, s.csr, s.pemdes));
        attendance(s.forumDesa, s.opd, "PRESENT", null);
        attendance(s.forumDesa, s.csr, "REPRESENTED", "Staf CSR");
        attendance(s.forumDesa, s.pemdes, "ABSENT_WITHOUT_NOTICE", null);
        decision(s.forumDesa, s.decisionDesa, "PLEDGE", "MUSYAWARAH_DESA", s.d1, "2026-01-10");
        forum(s.forumTkpkd, "TKPKD_COORDINATION", "33.14", "2026-02-01", List.of(s.opd, s.csr));
        attendance(s.forumTkpkd, s.opd, "ABSENT_WITH_NOTICE", null);
        attendance(s.forumTkpkd, s.csr, "PRESENT", null);
        attendance(s.forumTkpkd, s.opd, "PRESENT", null);
        decision(s.forumTkpkd, s.decisionTkpkd, "RESPONSIBILITY", "TKPKD_COORDINATION", "33.14", "2026-02-01");
        forum(s.forumLater, "MUSYAWARAH_DESA", s.d1, "2099-12-01", List.of(s.opd));
        lead("HOUSE_REPAIR", "33.14");
        lead("ELECTRICITY", s.kecamatan);
    }

    private void actor(UUID id, String type, String name, String opdCode) {
        s.partner(PartnerTopics.PARTNER, "partner-" + id, PartnerRegisteredV1.CE_TYPE, new PartnerRegisteredV1(
                id.toString(), type, name, opdCode, "KEPALA", "2026-01-02T01:00:00Z"));
    }

    private void pledge(UUID id, String type, Object payload) {
        s.partner(PartnerTopics.PLEDGE, "pledge-" + id, type, payload);
    }

    private void forum(UUID id, String type, String area, String date, List<UUID> invited) {
        s.partner(PartnerTopics.FORUM, "forum-" + id, ForumScheduledV1.CE_TYPE, new ForumScheduledV1(id.toString(),
                type, date, "Balai", "Agenda", area, "2026-01-03T01:00:00Z"));
        s.partner(PartnerTopics.FORUM, "forum-" + id, ActorsInvitedV1.CE_TYPE, new ActorsInvitedV1(id.toString(),
                invited.stream().map(UUID::toString).toList(), "2026-01-04T01:00:00Z"));
    }

    private void attendance(UUID forum, UUID actor, String how, String by) {
        s.partner(PartnerTopics.FORUM, "forum-" + forum, AttendanceRecordedV1.CE_TYPE, new AttendanceRecordedV1(
                forum.toString(), actor.toString(), how, by, "2026-02-02T01:00:00Z"));
    }

    private void decision(UUID forum, String number, String approves, String forumType, String area, String on) {
        s.partner(PartnerTopics.FORUM, "forum-" + forum, DecisionRecordedV1.CE_TYPE, new DecisionRecordedV1(
                forum.toString(), number, "Keputusan", approves, null, forumType, area, on, on + "T05:00:00Z"));
    }

    private void lead(String kind, String area) {
        s.partner(PartnerTopics.RESPONSIBILITY, "responsibility-" + kind + "-" + area,
                ResponsibilityAssignedV1.CE_TYPE, new ResponsibilityAssignedV1(kind, area, s.opd.toString(),
                        List.of(), s.decisionTkpkd, "2026-02-01", "2026-02-01T06:00:00Z"));
    }
}

package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.BudgetCeilingRevisedV1;
import id.desatumis.contracts.assistance.BudgetCommittedV1;
import id.desatumis.contracts.assistance.BudgetLineOpenedV1;
import id.desatumis.contracts.assistance.BudgetRealisedV1;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionReservationRejectedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.NeedCancelledV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.UnplannedDeliveryRecordedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;

import java.util.List;
import java.util.UUID;

/**
 * The scripted story of docs/indicators.md's worked example: three actors, a pledge offered, accepted, reserved and
 * consumed, another declined; forums with attendance (one corrected) and decisions; the matrix; two households'
 * needs; an intervention from the pledge delivered in two parts, one disputed and accepted, verified; one from a
 * budget line whose delivery was disputed and delivered again; one overdue; one refused a reservation and cancelled;
 * an office's unplanned delivery; a need no longer listed; a need closed. Every figure the tests expect follows from it
 * by hand (see the tests). {@code d1}, {@code d2}: two desa of one kecamatan.
 */
final class CollaborationStory {

    final String d1;
    final String d2;
    final String kecamatan;
    final String opdCode = "PERKIM-" + UUID.randomUUID().toString().substring(0, 8);
    final UUID opd = UUID.randomUUID();
    final UUID csr = UUID.randomUUID();
    final UUID pemdes = UUID.randomUUID();
    final UUID pledge = UUID.randomUUID();
    final UUID declinedPledge = UUID.randomUUID();
    final UUID forumDesa = UUID.randomUUID();
    final UUID forumTkpkd = UUID.randomUUID();
    final UUID forumLater = UUID.randomUUID();
    final UUID h1 = UUID.randomUUID();
    final UUID h2 = UUID.randomUUID();
    final UUID h3 = UUID.randomUUID();
    final UUID member1 = UUID.randomUUID();
    final UUID member3 = UUID.randomUUID();
    final UUID houseNeed;
    final UUID electricityNeed;
    final UUID educationNeed;
    final UUID foodNeed;
    final UUID sanitationNeed;
    final UUID healthNeed;
    final UUID i1 = UUID.randomUUID();
    final UUID i2 = UUID.randomUUID();
    final UUID i3 = UUID.randomUUID();
    final UUID i4 = UUID.randomUUID();
    final UUID i5 = UUID.randomUUID();
    final UUID r1 = UUID.randomUUID();
    final UUID r2 = UUID.randomUUID();
    final UUID line = UUID.randomUUID();
    final UUID dl1 = UUID.randomUUID();
    final UUID dl2 = UUID.randomUUID();
    final UUID dl4 = UUID.randomUUID();
    final UUID dl5 = UUID.randomUUID();
    final UUID dl6 = UUID.randomUUID();
    final String decisionDesa;
    final String decisionTkpkd = "TKPKD/33.14/2026/" + UUID.randomUUID().toString().substring(0, 8);

    final StoryEvents events = new StoryEvents();

    CollaborationStory(String d1, String d2) {
        this.d1 = d1;
        this.d2 = d2;
        this.kecamatan = d1.substring(0, d1.lastIndexOf('.'));
        this.decisionDesa = "MD/" + d1 + "/2026/" + UUID.randomUUID().toString().substring(0, 8);
        houseNeed = NeedIds.of(h1, "HOUSE_REPAIR", null);
        electricityNeed = NeedIds.of(h1, "ELECTRICITY", null);
        educationNeed = NeedIds.of(h1, "EDUCATION", member1);
        foodNeed = NeedIds.of(h2, "FOOD_ASSISTANCE", null);
        sanitationNeed = NeedIds.of(h2, "SANITATION", null);
        healthNeed = NeedIds.of(h3, "HEALTH_COVER", member3);
        new PartnerChapter(this).write();
        needs();
        pledgedIntervention();
        budgetIntervention();
        overdueAndCancelled();
        unplanned();
    }

    private void needs() {
        assessment(h1, new NeedsIdentifiedV1(h1.toString(), d1, UUID.randomUUID().toString(), "POOR", "p1",
                List.of(need("HOUSE_REPAIR", null), need("ELECTRICITY", null), need("EDUCATION", member1)),
                "2026-02-10T01:00:00Z"));
        assessment(h2, new NeedsIdentifiedV1(h2.toString(), d1, UUID.randomUUID().toString(), "POOR", "p1",
                List.of(need("FOOD_ASSISTANCE", null), need("SANITATION", null)), "2026-02-10T01:00:00Z"));
        assessment(h3, new NeedsIdentifiedV1(h3.toString(), d2, UUID.randomUUID().toString(), "EXTREME_POOR", "p1",
                List.of(need("HEALTH_COVER", member3)), "2026-02-10T01:00:00Z"));
        assistance("household-" + h3, NeedClosedV1.CE_TYPE, new NeedClosedV1(h3.toString(), healthNeed.toString(),
                "HEALTH_COVER", d2, "REFUSED_BY_HOUSEHOLD", "2026-03-01T01:00:00Z"));
        // a later verified assessment of h2 no longer lists sanitation (assistance cancels it too)
        assessment(h2, new NeedsIdentifiedV1(h2.toString(), d1, UUID.randomUUID().toString(), "POOR", "p1",
                List.of(need("FOOD_ASSISTANCE", null)), "2026-05-01T01:00:00Z"));
        assistance("household-" + h2, NeedCancelledV1.CE_TYPE, new NeedCancelledV1(h2.toString(),
                sanitationNeed.toString(), "SANITATION", d1, "NO_LONGER_LISTED", "2026-05-01T01:05:00Z"));
    }

    /** I1: HOUSE_REPAIR from the pledge, 20M, planned 20 Feb, delivered 15 Mar and 5 Apr, the second disputed and accepted. */
    private void pledgedIntervention() {
        intervention(i1, InterventionPlannedV1.CE_TYPE, planned(i1, houseNeed, h1, null, "HOUSE_REPAIR", csr, "PLEDGE",
                pledge, null, 20_000_000L, "2026-06-30", "2026-02-20"));
        intervention(i1, ReservationRequestedV1.CE_TYPE, new ReservationRequestedV1(r1.toString(), i1.toString(),
                houseNeed.toString(), "HOUSE_REPAIR", d1, null, pledge.toString(), 20_000_000L, null,
                "2026-02-20T02:00:00Z"));
        reservation(r1, ReservationConfirmedV1.CE_TYPE, new ReservationConfirmedV1(r1.toString(), i1.toString(),
                houseNeed.toString(), pledge.toString(), csr.toString(), "HOUSE_REPAIR", d1, 20_000_000L, null,
                "2026-03-01T02:00:00Z"));
        intervention(i1, InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(i1.toString(), r1.toString(),
                null, 20_000_000L, null, "2026-03-01T03:00:00Z"));
        delivery(i1, dl1, "2026-03-15", 10_000_000L, "2026-03-20T01:00:00Z");
        intervention(i1, ReservationConsumeRequestedV1.CE_TYPE, new ReservationConsumeRequestedV1(r1.toString(),
                i1.toString(), dl1.toString(), 10_000_000L, null, false, "2026-03-20T01:00:00Z"));
        reservation(r1, ReservationConsumedV1.CE_TYPE, new ReservationConsumedV1(r1.toString(), i1.toString(),
                pledge.toString(), dl1.toString(), 10_000_000L, null, false, null, null, "2026-03-20T02:00:00Z"));
        verified(i1, dl1, "2026-03-25", "2026-03-26T01:00:00Z");
        delivery(i1, dl2, "2026-04-05", 10_000_000L, "2026-04-10T00:00:00Z");
        reservation(r1, ReservationConsumedV1.CE_TYPE, new ReservationConsumedV1(r1.toString(), i1.toString(),
                pledge.toString(), dl2.toString(), 10_000_000L, null, true, 0L, null, "2026-04-10T00:00:00Z"));
        intervention(i1, DeliveryDisputedV1.CE_TYPE, new DeliveryDisputedV1(i1.toString(), dl2.toString(),
                "INCOMPLETE", "2026-04-12T01:00:00Z"));
        intervention(i1, DisputeResolvedV1.CE_TYPE, new DisputeResolvedV1(i1.toString(), dl2.toString(), "ACCEPT",
                "2026-04-20T01:00:00Z"));
    }

    /** I2: ELECTRICITY by the office on its APBD line, 5M, planned 1 Mar; delivered 10 Mar, disputed, redelivered 20 Mar. */
    private void budgetIntervention() {
        String stream = "budget-line-" + line;
        assistance(stream, BudgetLineOpenedV1.CE_TYPE, new BudgetLineOpenedV1(line.toString(), "APBD", "1.06.02", 2026,
                opdCode, null, "Listrik", 100_000_000L, "2026-01-05T01:00:00Z"));
        intervention(i2, InterventionPlannedV1.CE_TYPE, planned(i2, electricityNeed, h1, null, "ELECTRICITY", opd,
                "APBD", null, line, 5_000_000L, "2026-05-31", "2026-03-01"));
        assistance(stream, BudgetCommittedV1.CE_TYPE, new BudgetCommittedV1(line.toString(), i2.toString(),
                5_000_000L, "2026-03-01T01:00:00Z"));
        intervention(i2, InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(i2.toString(), null,
                line.toString(), 5_000_000L, null, "2026-03-01T01:00:00Z"));
        delivery(i2, dl4, "2026-03-10", 5_000_000L, "2026-03-10T05:00:00Z");
        intervention(i2, DeliveryDisputedV1.CE_TYPE, new DeliveryDisputedV1(i2.toString(), dl4.toString(),
                "NOT_RECEIVED", "2026-03-12T01:00:00Z"));
        intervention(i2, DisputeResolvedV1.CE_TYPE, new DisputeResolvedV1(i2.toString(), dl4.toString(), "REDELIVER",
                "2026-03-15T01:00:00Z"));
        delivery(i2, dl5, "2026-03-20", 5_000_000L, "2026-03-20T05:00:00Z");
        assistance(stream, BudgetRealisedV1.CE_TYPE, new BudgetRealisedV1(line.toString(), i2.toString(),
                dl5.toString(), 5_000_000L, "2026-03-20T05:00:00Z"));
        verified(i2, dl5, "2026-03-22", "2026-03-22T06:00:00Z");
        assistance(stream, BudgetCeilingRevisedV1.CE_TYPE, new BudgetCeilingRevisedV1(line.toString(), 120_000_000L,
                100_000_000L, "2026-04-01T01:00:00Z"));
    }

    /** I3: EDUCATION by the village government, due 30 Apr, never delivered; I4: FOOD from the pledge, refused, cancelled. */
    private void overdueAndCancelled() {
        intervention(i3, InterventionPlannedV1.CE_TYPE, planned(i3, educationNeed, h1, member1, "EDUCATION", pemdes,
                "APBDES", null, UUID.randomUUID(), 3_000_000L, "2026-04-30", "2026-03-05"));
        intervention(i3, InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(i3.toString(), null, null,
                3_000_000L, null, "2026-03-05T02:00:00Z"));
        intervention(i4, InterventionPlannedV1.CE_TYPE, planned(i4, foodNeed, h2, null, "FOOD_ASSISTANCE", csr,
                "PLEDGE", pledge, null, 2_000_000L, "2026-08-31", "2026-04-01"));
        intervention(i4, ReservationRequestedV1.CE_TYPE, new ReservationRequestedV1(r2.toString(), i4.toString(),
                foodNeed.toString(), "FOOD_ASSISTANCE", d1, null, pledge.toString(), 2_000_000L, null,
                "2026-04-01T02:00:00Z"));
        reservation(r2, ReservationRejectedV1.CE_TYPE, new ReservationRejectedV1(r2.toString(), i4.toString(),
                foodNeed.toString(), "out-of-scope", "not for FOOD_ASSISTANCE", pledge.toString(), csr.toString(),
                "2026-04-01T03:00:00Z"));
        intervention(i4, InterventionReservationRejectedV1.CE_TYPE, new InterventionReservationRejectedV1(
                i4.toString(), r2.toString(), "out-of-scope", "2026-04-01T04:00:00Z"));
        intervention(i4, InterventionCancelledV1.CE_TYPE, new InterventionCancelledV1(i4.toString(),
                "CANCELLED_BY_STAFF", "2026-04-02T01:00:00Z"));
    }

    /** I5: the office's own food assistance for h2, 1.5M on 10 May, not yet verified. */
    private void unplanned() {
        intervention(i5, UnplannedDeliveryRecordedV1.CE_TYPE, new UnplannedDeliveryRecordedV1(i5.toString(),
                foodNeed.toString(), h2.toString(), null, "FOOD_ASSISTANCE", d1, opd.toString(), dl6.toString(),
                "2026-05-10", 1_500_000L, null, null, null, null, "2026-05-11T01:00:00Z"));
    }

    private InterventionPlannedV1 planned(UUID id, UUID need, UUID household, UUID member, String kind, UUID actor,
                                          String source, UUID pledgeId, UUID lineId, long rupiah, String due,
                                          String on) {
        return new InterventionPlannedV1(id.toString(), need.toString(), household.toString(),
                member == null ? null : member.toString(), kind, d1, actor.toString(), source,
                pledgeId == null ? null : pledgeId.toString(), lineId == null ? null : lineId.toString(),
                lineId == null ? null : "1.06.02", rupiah, null, List.of(), due, decisionDesa, null, on,
                on + "T01:00:00Z");
    }

    private void delivery(UUID intervention, UUID delivery, String on, long rupiah, String at) {
        intervention(intervention, DeliveryReportedV1.CE_TYPE, new DeliveryReportedV1(intervention.toString(),
                delivery.toString(), on, rupiah, null, null, "BA-1", null, false, at));
    }

    private void verified(UUID intervention, UUID delivery, String on, String at) {
        intervention(intervention, DeliveryVerifiedV1.CE_TYPE, new DeliveryVerifiedV1(intervention.toString(),
                delivery.toString(), "HEAD_OF_HOUSEHOLD", "SIGNATURE", on, at));
    }

    private static NeedsIdentifiedV1.Need need(String kind, UUID member) {
        return new NeedsIdentifiedV1.Need(kind, member == null ? null : member.toString());
    }

    void assessment(UUID household, Object payload) {
        String type = payload instanceof NeedsIdentifiedV1 ? NeedsIdentifiedV1.CE_TYPE
                : id.desatumis.contracts.assessment.HouseholdGraduatedV1.CE_TYPE;
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, "assessment-" + household, type, payload);
    }

    void intervention(UUID id, String type, Object payload) {
        assistance("intervention-" + id, type, payload);
    }

    void assistance(String stream, String type, Object payload) {
        events.add(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, stream, type, payload);
    }

    void reservation(UUID request, String type, Object payload) {
        partner(PartnerTopics.RESERVATION, "reservation-" + request, type, payload);
    }

    void partner(String topic, String stream, String type, Object payload) {
        events.add(topic, PartnerTopics.SOURCE, stream, type, payload);
    }
}

package id.desatumis.monitoring.projection;

import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentRejectedV1;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;

import id.desatumis.contracts.assistance.NeedIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static id.desatumis.monitoring.projection.Payloads.ASSESSMENT;
import static id.desatumis.monitoring.projection.Payloads.ASSISTANCE;
import static id.desatumis.monitoring.projection.Payloads.PARTNER;
import static id.desatumis.monitoring.projection.Payloads.REGISTRY;

/**
 * One desa's story in events (and a neighbour's), with the figures it must give: ten households registered on day 1
 * (one split off on day 30, one moved in from the neighbour on day 35), assessed on day 10, verified on day 20; one
 * merged into another on day 39 (which absorbs its member on day 40), one erased on day 45, one graduated on day 60; a plan and a delivery for the first.
 */
public final class HouseholdStory {

    public final String desa;
    public final String neighbour;
    public final UUID h1 = UUID.randomUUID(), h2 = UUID.randomUUID(), h3 = UUID.randomUUID(), h4 = UUID.randomUUID(),
            h5 = UUID.randomUUID(), h6 = UUID.randomUUID(), h7 = UUID.randomUUID(), h8 = UUID.randomUUID(),
            h9 = UUID.randomUUID(), h10 = UUID.randomUUID();
    public final UUID member = UUID.randomUUID();
    public final UUID intervention = UUID.randomUUID();
    public final UUID actor = UUID.randomUUID();
    public final Script script = new Script();

    public HouseholdStory(String desa, String neighbour) {
        this.desa = desa;
        this.neighbour = neighbour;
        registry(h1, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h1, desa, 4));
        registry(h2, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h2, desa, 3));
        registry(h3, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h3, desa, 2));
        registry(h4, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h4, desa, 5));
        registry(h5, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h5, desa, 3));
        registry(h7, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h7, desa, 2));
        registry(h8, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h8, neighbour, 2));
        registry(h9, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h9, desa, 1));
        registry(h10, 1, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h10, desa, 3));

        assessed(h1, "POOR", List.of("HOUSE_REPAIR", "EDUCATION:" + member));
        assessed(h2, "EXTREME_POOR", List.of("FOOD_ASSISTANCE"));
        assessed(h3, "NOT_POOR", null);
        UUID a4 = UUID.randomUUID();
        assessment(h4, 10, AssessmentClassifiedV1.CE_TYPE, Payloads.classified(h4, desa, a4, "NEAR_POOR"));
        assessment(h4, 20, AssessmentRejectedV1.CE_TYPE, Payloads.rejected(h4, desa, a4));
        assessed(h9, "POOR", List.of("SANITATION"));
        assessed(h10, "POOR", List.of("ELECTRICITY"));

        registry(h5, 30, MembersSplitOffV1.CE_TYPE, Payloads.splitOff(h5, desa, h6, 1));
        registry(h6, 30, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h6, desa, 1));
        registry(h5, 31, MemberAddedV1.CE_TYPE, Payloads.memberAdded(h5, desa));
        registry(h8, 35, HouseholdMovedV1.CE_TYPE, Payloads.moved(h8, neighbour, desa, 2));
        registry(h7, 39, HouseholdMergedV1.CE_TYPE, Payloads.merged(h7, desa, h1, 2));
        registry(h1, 40, HouseholdAbsorbedV1.CE_TYPE, Payloads.absorbed(h1, desa, h7, 1));
        registry(h9, 45, HouseholdErasedV1.CE_TYPE, Payloads.erased(h9, desa, 1));
        script.add("household-" + h2, HouseholdNeedsMetV1.CE_TYPE, ASSISTANCE, day(50), Payloads.needsMet(h2, desa, 1, 0));
        assessment(h10, 60, HouseholdGraduatedV1.CE_TYPE, Payloads.graduated(h10, desa, UUID.randomUUID()));

        String stream = "intervention-" + intervention;
        script.add(stream, InterventionPlannedV1.CE_TYPE, ASSISTANCE, day(25), """
                {"interventionId":"%s","needId":"%s","householdId":"%s","memberId":"%s","kind":"EDUCATION",
                 "desaCode":"%s","actorId":"%s","sourceType":"PLEDGE","pledgeId":"%s","amountRupiah":1500000,
                 "tranches":[{"number":1,"rupiah":1500000,"due":"2022-03-01"}],"dueDate":"2022-03-01",
                 "decisionNumber":"MD/%s/2022/004","plannedOn":"2022-01-26","plannedAt":"2022-01-26T00:00:00Z"}"""
                .formatted(intervention, UUID.randomUUID(), h1, member, desa, actor, UUID.randomUUID(), desa));
        script.add(stream, DeliveryReportedV1.CE_TYPE, ASSISTANCE, day(30), """
                {"interventionId":"%s","deliveryId":"%s","deliveredOn":"2022-01-30","amountRupiah":1500000,
                 "evidenceDocumentNumber":"BA/77/2022","photoSha256":"%s","onBehalf":false,
                 "reportedAt":"2022-01-31T00:00:00Z"}""".formatted(intervention, UUID.randomUUID(), "ab".repeat(32)));
        script.add("reservation-" + UUID.randomUUID(), ReservationRejectedV1.CE_TYPE, PARTNER, day(26), """
                {"requestId":"%s","interventionId":"%s","needId":"%s","reason":"insufficient",
                 "message":"Ibu Sri said the pledge is spent","rejectedAt":"2022-01-27T00:00:00Z"}"""
                .formatted(UUID.randomUUID(), intervention, UUID.randomUUID()));
    }

    /**
     * The story's needs, interventions and actors as AssistancePart and PartnersPart would write them from the events
     * of assistance-service and partner-service: a stand-in, inserted by SQL only to set up the reads of the funnel and
     * the tuntas rule. h1's house repair is verified (its office's intervention), its EDUCATION planned with the
     * story's actor; h2's food verified; h9's sanitation and h10's electricity only identified.
     */
    public Uni<?> standInRows(SqlConnection tx) {
        UUID repairs = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        String need = """
                INSERT INTO needs (need_id, household_id, member_id, kind, desa_code, status, intervention_id,
                    identified_at, planned_at, resourced_at, delivered_at, verified_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (need_id) DO NOTHING""";
        return tx.preparedQuery(need).executeBatch(List.of(
                        needRow(h1, "HOUSE_REPAIR", null, "VERIFIED", repairs, 20, 25, 26, 30, 33),
                        needRow(h1, "EDUCATION", member, "PLANNED", intervention, 20, 25, 0, 0, 0),
                        needRow(h2, "FOOD_ASSISTANCE", null, "VERIFIED", UUID.randomUUID(), 20, 21, 21, 22, 23),
                        needRow(h9, "SANITATION", null, "IDENTIFIED", null, 20, 0, 0, 0, 0),
                        needRow(h10, "ELECTRICITY", null, "IDENTIFIED", null, 20, 0, 0, 0, 0)))
                .chain(() -> tx.preparedQuery("INSERT INTO interventions (intervention_id, actor_id, stage) "
                                + "VALUES ($1, $2, $3) ON CONFLICT (intervention_id) DO NOTHING")
                        .executeBatch(List.of(Tuple.of(repairs, office, "VERIFIED"), Tuple.of(intervention, actor, "PLANNED"))))
                .chain(() -> tx.preparedQuery("INSERT INTO actors (partner_id, type, name) VALUES ($1, $2, $3) "
                                + "ON CONFLICT (partner_id) DO NOTHING")
                        .executeBatch(List.of(Tuple.of(office, "OPD", "Dinas Perumahan"),
                                Tuple.of(actor, "BAZNAS", "BAZNAS Sragen"))));
    }

    private Tuple needRow(UUID household, String kind, UUID memberId, String status, UUID interventionId, int... days) {
        List<Object> values = new ArrayList<>(List.of(NeedIds.of(household, kind, memberId), household));
        values.add(memberId);
        values.add(kind);
        values.add(desa);
        values.add(status);
        values.add(interventionId);
        for (int d : days) values.add(d == 0 ? null : (Object) day(d));
        return Tuple.from(values);
    }

    /** Day n of the story (day 0 is 2022-01-01, UTC). */
    public static OffsetDateTime day(int n) {
        return OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusDays(n);
    }

    private void assessed(UUID h, String povertyClass, List<String> needs) {
        UUID a = UUID.randomUUID();
        assessment(h, 10, AssessmentClassifiedV1.CE_TYPE, Payloads.classified(h, desa, a, povertyClass));
        assessment(h, 20, AssessmentVerifiedV1.CE_TYPE, Payloads.verified(h, desa, a, povertyClass));
        if (needs != null) {
            assessment(h, 20, NeedsIdentifiedV1.CE_TYPE, Payloads.needsIdentified(h, desa, a, povertyClass, needs));
        }
    }

    private void registry(UUID h, int day, String type, String payload) {
        script.add("household-" + h, type, REGISTRY, day(day), payload);
    }

    private void assessment(UUID h, int day, String type, String payload) {
        script.add("assessment-" + h, type, ASSESSMENT, day(day), payload);
    }
}

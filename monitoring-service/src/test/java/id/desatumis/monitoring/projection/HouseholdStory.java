package id.desatumis.monitoring.projection;

import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentRejectedV1;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.desatumis.monitoring.projection.Payloads.ASSESSMENT;
import static id.desatumis.monitoring.projection.Payloads.ASSISTANCE;
import static id.desatumis.monitoring.projection.Payloads.AT;
import static id.desatumis.monitoring.projection.Payloads.MONITORING;
import static id.desatumis.monitoring.projection.Payloads.PARTNER;
import static id.desatumis.monitoring.projection.Payloads.REGISTRY;

/**
 * One desa's story in events (and a neighbour's), as the five services publish them, with the figures it must give:
 * ten households registered on day 1 (one split off on day 30, one moved in from the neighbour on day 35), assessed on
 * day 10, verified on day 20; one merged into another on day 39 (which absorbs its member on day 40), one erased on
 * day 45, one graduated on day 60. h1's house repair is planned by an office on day 25, resourced on day 27, delivered
 * on day 30 and verified on day 33; its EDUCATION planned with BAZNAS on day 24 (whose pledge refused the
 * reservation on day 26); h2's food planned and resourced on day 21, delivered on day 22, verified on day 23; h9's
 * sanitation and h10's electricity never planned (h10's is cancelled by its graduation).
 */
public final class HouseholdStory {

    public final String desa;
    public final String neighbour;
    public final UUID h1 = UUID.randomUUID(), h2 = UUID.randomUUID(), h3 = UUID.randomUUID(), h4 = UUID.randomUUID(),
            h5 = UUID.randomUUID(), h6 = UUID.randomUUID(), h7 = UUID.randomUUID(), h8 = UUID.randomUUID(),
            h9 = UUID.randomUUID(), h10 = UUID.randomUUID();
    public final UUID member = UUID.randomUUID();
    /** h1's EDUCATION, planned with {@link #actor}. */
    public final UUID intervention = UUID.randomUUID();
    public final UUID repairs = UUID.randomUUID(), food = UUID.randomUUID();
    public final UUID actor = UUID.randomUUID(), office = UUID.randomUUID();
    public final Script script = new Script();
    /** monitoring-service's own decisions about the story's desa, sent when a test needs them. */
    public final Script programme = new Script();
    /** Later events a test sends when it needs them. */
    public final Script later = new Script();

    public HouseholdStory(String desa, String neighbour) {
        this.desa = desa;
        this.neighbour = neighbour;
        partner(office, "OPD", "Dinas Perumahan");
        partner(actor, "BAZNAS", "BAZNAS Sragen");
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

        delivered(food, h2, "FOOD_ASSISTANCE", 21, 21, 22, 23);
        planned(intervention, h1, "EDUCATION", member, actor, 24);
        script.add("reservation-" + UUID.randomUUID(), ReservationRejectedV1.CE_TYPE, PARTNER, day(26), """
                {"requestId":"%s","interventionId":"%s","needId":"%s","reason":"insufficient",
                 "message":"Ibu Sri said the pledge is spent","rejectedAt":%s}"""
                .formatted(UUID.randomUUID(), intervention, NeedIds.of(h1, "EDUCATION", member), AT));
        delivered(repairs, h1, "HOUSE_REPAIR", 25, 27, 30, 33);

        registry(h5, 30, MembersSplitOffV1.CE_TYPE, Payloads.splitOff(h5, desa, h6, 1));
        registry(h6, 30, HouseholdRegisteredV1.CE_TYPE, Payloads.registered(h6, desa, 1));
        registry(h5, 31, MemberAddedV1.CE_TYPE, Payloads.memberAdded(h5, desa));
        registry(h8, 35, HouseholdMovedV1.CE_TYPE, Payloads.moved(h8, neighbour, desa, 2));
        registry(h7, 39, HouseholdMergedV1.CE_TYPE, Payloads.merged(h7, desa, h1, 2));
        registry(h1, 40, HouseholdAbsorbedV1.CE_TYPE, Payloads.absorbed(h1, desa, h7, 1));
        registry(h9, 45, HouseholdErasedV1.CE_TYPE, Payloads.erased(h9, desa, 1));
        script.add("household-" + h2, HouseholdNeedsMetV1.CE_TYPE, ASSISTANCE, day(50), Payloads.needsMet(h2, desa, 1, 0));
        assessment(h10, 60, HouseholdGraduatedV1.CE_TYPE, Payloads.graduated(h10, desa, UUID.randomUUID()));
    }

    /** Day n of the story (day 0 is 2022-01-01, UTC). */
    public static OffsetDateTime day(int n) {
        return OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusDays(n);
    }

    /** The desa and its neighbour join the programme in an intake year (on days 24 and 15). */
    public List<ConsumedEvent> joined(int year) {
        return List.of(programme.add("desa-" + desa, DesaJoinedProgrammeV1.CE_TYPE, MONITORING, day(24), """
                        {"desaCode":"%s","intakeYear":%d,"decisionNumber":"TKPKD/%d/01","joinedAt":%s}"""
                        .formatted(desa, year, year, AT)),
                programme.add("desa-" + neighbour, DesaJoinedProgrammeV1.CE_TYPE, MONITORING, day(15), """
                        {"desaCode":"%s","intakeYear":%d,"decisionNumber":"TKPKD/%d/02","joinedAt":%s}"""
                        .formatted(neighbour, year, year, AT)));
    }

    /** tkpkd declares the desa tuntas on day 80. */
    public ConsumedEvent declared() {
        return programme.add("desa-" + desa, VillageDeclaredTuntasV1.CE_TYPE, MONITORING, day(80), """
                {"desaCode":"%s","decisionNumber":"TKPKD/2022/09","householdsMet":2,"needsMet":2,"needsClosed":1,
                 "declaredAt":%s}""".formatted(desa, AT));
    }

    /** h1 refuses its EDUCATION on day 70: the need is closed for a recorded reason. */
    public ConsumedEvent educationClosed() {
        return later.add("household-" + h1, NeedClosedV1.CE_TYPE, ASSISTANCE, day(70), """
                {"householdId":"%s","needId":"%s","kind":"EDUCATION","desaCode":"%s","reason":"REFUSED_BY_HOUSEHOLD",
                 "closedAt":%s}""".formatted(h1, NeedIds.of(h1, "EDUCATION", member), desa, AT));
    }

    /**
     * The stand-in of {@link #joined}: the rows DesaProgrammePart would write, inserted by SQL in a build without it,
     * only to set up the reads of the cohorts.
     */
    public Uni<?> standInJoined(SqlConnection tx, int year) {
        return tx.preparedQuery("INSERT INTO desa_programme (desa_code, intake_year, intake_decision, joined_at) "
                        + "VALUES ($1, $5, $6, $2), ($3, $5, $7, $4) ON CONFLICT (desa_code) DO NOTHING")
                .execute(Tuple.from(List.of(desa, day(24), neighbour, day(15), year, "TKPKD/" + year + "/01",
                        "TKPKD/" + year + "/02")));
    }

    /** The stand-in of {@link #declared}. */
    public Uni<?> standInDeclared(SqlConnection tx) {
        return tx.preparedQuery("INSERT INTO desa_programme (desa_code, tuntas_decision, tuntas_declared_at) "
                + "VALUES ($1, 'TKPKD/2022/09', $2)").execute(Tuple.of(desa, day(80)));
    }

    private void partner(UUID id, String type, String name) {
        script.add("partner-" + id, PartnerRegisteredV1.CE_TYPE, PARTNER, day(0), """
                {"partnerId":"%s","type":"%s","name":"%s","contactRole":"Kepala Bidang","registeredAt":%s}"""
                .formatted(id, type, name, AT));
    }

    private void planned(UUID id, UUID household, String kind, UUID memberId, UUID by, int day) {
        script.add("intervention-" + id, InterventionPlannedV1.CE_TYPE, ASSISTANCE, day(day), """
                {"interventionId":"%s","needId":"%s","householdId":"%s",%s"kind":"%s","desaCode":"%s","actorId":"%s",
                 "sourceType":"PLEDGE","pledgeId":"%s","amountRupiah":1500000,
                 "tranches":[{"number":1,"rupiah":1500000,"due":"2022-03-01"}],"dueDate":"2022-03-01",
                 "decisionNumber":"MD/%s/2022/004","plannedOn":"%s","plannedAt":%s}"""
                .formatted(id, NeedIds.of(household, kind, memberId), household,
                        memberId == null ? "" : "\"memberId\":\"" + memberId + "\",", kind, desa, by, UUID.randomUUID(),
                        desa, day(day).toLocalDate(), AT));
    }

    /** An intervention of the office planned, resourced, delivered in full and verified on these days. */
    private void delivered(UUID id, UUID household, String kind, int planned, int resourced, int delivered, int verified) {
        planned(id, household, kind, null, office, planned);
        String stream = "intervention-" + id;
        script.add(stream, InterventionResourcedV1.CE_TYPE, ASSISTANCE, day(resourced), """
                {"interventionId":"%s","requestId":"%s","amountRupiah":1500000,"resourcedAt":%s}"""
                .formatted(id, UUID.randomUUID(), AT));
        UUID delivery = UUID.randomUUID();
        script.add(stream, DeliveryReportedV1.CE_TYPE, ASSISTANCE, day(delivered), """
                {"interventionId":"%s","deliveryId":"%s","deliveredOn":"%s","amountRupiah":1500000,
                 "evidenceDocumentNumber":"BA/77/2022","photoSha256":"%s","onBehalf":false,"reportedAt":%s}"""
                .formatted(id, delivery, day(delivered).toLocalDate(), "ab".repeat(32), AT));
        script.add(stream, DeliveryVerifiedV1.CE_TYPE, ASSISTANCE, day(verified), """
                {"interventionId":"%s","deliveryId":"%s","confirmedBy":"HEAD_OF_HOUSEHOLD","method":"SIGNATURE",
                 "confirmedOn":"%s","verifiedAt":%s}""".formatted(id, delivery, day(verified).toLocalDate(), AT));
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

package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.InterventionSourceChangedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.ReservationTimedOutV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.monitoring.messaging.AssistancePart;
import id.desatumis.monitoring.messaging.PartnersPart;
import id.desatumis.monitoring.messaging.ProjectionPart;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths the main story does not take: business capital in two tranches, its reservation timed out and confirmed
 * late (then released), resourced again from a budget line; a delivery disputed and written off (the need open again,
 * planned anew); the household graduating (the undelivered need cancelled, the verified one kept). Seen part-way and
 * at the end, in two arrival orders.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class HardPathsTest {

    static final String DESA = "33.14.19.2003";

    @Inject
    Pool pool;
    @Inject
    PartnersPart partners;
    @Inject
    AssistancePart assistance;

    final UUID household = UUID.randomUUID();
    final UUID member = UUID.randomUUID();
    final UUID capital = NeedIds.of(household, "BUSINESS_CAPITAL", member);
    final UUID house = NeedIds.of(household, "HOUSE_REPAIR", null);
    final UUID i6 = UUID.randomUUID();
    final UUID i7 = UUID.randomUUID();
    final UUID i8 = UUID.randomUUID();
    final UUID request = UUID.randomUUID();
    final UUID line = UUID.randomUUID();
    final UUID pledge = UUID.randomUUID();
    final UUID actor = UUID.randomUUID();
    final UUID written = UUID.randomUUID();
    final StoryEvents events = new StoryEvents();

    @Test
    void timeoutsSourceChangesTranchesWriteOffsAndGraduation() {
        listed();
        capitalInTranches();
        int partWay = events.all().size();
        houseWrittenOffAndPlannedAgain();
        int writtenOff = events.all().size();
        graduated();
        List<ProjectionPart<?>> parts = List.of(partners, assistance);
        ProjectionSchema told = new ProjectionSchema(pool);
        ProjectionSchema reordered = new ProjectionSchema(pool);
        ProjectionSchema rebuilt = new ProjectionSchema(pool);
        try {
            told.apply(events.all().subList(0, partWay - 2), 3, parts);
            assertThat(intervention(told, i6, "stage")).isEqualTo("PARTLY_DELIVERED");
            assertThat(need(told, capital, "status")).isEqualTo("RESOURCED");
            told.apply(events.all().subList(partWay - 2, writtenOff), 3, parts);
            assertThat(need(told, capital, "status")).isEqualTo("VERIFIED");
            assertThat(intervention(told, i7, "stage")).isEqualTo("WRITTEN_OFF");
            assertThat(need(told, house, "status")).isEqualTo("PLANNED");
            assertThat(need(told, house, "intervention_id")).isEqualTo(i8.toString());
            assertThat(need(told, house, "disputed_at")).isNotNull();
            told.apply(events.all().subList(writtenOff, events.all().size()), 3, parts);

            assertThat(intervention(told, i6, "source_type")).isEqualTo("APBD");
            assertThat(intervention(told, i6, "budget_line_id")).isEqualTo(line.toString());
            assertThat(intervention(told, i6, "delivered_rupiah")).isEqualTo("3000000");
            assertThat(value(told, "SELECT (rupiah - released_rupiah) || ' ' || (timed_out_at IS NOT NULL) FROM reservations"))
                    .isEqualTo("0 true");
            assertThat(need(told, capital, "status")).isEqualTo("VERIFIED");
            assertThat(need(told, house, "status")).isEqualTo("CANCELLED");
            assertThat(need(told, house, "settled_reason")).isEqualTo("GRADUATED");
            assertThat(need(told, house, "intervention_id")).isNull();

            reordered.apply(events.byTopics(PartnerTopics.RESERVATION, AssistanceTopics.INTERVENTION,
                    AssessmentTopics.ASSESSMENT), 1000, parts);
            assertThat(reordered.rows()).containsExactlyElementsOf(told.rows());
            rebuilt.rebuild(events.all(), 3, parts);
            assertThat(rebuilt.rows()).containsExactlyElementsOf(told.rows());
        } finally {
            rebuilt.drop();
            told.drop();
            reordered.drop();
        }
    }

    private void listed() {
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, "assessment-" + household,
                NeedsIdentifiedV1.CE_TYPE, new NeedsIdentifiedV1(household.toString(), DESA, UUID.randomUUID().toString(),
                        "POOR", "p1", List.of(new NeedsIdentifiedV1.Need("BUSINESS_CAPITAL", member.toString()),
                        new NeedsIdentifiedV1.Need("HOUSE_REPAIR", null)), "2026-02-01T01:00:00Z"));
    }

    private void capitalInTranches() {
        plan(i6, capital, member, "BUSINESS_CAPITAL", "PLEDGE", pledge, 3_000_000L, List.of(
                new InterventionPlannedV1.Tranche(1, 1_000_000L, "2026-04-01"),
                new InterventionPlannedV1.Tranche(2, 2_000_000L, "2026-05-01")));
        on(i6, ReservationRequestedV1.CE_TYPE, new ReservationRequestedV1(request.toString(), i6.toString(),
                capital.toString(), "BUSINESS_CAPITAL", DESA, null, pledge.toString(), 3_000_000L, null, "2026-03-01T02:00:00Z"));
        on(i6, ReservationTimedOutV1.CE_TYPE, new ReservationTimedOutV1(i6.toString(), request.toString(), "2026-03-02T02:00:00Z"));
        on(i6, ReservationReleaseRequestedV1.CE_TYPE, new ReservationReleaseRequestedV1(request.toString(),
                i6.toString(), "TIMED_OUT", "2026-03-02T02:00:00Z"));
        reservation(ReservationConfirmedV1.CE_TYPE, new ReservationConfirmedV1(request.toString(), i6.toString(),
                capital.toString(), pledge.toString(), actor.toString(), "BUSINESS_CAPITAL", DESA, 3_000_000L, null,
                "2026-03-02T03:00:00Z"));
        reservation(ReservationReleasedV1.CE_TYPE, new ReservationReleasedV1(request.toString(), i6.toString(),
                pledge.toString(), 3_000_000L, null, "TIMED_OUT", "2026-03-02T04:00:00Z"));
        on(i6, InterventionSourceChangedV1.CE_TYPE, new InterventionSourceChangedV1(i6.toString(), "APBD", null,
                line.toString(), "1.06", "2026-03-03T01:00:00Z"));
        on(i6, InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(i6.toString(), null, line.toString(),
                3_000_000L, null, "2026-03-03T01:00:00Z"));
        tranche(i6, UUID.randomUUID(), 1, 1_000_000L, "2026-04-01");
        UUID second = UUID.randomUUID();
        tranche(i6, second, 2, 2_000_000L, "2026-05-01");
        // the first tranche's confirmation and the second's: the last two events before the part-way look
        verified(i6, second, "2026-05-02");
    }

    private void houseWrittenOffAndPlannedAgain() {
        UUID first = events.all().stream().filter(e -> e.type().equals(DeliveryReportedV1.CE_TYPE)).findFirst()
                .map(e -> UUID.fromString(e.payload().replaceAll(".*\"deliveryId\":\"([^\"]+)\".*", "$1"))).orElseThrow();
        verified(i6, first, "2026-04-02");
        plan(i7, house, null, "HOUSE_REPAIR", "APBD", null, 5_000_000L, List.of());
        on(i7, InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(i7.toString(), null, line.toString(),
                5_000_000L, null, "2026-03-05T01:00:00Z"));
        on(i7, DeliveryReportedV1.CE_TYPE, new DeliveryReportedV1(i7.toString(), written.toString(), "2026-04-10",
                5_000_000L, null, null, null, null, true, "2026-04-10T01:00:00Z"));
        on(i7, DeliveryDisputedV1.CE_TYPE, new DeliveryDisputedV1(i7.toString(), written.toString(), "NOT_RECEIVED",
                "2026-04-11T01:00:00Z"));
        on(i7, DisputeResolvedV1.CE_TYPE, new DisputeResolvedV1(i7.toString(), written.toString(), "WRITE_OFF",
                "2026-04-12T01:00:00Z"));
        plan(i8, house, null, "HOUSE_REPAIR", "APBD", null, 5_000_000L, List.of());
    }

    private void graduated() {
        events.add(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, "assessment-" + household,
                HouseholdGraduatedV1.CE_TYPE, new HouseholdGraduatedV1(household.toString(), DESA,
                        UUID.randomUUID().toString(), "2026-06-01T01:00:00Z"));
        on(i8, InterventionCancelledV1.CE_TYPE, new InterventionCancelledV1(i8.toString(), "GRADUATED",
                "2026-06-01T02:00:00Z"));
    }

    private void plan(UUID id, UUID need, UUID memberId, String kind, String source, UUID pledgeId, long rupiah,
                      List<InterventionPlannedV1.Tranche> tranches) {
        on(id, InterventionPlannedV1.CE_TYPE, new InterventionPlannedV1(id.toString(), need.toString(),
                household.toString(), memberId == null ? null : memberId.toString(), kind, DESA, actor.toString(),
                source, pledgeId == null ? null : pledgeId.toString(), pledgeId == null ? line.toString() : null,
                null, rupiah, null, tranches, "2026-06-30", "MD/1", null, "2026-03-01",
                (id.equals(i8) ? "2026-04-20" : "2026-03-01") + "T01:00:00Z"));
    }

    private void tranche(UUID id, UUID delivery, int number, long rupiah, String on) {
        on(id, DeliveryReportedV1.CE_TYPE, new DeliveryReportedV1(id.toString(), delivery.toString(), on, rupiah, null,
                number, null, null, false, on + "T05:00:00Z"));
    }

    private void verified(UUID id, UUID delivery, String on) {
        on(id, DeliveryVerifiedV1.CE_TYPE, new DeliveryVerifiedV1(id.toString(), delivery.toString(), "SPOUSE",
                "THUMBPRINT", on, on + "T06:00:00Z"));
    }

    private void on(UUID intervention, String type, Object payload) {
        events.add(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + intervention, type, payload);
    }

    private void reservation(String type, Object payload) {
        events.add(PartnerTopics.RESERVATION, PartnerTopics.SOURCE, "reservation-" + request, type, payload);
    }

    private static String intervention(ProjectionSchema s, UUID id, String column) {
        return value(s, "SELECT " + column + "::text FROM interventions WHERE intervention_id = '" + id + "'");
    }

    private static String need(ProjectionSchema s, UUID id, String column) {
        return value(s, "SELECT " + column + "::text FROM needs WHERE need_id = '" + id + "'");
    }

    private static String value(ProjectionSchema s, String sql) {
        return s.in(tx -> tx.query(sql).execute().map(rows -> {
            Row r = rows.iterator().next();
            return r.getString(0);
        }));
    }
}

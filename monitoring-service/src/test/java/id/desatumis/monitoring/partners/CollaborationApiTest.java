package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The story sent to Kafka as the services' relays send it, projected by the engine and read over REST: the same figures
 * as computed by hand, in JSON and CSV; the same story again with other ids and desa, its topics sent in another order,
 * reads the same; who may read whose scorecard. Desa of kecamatan 33.14.14 and 33.14.15, which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class CollaborationApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static CollaborationStory told;
    static CollaborationStory reordered;

    @BeforeEach
    void storiesSent() throws Exception {
        if (told != null) return;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(AssessmentTopics.ASSESSMENT,
                AssistanceTopics.INTERVENTION, PartnerTopics.PARTNER, PartnerTopics.PLEDGE, PartnerTopics.RESERVATION,
                PartnerTopics.FORUM, PartnerTopics.RESPONSIBILITY), 3, (short) 1);
        told = new CollaborationStory("33.14.14.2001", "33.14.14.2002");
        reordered = new CollaborationStory("33.14.15.2001", "33.14.15.2002");
        told.events.all().forEach(CollaborationApiTest::send);
        reordered.events.byTopics(AssistanceTopics.INTERVENTION, AssessmentTopics.ASSESSMENT, PartnerTopics.RESERVATION,
                PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, PartnerTopics.RESPONSIBILITY)
                .forEach(CollaborationApiTest::send);
        for (CollaborationStory s : List.of(told, reordered)) {
            await().atMost(PATIENCE).until(() -> staff().get("/scorecards/" + s.pemdes).statusCode() == 200
                    && staff().get("/scorecards/" + s.opd).jsonPath().getLong("delivered.rupiah") == 6_500_000L
                    && staff().get("/desa/" + s.d1 + "/needs").jsonPath().getInt("rows.find { it.kind == 'SANITATION' }.cancelled") == 1
                    && staff().get("/scorecards/" + s.csr).jsonPath().getLong("consumed.rupiah") == 20_000_000L
                    && staff().get("/desa/" + s.d2 + "/needs").jsonPath().getInt("rows.find { it.kind == 'HEALTH_COVER' }.closed") == 1);
        }
    }

    static void send(StoryEvents.Published e) {
        CloudEventSender.send(e.topic(), e.subject(), e.id().toString(), e.type(), e.source(), e.sequence(), e.payload());
    }

    static RequestSpecification staff() {
        return as("dinsos", null, null);
    }

    static RequestSpecification as(String role, String opd, String partnerId) {
        return given().header("Authorization", "Bearer " + DevStack.shared().tokens().mint("u-" + role, role,
                null, opd, partnerId));
    }

    @Test
    void theScorecardsReadAsComputedByHandInJsonAndCsv() {
        JsonPath csr = staff().get("/scorecards/" + told.csr).then().statusCode(200)
                .body("freshness.lastEventAt", notNullValue()).extract().jsonPath();
        assertThat(csr.getString("type")).isEqualTo("CSR");
        assertThat(csr.getLong("pledged.rupiah")).isEqualTo(30_000_000L);
        assertThat(csr.getLong("reserved.rupiah")).isEqualTo(20_000_000L);
        assertThat(csr.getLong("verified.rupiah")).isEqualTo(20_000_000L);
        assertThat(csr.getInt("disputes")).isEqualTo(1);
        assertThat(csr.getDouble("planToDeliveryDays.p50")).isEqualTo(44.0);
        assertThat(csr.getDouble("deliveryToVerificationDays.p90")).isEqualTo(15.0);
        assertThat(csr.getInt("forums.attended")).isEqualTo(2);
        JsonPath pemdes = staff().get("/scorecards/" + told.pemdes).jsonPath();
        assertThat(pemdes.getInt("overdue")).isEqualTo(1);
        assertThat(pemdes.getDouble("forums.attendanceRate")).isEqualTo(0.0);
        assertThat(pemdes.getString("planToDeliveryDays.p50")).isNull();

        String csv = staff().accept("text/csv").get("/scorecards/" + told.opd).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("partnerId,name,type,pledgedRupiah,pledgedUnits,reservedRupiah");
        assertThat(lines.get(1)).isEqualTo(told.opd + ",Dinas Perkim,OPD,120000000,0,5000000,0,5000000,0,6500000,0,"
                + "5000000,0,2,0,1,19.0,19.0,2.0,2.0,2,2,0,1.0");
    }

    @Test
    void anOfficeAndAPartnerReadTheirOwnScorecardOnly() {
        as("opd", told.opdCode, null).get("/scorecards/mine").then().statusCode(200)
                .body("partnerId", equalTo(told.opd.toString())).body("pledged.rupiah", equalTo(120_000_000));
        as("opd", told.opdCode, null).get("/scorecards/" + told.opd).then().statusCode(200);
        as("opd", told.opdCode, null).get("/scorecards/" + told.csr).then().statusCode(403)
                .contentType("application/problem+json");
        as("opd", reordered.opdCode, null).get("/scorecards/" + told.opd).then().statusCode(403);
        as("opd", "TIDAK-ADA-" + UUID.randomUUID(), null).get("/scorecards/mine").then().statusCode(404);
        as("partner", null, told.csr.toString()).get("/scorecards/mine").then().statusCode(200)
                .body("name", equalTo("PT Sumber Rejeki"));
        as("partner", null, told.csr.toString()).accept("text/csv").get("/scorecards/mine").then().statusCode(200);
        as("partner", null, told.csr.toString()).get("/scorecards/" + told.opd).then().statusCode(403);
        as("partner", null, told.csr.toString()).get("/scorecards/" + reordered.csr).then().statusCode(403);
        staff().get("/scorecards/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        staff().get("/scorecards?type=PEMDES&size=500").then().statusCode(200).body("page", equalTo(0))
                .body("size", equalTo(500)).body("items.find { it.partnerId == '" + told.pemdes + "' }.overdue", equalTo(1));
    }

    @Test
    void aDesaPageReadsItsNeedsByKindAndItsForums() {
        JsonPath needs = operator(told.d1).get("/desa/" + told.d1 + "/needs").jsonPath();
        assertThat(needs.getList("rows.kind")).hasSize(8);
        assertThat(row(needs, "HOUSE_REPAIR")).containsAllEntriesOf(Map.of("identified", 1, "verified", 1, "disputed", 1, "open", 0));
        assertThat(row(needs, "EDUCATION")).containsAllEntriesOf(Map.of("resourced", 1, "delivered", 0, "open", 1));
        assertThat(row(needs, "FOOD_ASSISTANCE")).containsAllEntriesOf(Map.of("delivered", 1, "verified", 0, "open", 1));
        String csv = operator(told.d1).accept("text/csv").get("/desa/" + told.d1 + "/needs").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).contains("SANITATION,1,0,0,0,0,0,1,0,0", "ELECTRICITY,1,1,1,1,1,1,0,0,0");

        JsonPath forums = operator(told.d1).get("/desa/" + told.d1 + "/forums?size=500").jsonPath();
        Map<String, Object> village = forums.getMap("items.find { it.forumId == '" + told.forumDesa + "' }");
        assertThat(village).containsAllEntriesOf(Map.of("type", "MUSYAWARAH_DESA", "invited", 3, "present", 1,
                "represented", 1, "absentWithoutNotice", 1));
        assertThat(forums.getList("items.find { it.forumId == '" + told.forumDesa + "' }.decisions.number"))
                .containsExactly(told.decisionDesa);
        assertThat(forums.getList("items.forumId")).contains(told.forumTkpkd.toString(), told.forumLater.toString())
                .doesNotContain(reordered.forumDesa.toString());
    }

    @Test
    void theIndicatorsOfADesaReadAsComputedByHand() {
        JsonPath c = staff().get("/indicators/collaboration?area=" + told.d1).then().statusCode(200)
                .body("freshness.consumerLag", notNullValue()).extract().jsonPath();
        assertThat(c.getDouble("resourceShareByActorType.find { it.actorType == 'GOVERNMENT' }.share")).isEqualTo(0.2453);
        assertThat(c.getLong("resourceShareByActorType.find { it.actorType == 'CSR_BUMN_BUMD' }.rupiah")).isEqualTo(20_000_000L);
        assertThat(c.getList("forumParticipation.actorId")).containsExactlyInAnyOrder(told.csr.toString(),
                told.opd.toString(), told.pemdes.toString());
        assertThat(c.getInt("decisionVenues.MUSYAWARAH_DESA")).isEqualTo(1);
        assertThat(c.getDouble("pledgeFulfilment.ratio")).isEqualTo(0.6667);
        assertThat(c.getDouble("disputesPerHundredDeliveries")).isEqualTo(40.0);
        assertThat(c.getDouble("matrixCoverage.coverage")).isNotNull();
        assertThat(c.getList("overTime.period")).containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
        String csv = staff().accept("text/csv").get("/indicators/collaboration?area=" + told.d1).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).contains("indicator,group,measure,value", "pledgeFulfilment,,ratio,0.6667",
                "disputesPerHundredDeliveries,,disputesPerHundredDeliveries,40.0", "overTime,2026-03,resourcesRupiah,15000000");
    }

    @Test
    void theStorySentInAnotherTopicOrderReadsTheSame() {
        for (String figure : List.of("pemdes", "opd", "csr")) {
            JsonPath a = staff().get("/scorecards/" + actor(told, figure)).jsonPath();
            JsonPath b = staff().get("/scorecards/" + actor(reordered, figure)).jsonPath();
            for (String field : List.of("pledged", "reserved", "consumed", "delivered", "verified", "interventions",
                    "overdue", "disputes", "planToDeliveryDays", "deliveryToVerificationDays", "forums")) {
                assertThat(b.getString(field)).as(figure + " " + field).isEqualTo(a.getString(field));
            }
        }
        for (int d = 0; d < 2; d++) {
            List<Object> a = staff().get("/desa/" + (d == 0 ? told.d1 : told.d2) + "/needs").jsonPath().getList("rows");
            List<Object> b = staff().get("/desa/" + (d == 0 ? reordered.d1 : reordered.d2) + "/needs").jsonPath().getList("rows");
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void aRebuildAnswersExactlyWhatTheLiveGenerationDid() {
        List<String> paths = List.of("/scorecards/" + told.csr, "/scorecards/" + told.opd, "/scorecards/" + told.pemdes,
                "/desa/" + told.d1 + "/needs", "/desa/" + told.d2 + "/needs", "/desa/" + told.d1 + "/forums?size=500",
                "/indicators/collaboration?area=" + told.d1);
        Map<String, Object> before = figures(paths);
        int generation = staff().post("/admin/projections/rebuilds").then().statusCode(202).extract().path("generation");
        await().atMost(PATIENCE).until(() -> staff().get("/admin/projections").jsonPath()
                .getString("generations.find { it.generation == " + generation + " }.state").equals("LIVE"));
        assertThat(figures(paths)).isEqualTo(before);
    }

    /** What each path answers, without its freshness. */
    private static Map<String, Object> figures(List<String> paths) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            Map<String, Object> body = new java.util.LinkedHashMap<>(staff().get(path).then().statusCode(200)
                    .extract().jsonPath().getMap(""));
            body.remove("freshness");
            out.put(path, body);
        }
        return out;
    }

    private static Object actor(CollaborationStory s, String which) {
        return switch (which) {
            case "pemdes" -> s.pemdes;
            case "opd" -> s.opd;
            default -> s.csr;
        };
    }

    private static Map<String, Object> row(JsonPath needs, String kind) {
        return needs.getMap("rows.find { it.kind == '" + kind + "' }");
    }

    private static RequestSpecification operator(String desa) {
        return given().header("Authorization", "Bearer " + DevStack.shared().tokens().mint("op", "village-operator",
                List.of(desa), null, null));
    }
}

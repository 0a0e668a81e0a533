package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public village report on the real path: PublicReportStory's events on Kafka, projected by the engine, read
 * without an account. A class of 3 households, house repair identified for 3 and needs delivered for 3, and a partner
 * with 3 interventions read "< 5", with the counts and totals that would give them back. Purworejo (Gemolong,
 * 33.14.13.2011) is this class's own desa.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class PublicReportApiTest {

    static final String DESA = "33.14.13.2011";
    static final String REPORT = "/public/desa/" + DESA + "/report";
    static final Map<String, Object> HIDDEN = Map.of("suppressed", true, "display", "< 5");
    static final Map<String, Object> HIDDEN_RUPIAH = Map.of("suppressed", true, "display", "x");
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static PublicReportStory story;

    @BeforeEach
    void storySent() throws Exception {
        if (story != null) return;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD,
                AssessmentTopics.ASSESSMENT, AssistanceTopics.INTERVENTION, PartnerTopics.PARTNER,
                PartnerTopics.FORUM), 3, (short) 1);
        PublicReportStory s = new PublicReportStory(DESA);
        s.events.all().forEach(CollaborationApiTest::send);
        await().atMost(PATIENCE).until(() -> {
            JsonPath funnel = CollaborationApiTest.staff().get("/areas/" + DESA + "/funnel").jsonPath();
            JsonPath needs = CollaborationApiTest.staff().get("/desa/" + DESA + "/needs").jsonPath();
            JsonPath report = json(REPORT);
            return funnel.getInt("households.listed") == 12 && funnel.getInt("households.verifiedPoor") == 9
                    && funnel.getInt("households.assessed") == 10
                    && needs.getInt("rows.find { it.kind == 'HOUSE_REPAIR' }.planned") == 6
                    && needs.getInt("rows.find { it.kind == 'FOOD_ASSISTANCE' }.delivered") == 9
                    && needs.getInt("rows.find { it.kind == 'FOOD_ASSISTANCE' }.verified") == 6
                    && report.getInt("forumsHeld") == 2
                    && !report.getList("resourcesByActorType.actorType").contains("UNKNOWN")
                    && Integer.valueOf(9).equals(report.get("resourcesByActorType.find { it.actorType == 'TOTAL' }.interventions.value"));
        });
        story = s;
    }

    static JsonPath json(String path) {
        return given().accept("application/json").get(path).then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void aClassOfThreeReadsLessThanFiveAndTheNextSmallestIsHiddenWithIt() {
        JsonPath r = json(REPORT);
        assertThat(r.getString("desaCode")).isEqualTo(DESA);
        assertThat(r.getString("name")).isEqualTo("Purworejo");
        assertThat(r.getMap("funnel.households")).containsEntry("listed", Map.of("value", 12))
                .containsEntry("assessed", Map.of("value", 10)).containsEntry("foundPoor", Map.of("value", 9))
                .containsEntry("verifiedPoor", Map.of("value", 9)).containsEntry("allNeedsMet", Map.of("value", 0));
        assertThat(r.getMap("funnel.households.verifiedPoorByClass")).isEqualTo(Map.of("EXTREME_POOR", HIDDEN,
                "POOR", HIDDEN, "NEAR_POOR", Map.of("value", 0)));
        assertThat(r.getMap("funnel")).containsOnlyKeys("households");
        assertThat(r.getMap("freshness")).containsKeys("lastEventAt", "lastAppliedAt", "consumerLag");
    }

    @Test
    void needsOfThreeHideTheirRowPartnerAndTheColumnTotalsThatWouldGiveItBack() {
        JsonPath r = json(REPORT);
        List<Map<String, Object>> rows = r.getList("needsByKindAndStage");
        assertThat(rows).extracting(row -> row.get("kind")).endsWith("FOOD_ASSISTANCE", "TOTAL").hasSize(9);
        Map<String, Object> house = row(rows, "HOUSE_REPAIR");
        assertThat(house).containsEntry("identified", HIDDEN).containsEntry("planned", HIDDEN)
                .containsEntry("resourced", Map.of("value", 0)).containsEntry("total", Map.of("value", 9));
        assertThat(row(rows, "FOOD_ASSISTANCE")).containsEntry("delivered", HIDDEN).containsEntry("verified", HIDDEN)
                .containsEntry("total", Map.of("value", 9));
        // 6 planned (all house repair) would give the hidden 6 back; 18 = 9 + 9 gives nothing
        assertThat(row(rows, "TOTAL")).containsEntry("planned", HIDDEN).containsEntry("verified", HIDDEN)
                .containsEntry("cancelled", Map.of("value", 0)).containsEntry("total", Map.of("value", 18));
        assertNoLineHasOneHidden(rows, List.of("identified", "planned", "resourced", "delivered", "disputed",
                "verified", "cancelled", "closed", "total"));
    }

    @Test
    void aPartnerOfThreeInterventionsIsHiddenWithItsRupiahAndTheNextSmallestGroup() {
        List<Map<String, Object>> rows = json(REPORT).getList("resourcesByActorType");
        assertThat(rows).extracting(row -> row.get("actorType")).containsExactly("GOVERNMENT", "VILLAGE",
                "CSR_BUMN_BUMD", "ZAKAT", "NGO", "UNIVERSITY", "COMMUNITY", "TOTAL");
        assertThat(row(rows, "CSR_BUMN_BUMD")).isEqualTo(Map.of("actorType", "CSR_BUMN_BUMD", "interventions", HIDDEN,
                "rupiahDelivered", HIDDEN_RUPIAH, "rupiahVerified", HIDDEN_RUPIAH));
        assertThat(row(rows, "GOVERNMENT")).isEqualTo(Map.of("actorType", "GOVERNMENT", "interventions", HIDDEN,
                "rupiahDelivered", HIDDEN_RUPIAH, "rupiahVerified", HIDDEN_RUPIAH));
        assertThat(row(rows, "VILLAGE")).containsEntry("interventions", Map.of("value", 0));
        assertThat(row(rows, "TOTAL")).isEqualTo(Map.of("actorType", "TOTAL", "interventions", Map.of("value", 9),
                "rupiahDelivered", Map.of("value", 13_500_000), "rupiahVerified", Map.of("value", 9_000_000)));
        assertNoLineHasOneHidden(rows, List.of("interventions"));
        assertThat(json(REPORT).getInt("forumsHeld")).isEqualTo(2);
    }

    @Test
    void noAccountIsNeededAndATokenSentIsNotRead() {
        Map<String, Object> anonymous = withoutFreshness(json(REPORT));
        given().get(REPORT).then().statusCode(200).header("Cache-Control", "public, max-age=30");
        given().accept("text/csv").get(REPORT).then().statusCode(200).header("Cache-Control", "public, max-age=30");
        for (String authorization : List.of("Bearer not-a-token", "Bearer " + DevStack.shared().tokens()
                .mint("u-op", "village-operator", List.of("33.14.13.2012"), null, null))) {
            JsonPath withToken = given().header("Authorization", authorization).accept("application/json").get(REPORT)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(withoutFreshness(withToken)).isEqualTo(anonymous);
        }
        // the dashboard's session cookie, even a bad one, is not read either
        given().cookie("dasbor", "not-a-token").accept("application/json").get(REPORT).then().statusCode(200);
    }

    @Test
    void theCsvHoldsTheJsonsFiguresLineByLine() {
        JsonPath r = json(REPORT);
        List<String> expected = new ArrayList<>(List.of("table,row,column,value", "desa,desaCode,," + DESA,
                "desa,name,,Purworejo"));
        for (String figure : List.of("listed", "assessed", "foundPoor", "verifiedPoor")) {
            expected.add("funnel,households." + figure + ",," + text(r.getMap("funnel.households." + figure)));
        }
        r.<String, Map<String, Object>>getMap("funnel.households.verifiedPoorByClass").forEach((c, cell) ->
                expected.add("funnel,households.verifiedPoorByClass," + c + "," + text(cell)));
        expected.add("funnel,households.allNeedsMet,," + text(r.getMap("funnel.households.allNeedsMet")));
        for (Map<String, Object> row : r.<Map<String, Object>>getList("needsByKindAndStage")) {
            for (String stage : List.of("identified", "planned", "resourced", "delivered", "disputed", "verified",
                    "cancelled", "closed", "total")) {
                expected.add("needsByKindAndStage," + row.get("kind") + "," + stage + "," + text(cell(row, stage)));
            }
        }
        for (Map<String, Object> row : r.<Map<String, Object>>getList("resourcesByActorType")) {
            for (String column : List.of("interventions", "rupiahDelivered", "rupiahVerified")) {
                expected.add("resourcesByActorType," + row.get("actorType") + "," + column + "," + text(cell(row, column)));
            }
        }
        expected.add("forums,forumsHeld,," + r.getInt("forumsHeld"));
        ExtractableResponse<Response> csv = given().accept("text/csv").get(REPORT).then().statusCode(200)
                .contentType("text/csv").extract();
        assertThat(csv.header("Content-Disposition")).contains("laporan-publik-" + DESA + ".csv");
        assertThat(csv.asString().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(expected).contains("needsByKindAndStage,HOUSE_REPAIR,identified,< 5",
                "resourcesByActorType,CSR_BUMN_BUMD,rupiahDelivered,x", "resourcesByActorType,TOTAL,interventions,9");
    }

    @Test
    void theReportNamesNoHouseholdMemberNeedOrActorNorAnyFreeText() {
        String body = given().accept("application/json").get(REPORT).then().statusCode(200).extract().asString();
        for (String id : story.ids) assertThat(body).doesNotContain(id);
        assertThat(Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                .matcher(body).find()).as("any uuid").isFalse();
        for (String text : List.of("Rahasia", "rahasia", "Uji", "DINSOS-", "MD/", "BA-1")) {
            assertThat(body).doesNotContain(text);
        }
        String csv = given().accept("text/csv").get(REPORT).then().statusCode(200).extract().asString();
        for (String id : story.ids) assertThat(csv).doesNotContain(id);
    }

    @Test
    void anUnknownDesaIs404AndAMalformedCode400() {
        for (String accept : List.of("application/json", "text/csv")) {
            given().accept(accept).get("/public/desa/33.14.99.9999/report").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
            for (String code : List.of("33.14.13", "33.14", "abc", "33.14.13.20111")) {
                given().accept(accept).get("/public/desa/" + code + "/report").then().statusCode(400)
                        .contentType("application/problem+json").body("type", equalTo("/problems/desa-code"))
                        .body("errors[0].field", equalTo("code")).body("errors[0].rule", equalTo("desa-code"));
            }
        }
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String key) {
        return rows.stream().filter(r -> key.equals(r.get("kind")) || key.equals(r.get("actorType"))).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(Map<String, Object> row, String column) {
        return (Map<String, Object>) row.get(column);
    }

    private static String text(Map<String, Object> cell) {
        return cell.containsKey("value") ? String.valueOf(cell.get("value")) : (String) cell.get("display");
    }

    private static Map<String, Object> withoutFreshness(JsonPath report) {
        Map<String, Object> m = new java.util.HashMap<>(report.getMap(""));
        m.remove("freshness");
        return m;
    }

    /**
     * Every column of a published table (its total included), and every row when the table has a column of totals,
     * holds no hidden entry, or two or more.
     */
    private static void assertNoLineHasOneHidden(List<Map<String, Object>> rows, List<String> columns) {
        for (Map<String, Object> row : columns.contains("total") ? rows : List.<Map<String, Object>>of()) {
            assertThat(columns.stream().filter(c -> cell(row, c).containsKey("suppressed")).count()).isNotEqualTo(1);
        }
        for (String c : columns) {
            assertThat(rows.stream().filter(row -> cell(row, c).containsKey("suppressed")).count()).isNotEqualTo(1);
        }
    }
}

package id.desatumis.assessment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class VerificationApiTest {

    static final String DESA = "33.14.02.2002";
    static final Map<String, String> FORUM = Map.of("forumDate", "2026-10-20", "decisionNumber", "141/12/X/2026");

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    static String stored(Registry.Household h, int criteria, boolean poorHouse, String visitDate) {
        var form = Forms.form(UUID.randomUUID(), h, criteria, poorHouse, visitDate);
        given().header("Authorization", Auth.operator(h.desaCode())).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(201);
        return (String) form.get("assessmentId");
    }

    /** The household's records of one type, once at least {@code atLeast} records of any type are on the topic. */
    static List<ConsumerRecord<String, String>> announced(Registry.Household h, String type, int atLeast) {
        return TopicRecords.withKey(AssessmentTopics.ASSESSMENT, "assessment-" + h.id(), atLeast, Registry.PATIENCE).stream()
                .filter(r -> type.equals(TopicRecords.header(r, "ce_type"))).toList();
    }

    static io.restassured.response.ValidatableResponse post(String token, String path, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void verificationByDinasSosialOnTheForumsDecisionPublishesTheNeedsWithoutPersonalData() throws Exception {
        var h = Registry.register(pool, DESA, 3);
        String id = stored(h, 10, true, "2026-09-01");
        post(Auth.dinsos(), "/assessments/" + id + "/verification", Map.of()).statusCode(400)
                .body("errors.rule", hasItem("forum-decision-required"));
        post(Auth.dinsos(), "/assessments/" + id + "/verification", Map.of("forumDate", "2026-08-01", "decisionNumber", "1"))
                .statusCode(400).body("type", equalTo("/problems/forum-before-visit"));
        post(Auth.dinsos(), "/assessments/" + id + "/verification", FORUM).statusCode(200)
                .body("status", equalTo("VERIFIED")).body("announced", equalTo(List.of("NeedsIdentified")));
        post(Auth.dinsos("another-staff"), "/assessments/" + id + "/verification", FORUM).statusCode(409)
                .body("type", equalTo("/problems/not-waiting"));
        given().header("Authorization", Auth.role("auditor")).get("/assessments/" + id).then().statusCode(200)
                .body("decision.outcome", equalTo("VERIFIED")).body("decision.decisionNumber", equalTo("141/12/X/2026"))
                .body("current", equalTo(true));

        var record = announced(h, NeedsIdentifiedV1.CE_TYPE, 3).get(0);
        assertThat(TopicRecords.header(record, "ce_type")).isEqualTo(NeedsIdentifiedV1.CE_TYPE);
        assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/desatumis/assessment");
        var published = new ObjectMapper().readValue(record.value(), NeedsIdentifiedV1.class);
        assertThat(published.householdId()).isEqualTo(h.id().toString());
        assertThat(published.povertyClass()).isEqualTo("POOR");
        assertThat(published.needs()).extracting(NeedsIdentifiedV1.Need::kind)
                .contains("HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER");
        assertThat(published.needs()).filteredOn(n -> n.kind().equals("HEALTH_COVER")).extracting(NeedsIdentifiedV1.Need::memberId)
                .containsExactly(h.members().get(1).toString());
        // no answers, health cover values, ages, reasons or GPS
        assertThat(record.value()).doesNotContain("PBI_JKN", "DROPPED_OUT", "latitude", "-7.43", "ageYears", "reason",
                "THATCH", "enumerator-sri", "disability");
    }

    @Test
    void theAssessorOrWhoeverSubmittedItNeverVerifiesAndAnOperatorCannotVerifyAtAll() {
        var h = Registry.register(pool, DESA, 2);
        var form = Forms.form(h, 10, true);
        form.put("assessor", "dinsos-budi");
        post(Auth.dinsos("dinsos-ani"), "/assessments", form).statusCode(201);
        String id = (String) form.get("assessmentId");
        post(Auth.dinsos("dinsos-budi"), "/assessments/" + id + "/verification", FORUM).statusCode(403)
                .body("type", equalTo("/problems/verifier-is-assessor"));
        post(Auth.dinsos("dinsos-ani"), "/assessments/" + id + "/rejection", Map.of("reason", "x")).statusCode(403)
                .body("type", equalTo("/problems/verifier-is-assessor"));
        post(Auth.operator(DESA), "/assessments/" + id + "/verification", FORUM).statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        post(Auth.dinsos("dinsos-citra"), "/assessments/" + id + "/verification", FORUM).statusCode(200);
    }

    @Test
    void rejectedOrReturnedAssessmentsLeaveTheQueueAndTheFunnelCountsEachHouseholdByItsLatestVisit() {
        String desa = "33.14.01.2001";
        var a = Registry.register(pool, desa, 2);
        var b = Registry.register(pool, desa, 2);
        var c = Registry.register(pool, desa, 2);
        var d = Registry.register(pool, desa, 2);
        String ra = stored(a, 12, true, "2026-09-01");
        String rb = stored(b, 9, true, "2026-09-02");
        String rc = stored(c, 2, false, "2026-09-03");
        stored(d, 7, false, "2026-09-04");
        given().header("Authorization", Auth.operator(desa)).get("/villages/" + desa + "/verification-queue").then().statusCode(200)
                .body("total", equalTo(4)).body("items.assessmentId[0]", equalTo(ra));
        post(Auth.dinsos(), "/assessments/" + ra + "/verification", FORUM).statusCode(200);
        post(Auth.dinsos(), "/assessments/" + rb + "/rejection", Map.of("reason", "the family has moved to Solo")).statusCode(200);
        post(Auth.dinsos(), "/assessments/" + rc + "/return", Map.of("whatToCheck", "floor area")).statusCode(200);
        post(Auth.dinsos(), "/assessments/" + rc + "/return", Map.of()).statusCode(400).body("errors.field", hasItem("whatToCheck"));
        given().header("Authorization", Auth.dinsos()).get("/villages/" + desa + "/verification-queue").then().statusCode(200)
                .body("total", equalTo(1));
        given().header("Authorization", Auth.role("tkpkd")).get("/villages/" + desa + "/funnel").then().statusCode(200)
                .body("listed", equalTo(4)).body("assessed", equalTo(4))
                .body("byClass.EXTREME_POOR", equalTo(1)).body("byClass.POOR", equalTo(1))
                .body("byClass.NEAR_POOR", equalTo(1)).body("byClass.NOT_POOR", equalTo(1))
                .body("verified", equalTo(1)).body("verifiedPoor", equalTo(1)).body("rejected", equalTo(1))
                .body("returned", equalTo(1)).body("waitingForVerification", equalTo(1));
        given().header("Authorization", Auth.role("partner")).get("/villages/" + desa + "/needs").then().statusCode(200)
                .body("kinds.kind", hasItem("FOOD_ASSISTANCE"))
                .body("kinds.find { it.kind == 'HOUSE_REPAIR' }.households", equalTo(1));
    }

    @Test
    void theForumAddsAndStrikesNeedsWithAReasonBeforeVerificationAndTheAnnouncedNeedsFollow() throws Exception {
        var h = Registry.register(pool, DESA, 3);
        String id = stored(h, 10, true, "2026-09-01");
        post(Auth.operator(DESA), "/assessments/" + id + "/needs",
                Map.of("kind", "SKILLS_TRAINING", "memberId", h.members().get(0).toString(), "reason", "musdes: welding course"))
                .statusCode(200);
        post(Auth.operator(DESA), "/assessments/" + id + "/struck-needs", Map.of("kind", "ELECTRICITY", "reason", "PLN connected it"))
                .statusCode(200);
        post(Auth.operator(DESA), "/assessments/" + id + "/struck-needs", Map.of("kind", "ELECTRICITY", "reason", "again"))
                .statusCode(409).body("type", equalTo("/problems/need-absent"));
        post(Auth.operator(DESA), "/assessments/" + id + "/needs", Map.of("kind", "EDUCATION", "reason", "x")).statusCode(400)
                .body("errors.field", hasItem("memberId"));
        post(Auth.operator("33.14.01.2001"), "/assessments/" + id + "/needs",
                Map.of("kind", "FOOD_ASSISTANCE", "reason", "x")).statusCode(404).body("type", equalTo("/problems/assessment-unknown"));
        post(Auth.dinsos(), "/assessments/" + id + "/verification", FORUM).statusCode(200);
        post(Auth.operator(DESA), "/assessments/" + id + "/needs", Map.of("kind", "FOOD_ASSISTANCE", "reason", "late")).statusCode(409)
                .body("type", equalTo("/problems/not-waiting"));
        var published = new ObjectMapper().readValue(announced(h, NeedsIdentifiedV1.CE_TYPE, 3).get(0).value(), NeedsIdentifiedV1.class);
        assertThat(published.needs()).extracting(NeedsIdentifiedV1.Need::kind).contains("SKILLS_TRAINING").doesNotContain("ELECTRICITY");
        given().header("Authorization", Auth.dinsos()).get("/assessments/" + id).then()
                .body("adjustments.action", containsInAnyOrder("ADDED", "STRUCK"))
                .body("needs.kind", not(hasItem("ELECTRICITY")));
    }

    @Test
    void aHouseholdWithVerifiedNeedsReassessedAsNotPoorGraduatesAndALateOlderVisitDoesNotSupersede() throws Exception {
        var h = Registry.register(pool, DESA, 3);
        String first = stored(h, 10, true, "2025-09-01");
        post(Auth.dinsos(), "/assessments/" + first + "/verification", Map.of("forumDate", "2025-10-01", "decisionNumber", "7"))
                .statusCode(200);
        String later = stored(h, 2, false, "2026-09-01");
        post(Auth.dinsos(), "/assessments/" + later + "/verification", FORUM).statusCode(200)
                .body("announced", equalTo(List.of("HouseholdGraduated")));
        String older = stored(h, 11, true, "2025-12-01");
        post(Auth.dinsos(), "/assessments/" + older + "/verification", FORUM).statusCode(200).body("announced", empty());
        // each of the three is classified and verified (6 records), then the needs and the graduation
        var records = TopicRecords.withKey(AssessmentTopics.ASSESSMENT, "assessment-" + h.id(), 8, Registry.PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .filteredOn(type -> type.equals(NeedsIdentifiedV1.CE_TYPE) || type.equals(HouseholdGraduatedV1.CE_TYPE))
                .containsExactly(NeedsIdentifiedV1.CE_TYPE, HouseholdGraduatedV1.CE_TYPE);
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id() + "/assessments").then()
                .body("currentAssessmentId", equalTo(later));
    }

    @Test
    void twoVerifiersAtOnceOneWinsTheOtherIsToldItWasDecided() {
        var h = Registry.register(pool, DESA, 2);
        String id = stored(h, 10, true, "2026-09-01");
        var one = CompletableFuture.supplyAsync(() -> post(Auth.dinsos("v1"), "/assessments/" + id + "/verification", FORUM)
                .extract().statusCode());
        var two = CompletableFuture.supplyAsync(() -> post(Auth.dinsos("v2"), "/assessments/" + id + "/rejection",
                Map.of("reason", "duplicate visit")).extract().statusCode());
        assertThat(List.of(one.join(), two.join())).containsExactlyInAnyOrder(200, 409);
    }
}

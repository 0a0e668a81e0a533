package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AssessmentApiTest {

    static final String DESA = "33.14.07.2003";

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    static io.restassured.response.ValidatableResponse submit(Object form, String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(form).post("/assessments").then();
    }

    long storedEvents(UUID household) {
        return pool.preparedQuery("SELECT count(*) AS n FROM events WHERE stream_id = $1")
                .execute(Tuple.of("assessment-" + household)).await().indefinitely().iterator().next().getLong("n");
    }

    @Test
    void aFormIsClassifiedUnderThePolicyWithNeedsThatCiteTheAnswersAndIsStoredOnce() {
        var h = Registry.register(pool, DESA, 3);
        var form = Forms.form(h, 10, true);
        String id = (String) form.get("assessmentId");
        submit(form, Auth.operator(DESA)).statusCode(201)
                .header("Location", "/assessments/" + id)
                .body("outcome", equalTo("STORED"))
                .body("povertyClass", equalTo("POOR"))
                .body("criteriaMet", equalTo(10))
                .body("policyVersion", equalTo("bps14-2026.1"));
        given().header("Authorization", Auth.dinsos()).get("/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("result.desil", equalTo(2))
                .body("needs.kind", hasItems("HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER"))
                .body("needs.find { it.kind == 'EDUCATION' }.memberId", equalTo(h.members().get(2).toString()))
                .body("needs.find { it.kind == 'HEALTH_COVER' }.memberId", equalTo(h.members().get(1).toString()))
                .body("needs.find { it.kind == 'HOUSE_REPAIR' }.reason", containsString("roof THATCH"))
                .body("submittedBy", equalTo("operator-" + DESA));
        long events = storedEvents(h.id());
        submit(form, Auth.operator(DESA)).statusCode(200).body("outcome", equalTo("ALREADY_STORED"));
        assertThat(storedEvents(h.id())).isEqualTo(events).isEqualTo(2);
        var changed = new java.util.LinkedHashMap<>(form);
        changed.put("visitDate", "2026-09-02");
        submit(changed, Auth.operator(DESA)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/assessment-exists"));
        assertThat(storedEvents(h.id())).isEqualTo(events);
    }

    @Test
    void withoutADesilOnTheFormTheResultRecordsTheOneTheRegistryAnnounced() {
        var h = Registry.register(pool, DESA, 1); // announced with desil 2
        var form = Forms.form(h, 10, true);
        form.remove("desil");
        submit(form, Auth.dinsos()).statusCode(201);
        given().header("Authorization", Auth.dinsos()).get("/assessments/" + form.get("assessmentId")).then()
                .body("result.desil", equalTo(2)).body("answers.desil", nullValue());
    }

    @Test
    void oneAssessmentIdSentAtOnceForTwoHouseholdsIsStoredForOneAndRefusedForTheOther() {
        var first = Registry.register(pool, DESA, 2);
        var second = Registry.register(pool, DESA, 2);
        UUID id = UUID.randomUUID();
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                submit(Forms.form(id, first, 9, true, Forms.VISIT), Auth.dinsos()).extract().statusCode());
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                submit(Forms.form(id, second, 9, true, Forms.VISIT), Auth.dinsos()).extract().statusCode());
        assertThat(List.of(a.join(), b.join())).containsExactlyInAnyOrder(201, 409);
        assertThat(storedEvents(first.id()) + storedEvents(second.id())).isEqualTo(2);
    }

    @Test
    void aBrokenFormIsAnsweredFieldByFieldAndStoresNothing() {
        var h = Registry.register(pool, DESA, 3);
        var form = Forms.form(h, 10, true);
        form.put("visitDate", "2099-01-01");
        form.put("criteriaMet", List.of("C01_FLOOR_AREA", "C99_UNKNOWN", "C01_FLOOR_AREA"));
        @SuppressWarnings("unchecked") var members = (List<Map<String, Object>>) form.get("members");
        members.get(0).put("schoolEnrolment", "ENROLLED"); // aged 40
        members.get(2).remove("schoolEnrolment"); // aged 14
        members.get(1).put("healthCover", "BPJS_GOLD");
        ((Map<String, Object>) form.get("house")).put("floorAreaM2", -3);
        submit(form, Auth.dinsos()).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItems("visitDate", "criteriaMet[1]", "criteriaMet[2]", "members[0].schoolEnrolment",
                        "members[2].schoolEnrolment", "members[1].healthCover", "house.floorAreaM2"))
                .body("errors.rule", hasItems("date-in-future", "one-of", "criterion-twice", "school-age-only", "required", "range"))
                .body(org.hamcrest.Matchers.not(containsString("BPJS_GOLD")));
        submit(Map.of("householdId", "not-a-uuid"), Auth.dinsos()).statusCode(400)
                .body("errors.field", hasItems("assessmentId", "householdId", "desaCode", "house", "members"));
        submit("{\"members\": 5", Auth.dinsos()).statusCode(400).body("type", equalTo("/problems/malformed-request"));
        assertThat(storedEvents(h.id())).isZero();
    }

    @Test
    void anAssessmentOfAMergedHouseholdIsRefusedNamingTheSurvivorAndOfAnErasedOneRefused() {
        var survivor = Registry.register(pool, DESA, 2);
        var duplicate = Registry.register(pool, DESA, 2);
        Registry.merge(pool, duplicate, survivor.id());
        submit(Forms.form(duplicate, 10, true), Auth.operator(DESA)).statusCode(409)
                .body("type", equalTo("/problems/household-merged"))
                .body("mergedInto", equalTo(survivor.id().toString()))
                .body("detail", containsString(survivor.id().toString()));
        var erased = Registry.register(pool, DESA, 2);
        var before = Forms.form(erased, 10, true);
        submit(before, Auth.operator(DESA)).statusCode(201);
        Registry.erase(pool, erased);
        submit(Forms.form(erased, 3, false), Auth.operator(DESA)).statusCode(409)
                .body("type", equalTo("/problems/household-erased"));
        assertThat(storedEvents(duplicate.id())).isZero();
        assertThat(storedEvents(erased.id())).isEqualTo(2);
    }

    @Test
    void membersAreAnsweredForOnlyWhileTheyAreMembersOfTheHouseholdInItsDesa() {
        var h = Registry.register(pool, DESA, 3);
        Registry.moveOut(pool, h, h.members().get(2));
        submit(Forms.form(h, 10, true), Auth.dinsos()).statusCode(409)
                .body("type", equalTo("/problems/member-unknown"))
                .body("errors[0].field", equalTo("answers.members[2].memberId"));
        var elsewhere = Forms.form(Registry.register(pool, DESA, 1), 10, true);
        elsewhere.put("desaCode", "33.14.07.2004");
        submit(elsewhere, Auth.dinsos()).statusCode(409).body("type", equalTo("/problems/desa-mismatch"));
    }

    @Test
    void aFormForAHouseholdNotYetAnnouncedWaitsAndIsRecordedWhenTheRegistryAnnouncesIt() {
        var h = new Registry.Household(UUID.randomUUID(), DESA, List.of(UUID.randomUUID(), UUID.randomUUID()));
        var form = Forms.form(h, 12, true);
        String id = (String) form.get("assessmentId");
        submit(form, Auth.operator(DESA)).statusCode(202).body("outcome", equalTo("PENDING"))
                .header("Location", "/assessments/" + id);
        submit(form, Auth.operator(DESA)).statusCode(202);
        // the held form (health answers, the house's position) waits sealed under the household's key
        String held = pool.preparedQuery("SELECT visit::text FROM pending_assessment WHERE assessment_id = $1::text::uuid")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
        assertThat(held).contains("enc:v1:").doesNotContain("PBI_JKN", "healthCover", "latitude", "-7.43");
        // another form under the same id is refused, not taken for the same one
        var other = Forms.form(h, 3, false);
        other.put("assessmentId", id);
        submit(other, Auth.operator(DESA)).statusCode(409);
        given().header("Authorization", Auth.operator(DESA)).get("/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("forumDate", "2026-10-01", "decisionNumber", "1")).post("/assessments/" + id + "/verification")
                .then().statusCode(409).body("type", equalTo("/problems/assessment-pending"));
        // the registry announces the household with the members the enumerator met
        Registry.announce(h, UUID.randomUUID());
        await().atMost(Registry.PATIENCE).untilAsserted(() -> given().header("Authorization", Auth.dinsos())
                .get("/assessments/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("result.povertyClass", equalTo("EXTREME_POOR")));
        submit(form, Auth.operator(DESA)).statusCode(200).body("outcome", equalTo("ALREADY_STORED"));
        assertThat(storedEvents(h.id())).isEqualTo(2);
    }

    @Test
    void aHouseholdsAssessmentsAreListedLatestVisitFirst() {
        var h = Registry.register(pool, DESA, 3);
        var older = Forms.form(UUID.randomUUID(), h, 10, true, "2026-03-01");
        var newer = Forms.form(UUID.randomUUID(), h, 4, false, "2026-09-01");
        submit(newer, Auth.dinsos()).statusCode(201).body("povertyClass", equalTo("NOT_POOR"));
        submit(older, Auth.dinsos()).statusCode(201);
        given().header("Authorization", Auth.operator(DESA)).get("/households/" + h.id() + "/assessments").then().statusCode(200)
                .body("assessments.assessmentId", equalTo(List.of(newer.get("assessmentId"), older.get("assessmentId"))))
                .body("currentAssessmentId", nullValue())
                .header("ETag", notNullValue());
    }

    @Test
    void theOpenApiDocumentDescribesTheFormAndTheBatch() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/assessments:batch'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/BatchOfForms"))
                .body("components.schemas.AssessmentForm.properties.members.type", equalTo("array"));
    }

    @Test
    void thePoliciesArePublicWithTheirThresholdsAndNeedRules() {
        given().get("/policies").then().statusCode(200)
                .body("current", equalTo("bps14-2026.1"))
                .body("criteria.code", hasItem("C14_SAVINGS"))
                .body("policies[0].classes.find { it.class == 'POOR' }.criteriaMetFrom", equalTo(9))
                .body("policies[0].needs.HOUSE_REPAIR", containsString("RTLH"));
        given().get("/policies/bps14-2026.1").then().statusCode(200).body("version", equalTo("bps14-2026.1"));
        given().get("/policies/bps14-1999").then().statusCode(404).contentType("application/problem+json");
    }
}

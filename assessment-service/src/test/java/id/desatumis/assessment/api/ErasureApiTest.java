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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** A household erased in the registry is forgotten here: its assessments become unreadable, and it is not counted. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class ErasureApiTest {

    /** The subject's key, when it has one (an erased subject keeps its row, with no key). */
    private static final String LIVE_KEYS = "SELECT count(*) FROM subject_keys WHERE wrapped_key IS NOT NULL AND subject_id = $1";

    static final String DESA = "33.14.05.2005";

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    List<String> payloads(Registry.Household h) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery("SELECT payload::text AS p FROM events WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of("assessment-" + h.id())).await().indefinitely().forEach(r -> out.add(r.getString("p")));
        return out;
    }

    long count(String sql, Object param) {
        return pool.preparedQuery(sql).execute(Tuple.of(param)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void aPersonErasedAloneLeavesTheAssessmentReadableWithoutTheirAnswers() {
        var h = Registry.register(pool, DESA, 3);
        var form = Forms.form(h, 10, true);
        String path = "/assessments/" + form.get("assessmentId");
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(201);
        String erased = h.members().get(2).toString();
        given().header("Authorization", Auth.dinsos()).get(path).then().statusCode(200)
                .body("answers.members.memberId", hasItem(erased));

        Registry.erasePerson(pool, h, h.members().get(2), 2);

        given().header("Authorization", Auth.dinsos()).get(path).then().statusCode(200)
                .body("answers.members", hasSize(2))
                .body("answers.members.memberId", not(hasItem(erased)));
        assertThat(count(LIVE_KEYS, h.members().get(2))).isZero();
        assertThat(count(LIVE_KEYS, h.id())).isOne();
        // the household goes on: a later assessment of the two others is stored
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("forumDate", "2026-10-20", "decisionNumber", "9")).post(path + "/verification").then().statusCode(200);
    }

    @Test
    void theAssessmentsOfAnErasedHouseholdCanNoLongerBeReadByAnyoneAndLeaveTheCounts() {
        var h = Registry.register(pool, DESA, 3);
        var form = Forms.form(h, 10, true);
        String path = "/assessments/" + form.get("assessmentId");
        String key = "form-" + form.get("assessmentId");
        given().header("Authorization", Auth.operator(DESA)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(form).post("/assessments").then().statusCode(201).body("povertyClass", notNullValue());
        // the answer kept for a replay says the household's class
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE subject_id = $1", h.id())).isOne();
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("forumDate", "2026-10-20", "decisionNumber", "9")).post(path + "/verification").then().statusCode(200);
        // stored sealed from the start: no answer is readable in the event store itself
        assertThat(payloads(h)).hasSize(4).allSatisfy(p -> assertThat(p).contains("enc:v1:").doesNotContain("PBI_JKN",
                "healthCover", "latitude", "enumerator-sri", "DROPPED_OUT", "POOR"));
        given().header("Authorization", Auth.dinsos()).get("/villages/" + DESA + "/funnel").then().body("assessed", equalTo(1));

        Registry.erase(pool, h);

        given().header("Authorization", Auth.dinsos()).get(path).then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id() + "/assessments").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/villages/" + DESA + "/funnel").then()
                .body("assessed", equalTo(0)).body("listed", equalTo(0));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post(path + "/rejection").then().statusCode(404);
        assertThat(count(LIVE_KEYS, h.id())).isZero();
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE subject_id = $1", h.id()))
                .as("the replayable answer, which said the class, goes with the household").isZero();
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE response_body LIKE '%' || $1 || '%'",
                h.id().toString())).isZero();
        assertThat(count("SELECT count(*) FROM erasures WHERE subject_id = $1", h.id())).isEqualTo(1);
        assertThat(payloads(h)).as("the events stay, so the hash chain still verifies").hasSize(4);
        given().header("Authorization", Auth.role("auditor")).get("/audit/event-store/verification").then().statusCode(200)
                .body("intact", equalTo(true));
        var later = Forms.form(h, 3, false);
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(later).post("/assessments")
                .then().statusCode(409).body("type", equalTo("/problems/household-erased"));
        assertThat(payloads(h)).hasSize(4);
    }
}

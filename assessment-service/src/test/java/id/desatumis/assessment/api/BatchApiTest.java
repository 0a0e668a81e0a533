package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An enumerator's offline week, synced at once: 500 forms with 10 sent twice and 5 broken. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class BatchApiTest {

    static final String DESA = "33.14.02.2001";

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    long submitted(List<UUID> households) {
        return pool.preparedQuery("SELECT count(*) AS n FROM events WHERE event_type = 'AssessmentSubmitted' AND stream_id = ANY($1)")
                .execute(Tuple.of(households.stream().map(h -> "assessment-" + h).toArray(String[]::new)))
                .await().indefinitely().iterator().next().getLong("n");
    }

    JsonPath send(List<Object> items) {
        return given().urlEncodingEnabled(false).header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/assessments:batch").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void fiveHundredFormsAreEachAnsweredOnTheirOwnStoredOnceAndSendingThemAgainStoresNothing() {
        List<Registry.Household> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) households.add(Registry.announce(DESA, 3));
        households.forEach(h -> Registry.awaitStanding(pool, h.id(), "ACTIVE"));
        List<Object> items = new ArrayList<>();
        Map<Integer, String> expected = new HashMap<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 485; i++) {
            var h = households.get(i % households.size());
            items.add(Forms.form(UUID.randomUUID(), h, i % 15, i % 2 == 0, day.plusDays(i / households.size()).toString()));
        }
        for (int i = 0; i < 485; i++) expected.put(i, "STORED");
        for (int d = 0; d < 10; d++) {
            items.add(items.get(d * 40)); // the same form sent twice (a tablet that synced twice)
            expected.put(items.size() - 1, "ALREADY_STORED");
        }
        var h = households.get(0);
        var noMembers = Forms.form(h, 9, true);
        noMembers.remove("members");
        var badDate = Forms.form(h, 9, true);
        badDate.put("visitDate", "1 September 2026");
        var wrongType = Forms.form(h, 9, true);
        ((Map<String, Object>) ((List<?>) wrongType.get("members")).get(0)).put("ageYears", "forty");
        var badKind = Forms.form(h, 9, true);
        ((Map<String, Object>) badKind.get("house")).put("water", "TAP");
        items.addAll(List.of(noMembers, badDate, wrongType, badKind));
        items.add(null);
        for (int i = 495; i < 500; i++) expected.put(i, "REFUSED");
        assertThat(items).hasSize(500);

        JsonPath first = send(items);
        assertThat(first.getInt("received")).isEqualTo(500);
        assertThat(first.getMap("counts")).containsEntry("STORED", 485).containsEntry("ALREADY_STORED", 10)
                .containsEntry("REFUSED", 5).containsEntry("PENDING", 0);
        for (int i = 0; i < 500; i++) {
            assertThat(first.getInt("results[" + i + "].index")).isEqualTo(i);
            assertThat(first.getString("results[" + i + "].outcome")).as("item " + i).isEqualTo(expected.get(i));
        }
        assertThat(first.getInt("results[0].status")).isEqualTo(201);
        assertThat(first.getInt("results[485].status")).isEqualTo(200);
        assertThat(first.getString("results[485].assessmentId")).isEqualTo(first.getString("results[0].assessmentId"));
        assertThat(first.getString("results[495].problem.errors[0].field")).isEqualTo("items[495].members");
        assertThat(first.getString("results[496].problem.errors[0].rule")).isEqualTo("date-format");
        assertThat(first.getString("results[497].problem.errors[0].rule")).isEqualTo("malformed");
        assertThat(first.getString("results[498].problem.errors[0].field")).isEqualTo("items[498].house.water");
        assertThat(first.getString("results[499].problem.errors[0].field")).isEqualTo("items[499]");
        List<UUID> ids = households.stream().map(Registry.Household::id).toList();
        assertThat(submitted(ids)).isEqualTo(485);

        JsonPath again = send(items);
        assertThat(again.getMap("counts")).containsEntry("STORED", 0).containsEntry("ALREADY_STORED", 495).containsEntry("REFUSED", 5);
        assertThat(submitted(ids)).isEqualTo(485);
    }

    @Test
    void aBatchOfMoreThanFiveHundredIsRefusedWholeAndStoresNothing() {
        var h = Registry.register(pool, DESA, 2);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 501; i++) items.add(Forms.form(UUID.randomUUID(), h, 3, false, "2026-02-01"));
        given().urlEncodingEnabled(false).header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/assessments:batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("max-size"));
        assertThat(submitted(List.of(h.id()))).isZero();
    }

    @Test
    void anItemOfAnotherDesaIsRefusedAloneForAnOperator() {
        var mine = Registry.register(pool, DESA, 2);
        var theirs = Registry.register(pool, "33.14.07.2004", 2);
        // sent as clients that percent-encode the colon send it
        JsonPath answer = given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Forms.form(mine, 3, false), Forms.form(theirs, 3, false))))
                .post("/assessments:batch").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("results[0].outcome")).isEqualTo("STORED");
        assertThat(answer.getInt("results[1].status")).isEqualTo(403);
        assertThat(answer.getString("results[1].problem.type")).isEqualTo("/problems/outside-village-scope");
        assertThat(submitted(List.of(theirs.id()))).isZero();
    }
}

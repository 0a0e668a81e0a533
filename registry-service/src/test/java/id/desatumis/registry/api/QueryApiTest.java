package id.desatumis.registry.api;

import id.desatumis.registry.application.PersonNameHashing;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Finding households, their history, and the record of who read personal data. */
@QuarkusTest
class QueryApiTest {

    @Inject
    Pool pool;

    @Inject
    PersonNameHashing hashing;

    @Test
    void aNikOrKkNumberFindsItsHouseholdForThoseWhoMaySeeIt() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of("nik", h.nik(1)))
                .post("/households/search").then().statusCode(200)
                .body("items[0].householdId", equalTo(h.id())).body("items[0].members.nik", hasItem(h.nik(1)));
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("kkNumber", h.body().get("kkNumber"))).post("/households/search").then().statusCode(200)
                .body("items[0].householdId", equalTo(h.id()));
        // another village's operator learns nothing, not even that it exists
        given().header("Authorization", Auth.operator(People.DESA_B)).contentType(ContentType.JSON)
                .body(Map.of("nik", h.nik(1))).post("/households/search").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("nik", h.nik(1), "kkNumber", h.body().get("kkNumber"))).post("/households/search")
                .then().statusCode(400);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of("nik", "12"))
                .post("/households/search").then().statusCode(400).body("errors[0].rule", equalTo("nik-format"));
        given().header("Authorization", Auth.role("partner")).contentType(ContentType.JSON).body(Map.of("nik", h.nik(1)))
                .post("/households/search").then().statusCode(403);
    }

    @Test
    void aNameIsFoundWithinADesaInAnyCaseWithOrWithoutAccentsUntilItIsErased() {
        String desa = "33.14.04.2002";
        var body = People.household(desa);
        @SuppressWarnings("unchecked")
        var wife = ((java.util.List<Map<String, Object>>) body.get("members")).get(1);
        wife.put("name", "Ngatini Rahayu");
        String id = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(201).extract().path("householdId");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "NGATÍNI", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.householdId", hasItem(id));
        given().header("Authorization", Auth.operator(desa)).contentType(ContentType.JSON)
                .body(Map.of("name", "rahayu", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.householdId", hasItem(id));
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("name", "rahayu", "desaCode", desa)).post("/households/search").then().statusCode(403);
        // the search table holds keyed hashes of the words, never the name
        assertThat(count("SELECT count(*) FROM person_names WHERE household_id = $1::text::uuid AND name_norm IS NOT NULL", id))
                .isZero();
        assertThat(count("SELECT count(*) FROM person_names WHERE household_id = $1::text::uuid AND name_words IS NOT NULL", id))
                .isEqualTo(3);
        assertThat(text("SELECT string_agg(t::text, ' ') FROM person_names t WHERE household_id = $1::text::uuid", id))
                .doesNotContainIgnoringCase("ngatini").doesNotContainIgnoringCase("rahayu");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "n", "desaCode", desa)).post("/households/search").then().statusCode(400);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "permintaan subjek data")).post("/households/" + id + "/erasure").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ngatini", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aNameKeptInClearBeforeNamesWereHashedIsHashedAtStartAndFoundAsBefore() {
        String desa = "33.14.04.2003";
        var h = HouseholdLifecycleApiTest.register(desa);
        UUID legacy = UUID.randomUUID();
        // a row as an older version wrote it: the normalised name in clear, no hashes
        pool.preparedQuery("INSERT INTO person_names (member_id, household_id, desa_code, name_norm) VALUES ($1, $2::text::uuid, $3, $4)")
                .execute(Tuple.of(legacy, h.id(), desa, "sumirah wulandari")).await().atMost(Duration.ofSeconds(10));
        int hashed = hashing.run(0).await().atMost(Duration.ofSeconds(30));
        assertThat(hashed).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM person_names WHERE name_norm IS NOT NULL", null)).isZero();
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "Wulandari", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.householdId", hasItem(h.id()));
    }

    private long count(String sql, String param) {
        var query = pool.preparedQuery(sql);
        return (param == null ? query.execute() : query.execute(Tuple.of(param)))
                .map(r -> r.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }

    private String text(String sql, String param) {
        return pool.preparedQuery(sql).execute(Tuple.of(param)).map(r -> r.iterator().next().getString(0))
                .await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void aDesasHouseholdsArePagedAndFilteredWithoutPersonalData() {
        String desa = "33.14.02.2002";
        for (int i = 0; i < 3; i++) HouseholdLifecycleApiTest.register(desa);
        given().header("Authorization", Auth.role("opd")).get("/households?desaCode=" + desa + "&size=2").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("total", greaterThanOrEqualTo(3))
                .body("items[0].memberCount", equalTo(3)).body("items[0].kkNumber", nullValue());
        given().header("Authorization", Auth.role("opd")).get("/households?desaCode=" + desa + "&minMembers=4").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.operator(People.DESA_A)).get("/households?desaCode=" + desa).then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).get("/households?desaCode=" + desa + "&size=0").then().statusCode(400);
    }

    @Test
    void theDesilTravelsFromRegistrationToTheListsAndTheTopic() {
        String desa = "33.14.02.2003";
        var body = People.household(desa);
        body.put("desil", "1");
        String id = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(201).extract().path("householdId");
        HouseholdLifecycleApiTest.register(desa); // without a desil
        given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().body("desil", equalTo(1));
        given().header("Authorization", Auth.role("tkpkd")).get("/households?desaCode=" + desa + "&desil=1").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].householdId", equalTo(id))
                .body("items[0].desil", equalTo(1));
        given().header("Authorization", Auth.role("tkpkd")).get("/households?desaCode=" + desa + "&desil=0").then()
                .statusCode(400);
    }

    @Test
    void theHistoryListsEveryChangeAndPersonalReadsAreRecordedForTheAuditor() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        var baby = People.member("CHILD", "F", LocalDate.now().minusMonths(1));
        baby.remove("nik");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(baby)
                .post("/households/" + h.id() + "/members").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", "verifikasi musyawarah desa")
                .get("/households/" + h.id() + "/history").then().statusCode(200)
                .body("size()", equalTo(3)).body("[0].type", equalTo("HouseholdRegistered"))
                .body("[1].type", equalTo("ReferenceCodeIssued"))
                .body("[2].type", equalTo("MemberAdded")).body("[2].actor", equalTo("staf-dinsos"))
                .body("[2].change.member.name", equalTo(baby.get("name")));
        given().header("Authorization", Auth.role("auditor")).get("/households/" + h.id() + "/history").then()
                .statusCode(200).body("[1].change", nullValue()).body("[2].change", nullValue());

        given().header("Authorization", Auth.role("auditor")).get("/audit/personal-data-access?householdId=" + h.id())
                .then().statusCode(200).body("[0].actor", equalTo("staf-dinsos"))
                .body("[0].purpose", equalTo("verifikasi musyawarah desa")).body("[0].action", equalTo("history"));
        given().header("Authorization", Auth.dinsos()).get("/audit/personal-data-access").then().statusCode(403);
    }
}

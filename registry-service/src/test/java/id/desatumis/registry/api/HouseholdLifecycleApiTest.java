package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The household's life through the API, against the real stack: each command, and the rules it keeps. */
@QuarkusTest
class HouseholdLifecycleApiTest {

    record Registered(String id, List<String> members, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        String nik(int i) {
            return (String) ((List<Map<String, Object>>) body.get("members")).get(i).get("nik");
        }
    }

    static Registered register(String desa) {
        var body = People.household(desa);
        Response r = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households");
        r.then().statusCode(201);
        return new Registered(r.jsonPath().getString("householdId"), r.jsonPath().getList("memberIds"), body);
    }

    static Response post(String token, String path, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void aChildDiesAndTheHeadMayNotDieWithoutANewHead() {
        Registered h = register(People.DESA_A);
        post(Auth.operator(People.DESA_A), "/households/" + h.id() + "/deaths",
                Map.of("memberId", h.members().get(2), "dateOfDeath", "2026-10-01"))
                .then().statusCode(200).header("ETag", "\"3\""); // registered, its reference code, the death
        post(Auth.dinsos(), "/households/" + h.id() + "/deaths", Map.of("memberId", h.members().get(0), "dateOfDeath", "2026-10-02"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/head-required")).body("errors[0].rule", equalTo("head-required"));
        post(Auth.dinsos(), "/households/" + h.id() + "/deaths",
                Map.of("memberId", h.members().get(0), "dateOfDeath", LocalDate.now().plusDays(2).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("dateOfDeath"))
                .body("errors[0].rule", equalTo("date-in-future"));
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id()).then()
                .body("memberCount", equalTo(2)).body("members.memberId", not(hasItem(h.members().get(2))));
    }

    @Test
    void aMemberMovesIntoAnotherHouseholdAndTheirNikGoesWithThem() {
        Registered from = register(People.DESA_A);
        Registered to = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + from.id() + "/departures",
                Map.of("memberId", from.members().get(2), "toHouseholdId", to.id(), "date", "2026-09-01"))
                .then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).get("/households/" + to.id()).then()
                .body("memberCount", equalTo(4)).body("members.memberId", hasItem(from.members().get(2)));
        // the person is still registered (now in the other household): their NIK stays taken
        var again = People.household(People.DESA_A);
        @SuppressWarnings("unchecked")
        var child = ((List<Map<String, Object>>) again.get("members")).get(2);
        child.put("nik", from.nik(2));
        post(Auth.dinsos(), "/households", again).then().statusCode(409)
                .body("holdingHouseholdIds", hasItem(to.id()));
    }

    @Test
    void someoneWhoMovedAwayLeavesTheRegistryAndMayBeRegisteredAgain() {
        Registered h = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + h.id() + "/departures", Map.of("memberId", h.members().get(2), "date", "2026-09-01"))
                .then().statusCode(200);
        var elsewhere = People.household(People.DESA_B);
        @SuppressWarnings("unchecked")
        var child = ((List<Map<String, Object>>) elsewhere.get("members")).get(2);
        child.put("nik", h.nik(2));
        post(Auth.dinsos(), "/households", elsewhere).then().statusCode(201);
    }

    @Test
    void theHeadChangesTheHouseholdMovesAndItsCardIsReissued() {
        Registered h = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + h.id() + "/head",
                Map.of("newHeadMemberId", h.members().get(1), "formerHeadRelationship", "HUSBAND")).then().statusCode(200);
        String newKk = People.kk();
        post(Auth.dinsos(), "/households/" + h.id() + "/kk-number", Map.of("kkNumber", newKk, "reason", "kepala keluarga berganti"))
                .then().statusCode(200);
        Registered other = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + h.id() + "/kk-number", Map.of("kkNumber", (String) other.body().get("kkNumber"), "reason", "x"))
                .then().statusCode(409).body("type", equalTo("/problems/kk-already-registered"));
        // an operator cannot move a household into a village it does not act for
        post(Auth.operator(People.DESA_A), "/households/" + h.id() + "/relocations",
                Map.of("desaCode", People.DESA_B, "address", "Keden RT 01")).then().statusCode(403);
        post(Auth.dinsos(), "/households/" + h.id() + "/relocations", Map.of("desaCode", People.DESA_B, "address", "Keden RT 01"))
                .then().statusCode(200).header("ETag", "\"5\"");
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id()).then()
                .body("desaCode", equalTo(People.DESA_B)).body("kkNumber", equalTo(newKk))
                .body("members.find { it.memberId == '" + h.members().get(1) + "' }.relationship", equalTo("HEAD"))
                .body("members.find { it.memberId == '" + h.members().get(0) + "' }.relationship", equalTo("HUSBAND"));
        given().header("Authorization", Auth.operator(People.DESA_A)).get("/households/" + h.id()).then().statusCode(404);
    }

    @Test
    void pecahKkMakesANewHouseholdWithItsOwnHead() {
        Registered h = register(People.DESA_A);
        Response split = post(Auth.dinsos(), "/households/" + h.id() + "/splits", Map.of("kkNumber", People.kk(),
                "desaCode", People.DESA_A, "address", "Dukuh Baru RT 05",
                "members", List.of(Map.of("memberId", h.members().get(2), "relationship", "HEAD"))));
        split.then().statusCode(201).header("ETag", "\"2\""); // registered with its own reference code
        String fresh = split.jsonPath().getString("householdId");
        given().header("Authorization", Auth.dinsos()).get("/households/" + fresh).then()
                .body("memberCount", equalTo(1)).body("members[0].relationship", equalTo("HEAD"))
                .body("members[0].memberId", equalTo(h.members().get(2)));
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id()).then().body("memberCount", equalTo(2));
    }

    @Test
    void aDuplicateIsMergedByDinasSosialOnlyAndThenPointsToTheSurvivor() {
        Registered survivor = register(People.DESA_A);
        Registered duplicate = register(People.DESA_A);
        post(Auth.operator(People.DESA_A), "/households/" + survivor.id() + "/merges",
                Map.of("duplicateId", duplicate.id(), "reason", "didaftarkan dua kali")).then().statusCode(403);
        post(Auth.dinsos(), "/households/" + survivor.id() + "/merges",
                Map.of("duplicateId", duplicate.id(), "reason", "didaftarkan dua kali")).then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).get("/households/" + duplicate.id()).then()
                .body("mergedInto", equalTo(survivor.id())).body("memberCount", equalTo(0));
        given().header("Authorization", Auth.dinsos()).get("/households/" + survivor.id()).then().body("memberCount", equalTo(6));
        post(Auth.dinsos(), "/households/" + duplicate.id() + "/deaths", Map.of("memberId", duplicate.members().get(2),
                "dateOfDeath", "2026-10-01")).then().statusCode(409).body("mergedInto", equalTo(survivor.id()))
                .body("type", equalTo("/problems/household-merged"));
    }

    @Test
    void anOperatorOfAnotherVillageLearnsNothing() {
        Registered h = register(People.DESA_A);
        post(Auth.operator(People.DESA_B), "/households/" + h.id() + "/deaths",
                Map.of("memberId", h.members().get(2), "dateOfDeath", "2026-10-01")).then().statusCode(404);
    }
}

package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Each rule about a household's current state, broken through the API: 409 with that rule's own problem type. */
@QuarkusTest
class StateRulesApiTest {

    private record Case(String rule, String path, Function<HouseholdLifecycleApiTest.Registered, Map<String, Object>> body) {
    }

    @Test
    void eachStateRuleAnswersWithItsOwnProblemType() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        String head = h.members().get(0);
        String wife = h.members().get(1);
        String child = h.members().get(2);
        var secondHead = People.member("HEAD", "M", java.time.LocalDate.of(1960, 1, 1));
        List<Case> cases = List.of(
                new Case("head-exists", "/members", r -> secondHead),
                new Case("member-unknown", "/deaths", r -> Map.of("memberId", UUID.randomUUID().toString(), "dateOfDeath", "2026-01-01")),
                new Case("head-not-needed", "/deaths", r -> Map.of("memberId", child, "dateOfDeath", "2026-01-01", "newHeadMemberId", wife)),
                new Case("head-unchanged", "/head", r -> Map.of("newHeadMemberId", head, "formerHeadRelationship", "OTHER")),
                new Case("address-unchanged", "/relocations", r -> Map.of("desaCode", People.DESA_A, "address", "Dukuh Krajan RT 01 RW 02")),
                new Case("kk-unchanged", "/kk-number", r -> Map.of("kkNumber", r.body().get("kkNumber"), "reason", "x")),
                new Case("split-leaves-nobody", "/splits", r -> Map.of("kkNumber", People.kk(), "desaCode", People.DESA_A, "address", "x",
                        "members", List.of(Map.of("memberId", head, "relationship", "HEAD"), Map.of("memberId", wife, "relationship", "WIFE"),
                                Map.of("memberId", child, "relationship", "CHILD")))),
                new Case("same-household", "/departures", r -> Map.of("memberId", child, "toHouseholdId", r.id(), "date", "2026-01-01")),
                new Case("household-unknown", "/departures", r -> Map.of("memberId", child, "toHouseholdId", UUID.randomUUID().toString(),
                        "date", "2026-01-01")));
        for (Case c : cases) {
            given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(c.body().apply(h))
                    .post("/households/" + h.id() + c.path()).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/" + c.rule())).body("errors[0].rule", equalTo(c.rule()));
            given().get("/problems/" + c.rule()).then().statusCode(200).body("status", equalTo(409));
        }
        // nothing of it changed the household
        given().header("Authorization", Auth.dinsos()).get("/households/" + h.id()).then().header("ETag", "\"2\"");
    }
}

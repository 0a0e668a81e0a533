package id.desatumis.assistance.needs;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads a household's needs over REST, as Dinas Sosial, waiting for the consumers where a test must. */
final class Needs {

    private Needs() {
    }

    static JsonPath of(UUID householdId) {
        return given().header("Authorization", Auth.dinsos()).get("/households/" + householdId + "/needs")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The household's needs once they satisfy the condition (the consumers apply events a batch at a time). */
    static JsonPath once(UUID householdId, Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().header("Authorization", Auth.dinsos()).get("/households/" + householdId + "/needs");
            if (response.statusCode() != 200) return false;
            last[0] = response.jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    /** The status of one need, by its kind and member (null for a household need). */
    static String status(JsonPath household, UUID householdId, NeedKind kind, UUID member) {
        String id = NeedId.of(householdId, kind, member).toString();
        List<Map<String, Object>> needs = household.getList("needs");
        return needs.stream().filter(n -> id.equals(n.get("needId"))).map(n -> (String) n.get("status")).findFirst()
                .orElse(null);
    }

    static Map<String, Object> need(JsonPath household, UUID needId) {
        List<Map<String, Object>> needs = household.getList("needs");
        return needs.stream().filter(n -> needId.toString().equals(n.get("needId"))).findFirst().orElseThrow();
    }
}

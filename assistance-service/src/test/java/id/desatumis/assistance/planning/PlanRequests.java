package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Plans as clients send them, and the calls of the intervention endpoints, for the planning tests. */
final class PlanRequests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final int YEAR = TODAY.getYear();
    /** Due within this year, so that a budget line's default fiscal year is this one. */
    static final LocalDate DUE = LocalDate.of(YEAR, 12, 31);

    private PlanRequests() {
    }

    static Map<String, Object> pledge(UUID pledgeId) {
        return Map.of("type", "PLEDGE", "pledgeId", pledgeId.toString());
    }

    static Map<String, Object> budget(String fund, String code) {
        return Map.of("type", fund, "code", code, "fiscalYear", YEAR);
    }

    /** A plan of the need from the source, one house of 20 million rupiah, due by the year's end. */
    static Map<String, Object> plan(UUID needId, Map<String, Object> source, String decision) {
        Map<String, Object> b = new HashMap<>();
        b.put("needId", needId.toString());
        b.put("source", source);
        b.put("amount", Map.of("rupiah", 20_000_000L, "units", 1));
        b.put("dueDate", DUE.toString());
        b.put("decisionNumber", decision);
        return b;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> b = new HashMap<>(body);
        if (value == null) b.remove(field);
        else b.put(field, value);
        return b;
    }

    static ValidatableResponse post(String token, String path, Object body) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        if (body != null) r = r.body(body);
        if (token != null) r = r.header("Authorization", token);
        return r.post(path).then();
    }

    static ValidatableResponse get(String token, String path) {
        RequestSpecification r = given();
        if (token != null) r = r.header("Authorization", token);
        return r.get(path).then();
    }

    /** Plans; the new intervention's id. */
    static String planned(String token, Map<String, Object> body) {
        return post(token, "/interventions", body).statusCode(201).extract().path("interventionId");
    }

    /**
     * Waits until everything the plan names has reached assistance-service from partner-service (its actor, decision,
     * pledge or line): a copy of the plan due yesterday is then refused for its date alone, which is checked last.
     * Nothing is written meanwhile: every refusal leaves the need as it was.
     */
    static void awaitReady(Map<String, Object> body) {
        Map<String, Object> probe = with(body, "dueDate", TODAY.minusDays(1).toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = post(Auth.dinsos(), "/interventions", probe).extract();
            List<String> rules = r.jsonPath().getList("errors.rule");
            return r.statusCode() == 400 && rules != null && rules.contains("due-date-past");
        });
    }
}

package id.desatumis.monitoring.partners;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Who may read the scorecards, the collaboration indicators and a desa's needs and forums, and every parameter checked:
 * a 4xx problem naming the field and the rule, never a 5xx. (What is refused here is refused before anything is read.)
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ReadEndpointRulesTest {

    static final String DESA = "33.14.12.2004";

    static RequestSpecification as(String role) {
        return as(role, null, null, null);
    }

    static RequestSpecification as(String role, List<String> desa, String opd, String partnerId) {
        return given().header("Authorization", "Bearer " + DevStack.shared().tokens().mint("u-" + role, role, desa, opd,
                partnerId));
    }

    @Test
    void theRolesThatMayNotReadAreRefused() {
        for (String path : List.of("/indicators/collaboration", "/scorecards", "/scorecards/" + UUID.randomUUID(),
                "/scorecards/mine", "/desa/" + DESA + "/needs", "/desa/" + DESA + "/forums")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        for (String role : List.of("village-operator", "opd", "partner")) {
            as(role, List.of(DESA), "DINKES", UUID.randomUUID().toString()).get("/indicators/collaboration").then()
                    .statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
            as(role, List.of(DESA), "DINKES", UUID.randomUUID().toString()).accept("text/csv").get("/scorecards").then()
                    .statusCode(403).contentType("application/problem+json");
        }
        for (String role : List.of("dinsos", "tkpkd", "auditor", "village-operator")) {
            as(role, List.of(DESA), null, null).get("/scorecards/mine").then().statusCode(403);
        }
        as("village-operator").get("/scorecards/" + UUID.randomUUID()).then().statusCode(403);
        for (String role : List.of("opd", "partner")) {
            as(role, null, "DINKES", UUID.randomUUID().toString()).get("/desa/" + DESA + "/needs").then().statusCode(403);
            as(role, null, "DINKES", UUID.randomUUID().toString()).accept("text/csv").get("/desa/" + DESA + "/forums")
                    .then().statusCode(403);
        }
    }

    @Test
    void anOperatorOfAnotherDesaIsRefusedItsPages() {
        RequestSpecification other = as("village-operator", List.of("33.14.12.2005"), null, null);
        other.get("/desa/" + DESA + "/needs").then().statusCode(403)
                .body("type", equalTo("/problems/outside-village-scope"));
        as("village-operator", List.of("33.14.12.2005"), null, null).accept("text/csv").get("/desa/" + DESA + "/forums")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCodeThatIsNoDesaOfSragenIsNotFound() {
        for (String code : List.of("33.14.99.9999", "33.14.12", "x", "33.15.01.2001")) {
            as("dinsos").get("/desa/" + code + "/needs").then().statusCode(404).contentType("application/problem+json");
            as("dinsos").get("/desa/" + code + "/forums").then().statusCode(404);
        }
    }

    @Test
    void everyParameterOfTheIndicatorsIsChecked() {
        rule("/indicators/collaboration?area=99.99", "area", "area-unknown");
        rule("/indicators/collaboration?area=33.14.12.9999", "area", "area-unknown");
        rule("/indicators/collaboration?cohort=dua", "cohort", "cohort-out-of-range");
        rule("/indicators/collaboration?cohort=1999", "cohort", "cohort-out-of-range");
        rule("/indicators/collaboration?from=2026-13-01", "from", "date-format");
        rule("/indicators/collaboration?to=kemarin", "to", "date-format");
        rule("/indicators/collaboration?from=2026-05-01&to=2026-04-30", "to", "period-reversed");
        rule("/indicators/collaboration?interval=WEEK", "interval", "interval-unknown");
        as("tkpkd").get("/indicators/collaboration?area=x&cohort=y&interval=z").then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("area", "cohort", "interval"));
        as("tkpkd").accept("text/csv").get("/indicators/collaboration?interval=z").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void everyParameterOfTheScorecardsAndForumsIsChecked() {
        rule("/scorecards?type=KOPERASI", "type", "partner-type-unknown");
        rule("/scorecards?page=-1", "page", "page-out-of-range");
        rule("/scorecards?page=satu", "page", "page-out-of-range");
        rule("/scorecards?size=0", "size", "size-out-of-range");
        rule("/scorecards?size=501", "size", "size-out-of-range");
        rule("/scorecards/bukan-uuid", "partnerId", "uuid-format");
        rule("/desa/" + DESA + "/forums?size=1000", "size", "size-out-of-range");
        rule("/desa/" + DESA + "/forums?page=x", "page", "page-out-of-range");
        as("dinsos").accept("text/csv").get("/scorecards/bukan-uuid").then().statusCode(400)
                .body("errors.rule", hasItem("uuid-format"));
    }

    private static void rule(String path, String field, String rule) {
        as("dinsos").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.rule", hasItem(rule));
    }
}

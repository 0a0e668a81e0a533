package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Who may call the read APIs, and what they refuse as the client's mistake: every refused role (an operator of
 * another desa included) is refused with a problem, every malformed parameter is a 4xx problem naming the parameter
 * and its rule (never the value sent), in JSON and when CSV was asked for.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ReadApiRulesTest {

    static final String DESA = "33.14.16.2003";
    static final String KECAMATAN = "33.14.16";
    static final String OTHER_DESA = "33.14.17.2003";

    static String token(String role, List<String> desa) {
        return "Bearer " + DevStack.shared().tokens().mint("u-" + role, role, desa, "DINKES", UUID.randomUUID().toString());
    }

    static String token(String role) {
        return token(role, null);
    }

    static String operator(String desa) {
        return token("village-operator", List.of(desa));
    }

    private static ValidatableResponse get(String authorization, String path) {
        var request = given();
        if (authorization != null) request = request.header("Authorization", authorization);
        return request.get(path).then();
    }

    private static void refused(String authorization, String path, int status, String type) {
        get(authorization, path).statusCode(status).contentType("application/problem+json").body("type", equalTo(type));
    }

    @Test
    void everyReadRefusesAnonymousCallsAndTheRolesItDoesNotServe() {
        String timeline = "/households/" + UUID.randomUUID() + "/timeline";
        for (String path : List.of("/areas/" + DESA + "/funnel", "/areas/33.14/desa", "/desa/" + DESA + "/tuntas",
                "/cohorts", "/cohorts/2022", timeline)) {
            refused(null, path, 401, "/problems/unauthorized");
            refused(token("opd"), path, 403, "/problems/forbidden");
            refused(token("partner"), path, 403, "/problems/forbidden");
        }
        for (String path : List.of("/areas/" + DESA + "/desa", "/cohorts", "/cohorts/2022", timeline)) {
            refused(operator(DESA), path, 403, "/problems/forbidden");
        }
        refused(token("tkpkd"), timeline, 403, "/problems/forbidden");
    }

    @Test
    void aVillageOperatorReadsItsOwnDesaOnly() {
        for (String path : List.of("/areas/" + DESA + "/funnel", "/desa/" + DESA + "/tuntas")) {
            refused(operator(OTHER_DESA), path, 403, "/problems/outside-village-scope");
            get(operator(OTHER_DESA), path).body(not(containsString(DESA)));
        }
        // a kecamatan or the regency holds other desa than its own
        refused(operator(DESA), "/areas/" + KECAMATAN + "/funnel", 403, "/problems/outside-village-scope");
        refused(operator(DESA), "/areas/33.14/funnel", 403, "/problems/outside-village-scope");
        refused(operator(OTHER_DESA), "/villages/" + DESA + "/summary", 403, "/problems/outside-village-scope");
    }

    @Test
    void malformedAreaCodesAre400AndUnknownOnes404() {
        String dinsos = token("dinsos");
        for (String code : List.of("33.14.7", "abc", "33.14.16.20031", "3314")) {
            fieldRule(get(dinsos, "/areas/" + code + "/funnel"), "code", "area-code");
            fieldRule(get(dinsos, "/areas/" + code + "/desa"), "code", "area-code");
        }
        for (String code : List.of("33.14.16", "33.14", "abc")) {
            fieldRule(get(dinsos, "/desa/" + code + "/tuntas"), "code", "desa-code");
        }
        refused(dinsos, "/areas/33.14.99/funnel", 404, "/problems/not-found");
        refused(dinsos, "/areas/33.15/desa", 404, "/problems/not-found");
        refused(dinsos, "/desa/33.14.99.9999/tuntas", 404, "/problems/not-found");
        refused(dinsos, "/villages/33.14.99.9999/summary", 404, "/problems/not-found");
    }

    @Test
    void badQueryParametersAreNamedWithTheirRule() {
        String dinsos = token("dinsos");
        fieldRule(get(dinsos, "/areas/33.14/funnel?asOf=yesterday"), "asOf", "as-of");
        fieldRule(get(dinsos, "/areas/33.14/funnel?asOf=2023-01-01"), "asOf", "as-of");
        fieldRule(get(dinsos, "/areas/33.14/funnel?cohort=22"), "cohort", "cohort-out-of-range");
        fieldRule(get(dinsos, "/areas/33.14/desa?tuntas=DONE"), "tuntas", "tuntas-status");
        fieldRule(get(dinsos, "/areas/33.14/desa?page=-1"), "page", "page-out-of-range");
        fieldRule(get(dinsos, "/areas/33.14/desa?page=x"), "page", "page-out-of-range");
        fieldRule(get(dinsos, "/areas/33.14/desa?page=100001"), "page", "page-out-of-range");
        fieldRule(get(dinsos, "/areas/33.14/desa?size=0"), "size", "size-out-of-range");
        fieldRule(get(dinsos, "/areas/33.14/desa?size=501"), "size", "size-out-of-range");
        fieldRule(get(dinsos, "/cohorts/abc"), "year", "cohort-out-of-range");
        fieldRule(get(dinsos, "/cohorts/1999"), "year", "cohort-out-of-range");
        fieldRule(get(dinsos, "/households/not-a-uuid/timeline"), "id", "household-id");
        fieldRule(get(dinsos, "/households/" + UUID.randomUUID() + "/timeline?size=1000"), "size", "size-out-of-range");
        // several at once: one problem naming each
        get(dinsos, "/areas/33.14/desa?page=-7777&size=0&tuntas=NOTASTATUS&cohort=1").statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItems("page", "size", "tuntas", "cohort"))
                .body(not(containsString("7777"))).body(not(containsString("NOTASTATUS")));
    }

    @Test
    void aCsvRequestIsRefusedWithTheSameProblem() {
        given().header("Authorization", token("dinsos")).accept("text/csv").get("/areas/33.14/funnel?asOf=x")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].rule", equalTo("as-of"));
        given().header("Authorization", operator(OTHER_DESA)).accept("text/csv").get("/desa/" + DESA + "/tuntas")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", token("partner")).accept("text/csv").get("/cohorts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void fieldRule(ValidatableResponse response, String field, String rule) {
        response.statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/" + rule))
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }
}

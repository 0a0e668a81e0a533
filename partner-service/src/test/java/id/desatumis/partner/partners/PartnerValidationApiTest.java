package id.desatumis.partner.partners;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static id.desatumis.partner.partners.Partners.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Every field rule of the partner commands, broken alone and together: a 400 naming field and rule, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PartnerValidationApiTest {

    private static Arguments rule(String rule, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(rule, field, breakIt);
    }

    static Stream<Arguments> registrationRules() {
        return Stream.of(
                rule("required", "type", b -> b.remove("type")),
                rule("partner-type-unknown", "type", b -> b.put("type", "FOUNDATION")),
                rule("partner-type-unknown", "type", b -> b.put("type", "opd")),
                rule("required", "name", b -> b.put("name", "   ")),
                rule("max-length", "name", b -> b.put("name", "x".repeat(201))),
                // NUL is stored neither in text nor in jsonb: it failed in the database (500) before it was a rule
                rule("text-control-character", "name", b -> b.put("name", "a\u0000b")),
                rule("text-control-character", "contactRole", b -> b.put("contactRole", "Kepala\u001bBidang")),
                rule("required", "contactRole", b -> b.remove("contactRole")),
                rule("max-length", "contactRole", b -> b.put("contactRole", "x".repeat(201))),
                rule("opd-code-format", "opdCode", b -> b.put("opdCode", "D")),
                rule("opd-code-format", "opdCode", b -> b.put("opdCode", "DPU PR")),
                rule("max-length", "opdCode", b -> b.put("opdCode", "D".repeat(31))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("registrationRules")
    void aRegistrationBreakingOneRuleIsRefusedNamingFieldAndRule(String rule, String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = Partners.opd(Partners.opdCode());
        breakIt.accept(body);
        Partners.refusedForOneFieldRule(post(Auth.dinsos(), "/partners", body), field, rule);
    }

    @Test
    void everyBrokenFieldIsNamedAtOnceAndNoValueIsEchoed() {
        post(Auth.dinsos(), "/partners", Map.of("type", "YAYASAN-RAHASIA", "name", "", "opdCode", "x y")).statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "name", "opdCode", "contactRole"))
                .body(not(containsString("YAYASAN-RAHASIA")));
        post(Auth.dinsos(), "/partners", "").statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "name", "contactRole"));
    }

    @Test
    void malformedJsonAndWrongTypesAre400sNot500s() {
        post(Auth.dinsos(), "/partners", "{\"type\": \"CSR\", ").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        post(Auth.dinsos(), "/partners", "[1, 2]").statusCode(400).body("type", equalTo("/problems/malformed-request"));
        post(Auth.dinsos(), "/partners", Map.of("type", "CSR", "name", List.of("a"), "contactRole", "r")).statusCode(400)
                .body("type", equalTo("/problems/malformed-request")).body("errors[0].field", equalTo("name"));
        post(Auth.dinsos(), "/partners/" + UUID.randomUUID() + "/suspension", Map.of("reason", Map.of("a", 1)))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.TEXT).body("CSR").post("/partners")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void unknownFieldsAreIgnoredAsEverywhereOnThePlatform() {
        Map<String, Object> body = Partners.csr();
        body.put("nickname", "BJ");
        post(Auth.dinsos(), "/partners", body).statusCode(201);
    }

    @Test
    void aReasonIsRequiredAndBounded() {
        String id = Partners.register(Auth.dinsos(), Partners.csr());
        for (String action : List.of("/suspension", "/reinstatement")) {
            post(Auth.dinsos(), "/partners/" + id + action, Map.of()).statusCode(400)
                    .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("required"));
            post(Auth.dinsos(), "/partners/" + id + action, Map.of("reason", " ")).statusCode(400)
                    .body("errors[0].rule", equalTo("required"));
            post(Auth.dinsos(), "/partners/" + id + action, Map.of("reason", "x".repeat(1001))).statusCode(400)
                    .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("max-length"));
            post(Auth.dinsos(), "/partners/" + id + action, "").statusCode(400).body("errors[0].rule", equalTo("required"));
        }
    }

    @Test
    void everyStateRuleIsServedAsAProblemPage() {
        for (String rule : List.of("opd-code-required", "opd-code-refused")) {
            given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(400));
        }
        for (String rule : List.of("opd-code-taken", "partner-exists", "partner-already-suspended", "partner-not-suspended")) {
            given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(409));
        }
    }
}

package id.desatumis.assistance.budget;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.desatumis.assistance.budget.BudgetRequests.YEAR;
import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.post;
import static id.desatumis.assistance.budget.BudgetRequests.refusedFor;
import static id.desatumis.assistance.budget.BudgetRequests.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Every field of a budget line is checked, each broken one named with its rule; nothing a client sends is a 500. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLineValidationApiTest {

    @Test
    void eachFieldRuleIsNamed() {
        Map<String, Object> line = apbd(opdCode(), 1_000_000L);
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "code", "1.06 02")), "code", "budget-code-format");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "code", "1." + "2".repeat(11))), "code", "budget-code-format");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "fiscalYear", 2019)), "fiscalYear", "fiscal-year-range");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "fiscalYear", YEAR + 2)), "fiscalYear", "fiscal-year-range");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "fiscalYear", 2026.5)), "fiscalYear", "fiscal-year-range");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ceilingRupiah", 1000.5)), "ceilingRupiah", "rupiah-whole");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ceilingRupiah", 0)), "ceilingRupiah", "budget-ceiling-positive");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ceilingRupiah", -5)), "ceilingRupiah", "budget-ceiling-positive");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ceilingRupiah", 1e18)), "ceilingRupiah", "amount-too-large");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ceilingRupiah", null)), "ceilingRupiah", "required");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "fund", "APBN-P")), "fund", "fund-unknown");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "fund", null)), "fund", "required");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ownerOpdCode", null)), "ownerOpdCode", "required");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "ownerOpdCode", "a b")), "ownerOpdCode", "budget-owner-format");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "desaCode", "33.14.07.2003")), "desaCode", "budget-owner-mismatch");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "name", "x".repeat(201))), "name", "max-length");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(line, "name", "a\u0000b")), "name", "text-control-character");
        Map<String, Object> village = BudgetRequests.apbdes("33.14.99.9999", BudgetRequests.code(), 5L);
        refusedFor(post(Auth.dinsos(), "/budget-lines", village), "desaCode", "desa-unknown");
        refusedFor(post(Auth.dinsos(), "/budget-lines", with(village, "desaCode", null)), "desaCode", "required");
    }

    @Test
    void severalBrokenFieldsAreNamedTogether() {
        post(Auth.dinsos(), "/budget-lines", Map.of("fund", "APBD", "ceilingRupiah", 1.5, "fiscalYear", 1999))
                .statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("fiscalYear", "ceilingRupiah", "code", "ownerOpdCode", "name"));
    }

    @Test
    void aRevisionNamesItsBrokenFields() {
        String id = open(Auth.dinsos(), apbd(opdCode(), 5_000_000L));
        post(Auth.dinsos(), "/budget-lines/" + id + "/ceiling-revisions", Map.of("ceilingRupiah", 1.25))
                .statusCode(400).body("errors.field", equalTo(List.of("ceilingRupiah", "reason")))
                .body("errors.rule", equalTo(List.of("rupiah-whole", "required")));
    }

    @Test
    void queryParametersAreCheckedToo() {
        for (String q : List.of("fiscalYear=abc", "fiscalYear=2026.5", "fund=XYZ", "desaCode=33.14.99", "page=-1",
                "size=201", "size=0", "ownerOpdCode=a%00b")) {
            given().header("Authorization", Auth.dinsos()).urlEncodingEnabled(false).get("/budget-lines?" + q).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().header("Authorization", Auth.dinsos()).get("/budget-lines/x/commitments?size=999").then().statusCode(404);
    }

    @Test
    void whateverAClientSendsIsAnsweredWithoutAServerError() {
        String id = open(Auth.dinsos(), apbd(opdCode(), 5_000_000L));
        for (String path : List.of("/budget-lines", "/budget-lines/imports", "/budget-lines/" + id + "/ceiling-revisions")) {
            for (String body : List.of("", "null", "[]", "1", "\"s\"", "{", "{}", "true", "{\"items\":{}}", "{\"items\":[1]}",
                    "{\"items\":[[]]}", "{\"fiscalYear\":\"x\"}", "{\"ceilingRupiah\":\"x\"}", "{\"ceilingRupiah\":1e400}",
                    "{\"ceilingRupiah\":9223372036854775808}", "{\"fiscalYear\":1e400}", "{\"code\":[1]}",
                    "{\"unknownField\":1}")) {
                int status = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body)
                        .post(path).then().extract().statusCode();
                assertThat(status).as(path + " " + body).isBetween(400, 499);
            }
        }
        for (String path : List.of("/budget-lines/x", "/budget-lines/1-1-1-1-1",
                "/budget-lines/00000000-0000-0000-0000-000000000000")) {
            given().header("Authorization", Auth.dinsos()).urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
        // a control character in the path is refused before any resource reads it (the kit's RequestTargetGuard)
        given().header("Authorization", Auth.dinsos()).urlEncodingEnabled(false).get("/budget-lines/%00/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].rule", equalTo("text-control-character"));
    }
}

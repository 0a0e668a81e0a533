package id.desatumis.assistance.budget;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.budget.BudgetRequests.DESA;
import static id.desatumis.assistance.budget.BudgetRequests.OTHER_DESA;
import static id.desatumis.assistance.budget.BudgetRequests.YEAR;
import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.apbdes;
import static id.desatumis.assistance.budget.BudgetRequests.code;
import static id.desatumis.assistance.budget.BudgetRequests.get;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Dinas Sosial opens a line, reads it back with its realisation, lists lines, revises a ceiling; duplicates refused. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLineApiTest {

    @Test
    void aLineIsOpenedAndReadBackWithItsRealisation() {
        String opd = opdCode();
        Map<String, Object> body = apbd(opd, 1_500_000_000L);
        var created = post(Auth.dinsos(), "/budget-lines", body).statusCode(201)
                .header("ETag", "\"1\"")
                .body("fund", equalTo("APBD")).body("ownerOpdCode", equalTo(opd)).body("desaCode", nullValue())
                .body("ceilingRupiah", equalTo(1_500_000_000)).body("availableRupiah", equalTo(1_500_000_000))
                .extract();
        String id = created.path("lineId");
        assertThat(created.header("Location")).endsWith("/budget-lines/" + id);
        get(Auth.dinsos(), "/budget-lines/" + id).statusCode(200)
                .body("code", equalTo(body.get("code"))).body("fiscalYear", equalTo(YEAR))
                .body("committedRupiah", equalTo(0)).body("realisedRupiah", equalTo(0))
                .body("realisationPercent", equalTo(0.0f)).body("version", equalTo(1)).body("openedAt", notNullValue());
        get(Auth.dinsos(), "/budget-lines/" + id + "/commitments").statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void theSameCodeAndYearOfTheSameFundIsRefusedNamingTheExistingLine() {
        Map<String, Object> body = apbd(opdCode(), 10_000_000L);
        String first = open(Auth.dinsos(), body);
        post(Auth.dinsos(), "/budget-lines", BudgetRequests.with(body, "name", "another name")).statusCode(409)
                .body("type", equalTo("/problems/budget-line-duplicate"))
                .body("errors[0].field", equalTo("code"))
                .body("budgetLineId", equalTo(first));
        // another fund's budget may use the same code
        open(Auth.dinsos(), BudgetRequests.with(body, "fund", "APBN"));
    }

    @Test
    void everyDesaHasItsOwnApbdesLineOfTheSameCode() {
        String code = code();
        String mine = open(Auth.dinsos(), apbdes(DESA, code, 50_000_000L));
        String theirs = open(Auth.dinsos(), apbdes(OTHER_DESA, code, 70_000_000L));
        post(Auth.dinsos(), "/budget-lines", apbdes(DESA, code, 1L)).statusCode(409).body("budgetLineId", equalTo(mine));
        get(Auth.dinsos(), "/budget-lines?fund=APBDES&desaCode=" + OTHER_DESA + "&size=200").statusCode(200)
                .body("items.lineId", hasItem(theirs));
    }

    @Test
    void linesAreListedByYearFundAndOwnerInPages() {
        String opd = opdCode();
        for (int i = 0; i < 3; i++) open(Auth.dinsos(), apbd(opd, 1_000_000L + i));
        open(Auth.dinsos(), BudgetRequests.with(apbd(opd, 5L), "fund", "APBN"));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd + "&fund=APBD&fiscalYear=" + YEAR + "&size=2").statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(2));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd + "&fund=APBD&size=2&page=1").statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(1));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).statusCode(200).body("total", equalTo(4));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd + "&fiscalYear=" + (YEAR - 1)).statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aCeilingIsRevisedWithIfMatchAndNeverBelowWhatIsUsed() {
        String id = open(Auth.dinsos(), apbd(opdCode(), 100_000_000L));
        revise(id, "\"7\"", 120_000_000L).statusCode(412).body("currentVersion", equalTo(1));
        revise(id, "\"1\"", 120_000_000L).statusCode(200).header("ETag", "\"2\"")
                .body("ceilingRupiah", equalTo(120_000_000)).body("availableRupiah", equalTo(120_000_000));
        revise(id, null, 0L).statusCode(400).body("errors[0].rule", equalTo("budget-ceiling-positive"));
        revise(UUID.randomUUID().toString(), null, 5L).statusCode(404);
        get(Auth.dinsos(), "/budget-lines/" + id).statusCode(200).body("ceilingRupiah", equalTo(120_000_000))
                .body("version", equalTo(2));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> body = apbd(opdCode(), 9_000_000L);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/budget-lines").then().statusCode(201).extract().path("lineId");
        given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/budget-lines").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("lineId", equalTo(first));
        given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(BudgetRequests.with(body, "ceilingRupiah", 1)).post("/budget-lines").then().statusCode(422);
    }

    static ValidatableResponse revise(String id, String ifMatch, long ceiling) {
        var r = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("ceilingRupiah", ceiling, "reason", "APBD-P " + YEAR));
        if (ifMatch != null) r = r.header("If-Match", ifMatch);
        return r.post("/budget-lines/" + id + "/ceiling-revisions").then();
    }
}

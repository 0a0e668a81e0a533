package id.desatumis.assistance.budget;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.budget.BudgetRequests.DESA;
import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.apbdes;
import static id.desatumis.assistance.budget.BudgetRequests.code;
import static id.desatumis.assistance.budget.BudgetRequests.get;
import static id.desatumis.assistance.budget.BudgetRequests.imported;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.post;
import static id.desatumis.assistance.budget.BudgetRequests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * A year's lines imported at once: all or none, every line answered by its index; the same import again changes
 * nothing; a broken or conflicting line refuses the whole import, naming each by index.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLineImportApiTest {

    @Test
    void fiveHundredLinesAreOpenedAtOnceEachAnsweredByItsIndex() {
        String opd = opdCode();
        List<Map<String, Object>> items = lines(opd, 500);
        post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(200)
                .header("ETag", nullValue())
                .body("received", equalTo(500)).body("opened", equalTo(500)).body("unchanged", equalTo(0))
                .body("results[0].index", equalTo(0)).body("results[499].index", equalTo(499))
                .body("results.outcome", everyItem(equalTo("OPENED"))).body("results.status", everyItem(equalTo(201)));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).statusCode(200).body("total", equalTo(500));
    }

    @Test
    void theSameImportAgainChangesNothingAndAGrownOneOpensOnlyWhatIsNew() {
        String opd = opdCode();
        List<Map<String, Object>> items = lines(opd, 3);
        List<String> ids = post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(200)
                .extract().path("results.lineId");
        items.add(apbd(opd, 7_000_000L));
        post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(200)
                .body("opened", equalTo(1)).body("unchanged", equalTo(3))
                .body("results.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "OPENED")))
                .body("results.lineId", hasItems(ids.toArray(String[]::new)));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).statusCode(200).body("total", equalTo(4));
    }

    @Test
    void oneBrokenLineRefusesTheImportNamingEveryBrokenLineByIndex() {
        String opd = opdCode();
        List<Map<String, Object>> items = lines(opd, 10);
        items.set(3, with(items.get(3), "ceilingRupiah", 1000.5));
        items.set(7, with(items.get(7), "code", "not a code"));
        post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(400)
                .body("errors.field", equalTo(List.of("items[3].ceilingRupiah", "items[7].code")))
                .body("errors.rule", equalTo(List.of("rupiah-whole", "budget-code-format")));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aLineNamedTwiceInOneImportIsRefused() {
        String opd = opdCode();
        List<Map<String, Object>> items = lines(opd, 3);
        items.add(with(items.get(1), "name", "the same line again"));
        post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(400)
                .body("type", equalTo("/problems/budget-line-repeated"))
                .body("errors[0].field", equalTo("items[3].code"));
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aLineOpenedAlreadyWithOtherTermsRefusesTheImportNamingTheExistingLine() {
        String code = code();
        String existing = open(Auth.dinsos(), apbdes(DESA, code, 10_000_000L));
        List<Map<String, Object>> items = lines(opdCode(), 2);
        items.add(apbdes(DESA, code, 12_000_000L));
        post(Auth.dinsos(), "/budget-lines/imports", imported(items)).statusCode(409)
                .body("type", equalTo("/problems/budget-line-duplicate"))
                .body("errors[0].field", equalTo("items[2].code"))
                .body("budgetLineId", equalTo(existing));
    }

    @Test
    void anImportIsAtMostFiveHundredLinesAndNotEmpty() {
        post(Auth.dinsos(), "/budget-lines/imports", imported(lines(opdCode(), 501))).statusCode(400)
                .body("errors[0].field", equalTo("items")).body("errors[0].rule", equalTo("max-size"));
        post(Auth.dinsos(), "/budget-lines/imports", imported(List.of())).statusCode(400)
                .body("errors[0].rule", equalTo("required"));
        post(Auth.dinsos(), "/budget-lines/imports", "{\"items\":[null]}").statusCode(400)
                .body("errors[0].field", equalTo("items[0]"));
    }

    @Test
    void anImportWithItsIdempotencyKeyIsAnsweredOnceAndReplayed() {
        Map<String, Object> body = imported(lines(opdCode(), 2));
        String key = UUID.randomUUID().toString();
        List<String> first = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/budget-lines/imports").then().statusCode(200)
                .body("opened", equalTo(2)).extract().path("results.lineId");
        given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/budget-lines/imports").then().statusCode(200).header("Idempotent-Replayed", "true")
                .header("ETag", nullValue())
                .body("opened", equalTo(2)).body("results.lineId", equalTo(first));
    }

    static List<Map<String, Object>> lines(String opd, int n) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(apbd(opd, 1_000_000L * (i + 1)));
        return items;
    }
}

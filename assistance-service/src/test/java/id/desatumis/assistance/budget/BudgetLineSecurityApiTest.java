package id.desatumis.assistance.budget;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.budget.BudgetRequests.DESA;
import static id.desatumis.assistance.budget.BudgetRequests.OTHER_DESA;
import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.apbdes;
import static id.desatumis.assistance.budget.BudgetRequests.code;
import static id.desatumis.assistance.budget.BudgetRequests.get;
import static id.desatumis.assistance.budget.BudgetRequests.imported;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * Only Dinas Sosial keeps budget lines. Dinas Sosial, TKPKD and auditors read every line; an office the lines it owns;
 * a village operator its desa's APBDES lines; anything else is absent (404), and a partner reads none (403).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLineSecurityApiTest {

    @Test
    void onlyDinasSosialOpensImportsAndRevises() {
        String opd = opdCode();
        String id = open(Auth.dinsos(), apbd(opd, 5_000_000L));
        Map<String, Object> revision = Map.of("ceilingRupiah", 6_000_000L, "reason", "APBD-P");
        List<String> others = List.of(Auth.tkpkd(), Auth.auditor(), Auth.opd(opd), Auth.operator(DESA),
                Auth.partner(UUID.randomUUID()));
        for (String token : others) {
            post(token, "/budget-lines", apbd(opd, 1L)).statusCode(403);
            post(token, "/budget-lines/imports", imported(List.of(apbd(opd, 1L)))).statusCode(403);
            post(token, "/budget-lines/" + id + "/ceiling-revisions", revision).statusCode(403);
        }
        post(null, "/budget-lines", apbd(opd, 1L)).statusCode(401);
        post(null, "/budget-lines/imports", imported(List.of(apbd(opd, 1L)))).statusCode(401);
        post(null, "/budget-lines/" + id + "/ceiling-revisions", revision).statusCode(401);
        post("Bearer not.a.token", "/budget-lines", apbd(opd, 1L)).statusCode(401);
        get(Auth.dinsos(), "/budget-lines?ownerOpdCode=" + opd).body("total", equalTo(1));
    }

    @Test
    void programmeRolesReadEveryLineAndAPartnerNone() {
        String id = open(Auth.dinsos(), apbd(opdCode(), 5_000_000L));
        for (String token : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor())) {
            get(token, "/budget-lines/" + id).statusCode(200);
            get(token, "/budget-lines/" + id + "/commitments").statusCode(200);
            get(token, "/budget-lines").statusCode(200);
        }
        String partner = Auth.partner(UUID.randomUUID());
        get(partner, "/budget-lines/" + id).statusCode(403);
        get(partner, "/budget-lines").statusCode(403);
        get(partner, "/budget-lines/" + id + "/commitments").statusCode(403);
        get(null, "/budget-lines/" + id).statusCode(401);
        get(null, "/budget-lines").statusCode(401);
        get(null, "/budget-lines/" + id + "/commitments").statusCode(401);
    }

    @Test
    void anOfficeReadsTheLinesItOwnsAndNoOther() {
        String mine = opdCode();
        String ours = open(Auth.dinsos(), apbd(mine, 5_000_000L));
        String theirs = open(Auth.dinsos(), apbd(opdCode(), 5_000_000L));
        String village = open(Auth.dinsos(), apbdes(DESA, code(), 5_000_000L));
        get(Auth.opd(mine), "/budget-lines/" + ours).statusCode(200);
        get(Auth.opd(mine), "/budget-lines/" + ours + "/commitments").statusCode(200);
        for (String other : List.of(theirs, village)) {
            get(Auth.opd(mine), "/budget-lines/" + other).statusCode(404);
            get(Auth.opd(mine), "/budget-lines/" + other + "/commitments").statusCode(404);
        }
        get(Auth.opd(mine), "/budget-lines?size=200").statusCode(200).body("total", equalTo(1))
                .body("items.lineId", equalTo(List.of(ours)));
        // asking for another office's lines finds none, rather than telling them
        get(Auth.opd(mine), "/budget-lines?ownerOpdCode=OTHER-OFFICE").statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aVillageOperatorReadsItsDesasApbdesLinesOnly() {
        String code = code();
        String mine = open(Auth.dinsos(), apbdes(DESA, code, 5_000_000L));
        String theirs = open(Auth.dinsos(), apbdes(OTHER_DESA, code, 5_000_000L));
        String regency = open(Auth.dinsos(), apbd(opdCode(), 5_000_000L));
        String operator = Auth.operator(DESA);
        get(operator, "/budget-lines/" + mine).statusCode(200);
        get(operator, "/budget-lines/" + mine + "/commitments").statusCode(200);
        for (String other : List.of(theirs, regency)) {
            get(operator, "/budget-lines/" + other).statusCode(404);
            get(operator, "/budget-lines/" + other + "/commitments").statusCode(404);
        }
        get(operator, "/budget-lines?size=200").statusCode(200)
                .body("items.fund", everyItem(equalTo("APBDES"))).body("items.desaCode", everyItem(equalTo(DESA)));
        get(operator, "/budget-lines?desaCode=" + OTHER_DESA).statusCode(200).body("total", equalTo(0));
    }
}

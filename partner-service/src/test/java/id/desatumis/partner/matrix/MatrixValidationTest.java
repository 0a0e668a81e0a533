package id.desatumis.partner.matrix;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.matrix.MatrixRequests.assign;
import static id.desatumis.partner.matrix.MatrixRequests.assignment;
import static id.desatumis.partner.matrix.MatrixRequests.clear;
import static id.desatumis.partner.matrix.MatrixRequests.clearance;
import static id.desatumis.partner.matrix.MatrixRequests.get;
import static id.desatumis.partner.matrix.MatrixRequests.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Every rule a matrix request is checked by, each answered with a problem naming the field and the rule; never a 500. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class MatrixValidationTest {

    private static final String DESA = "33.14.19.2004";

    @Inject
    Pool pool;

    private static void problem(ValidatableResponse r, int status, String type, String field, String rule) {
        r.statusCode(status).contentType("application/problem+json").body("type", equalTo("/problems/" + type))
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }

    private static void invalid(ValidatableResponse r, String field, String rule) {
        problem(r, 400, "validation-failed", field, rule);
    }

    @Test
    void anUnknownKindOrAreaIsRefusedInEveryEndpoint() {
        var body = assignment(UUID.randomUUID(), List.of(), "x", "2090-01-01");
        invalid(assign(Auth.tkpkd(), "ROADS", DESA, body), "kind", "kind-unknown");
        invalid(assign(Auth.tkpkd(), "house_repair", DESA, body), "kind", "kind-unknown");
        for (String area : new String[]{"33.14.99", "33.13", "33.14.07.9999", "3314072003", "33.14.07.2003.1", "x"}) {
            invalid(assign(Auth.tkpkd(), "HOUSE_REPAIR", area, body), "areaCode", "area-unknown");
        }
        invalid(clear(Auth.tkpkd(), "ROADS", DESA, clearance("x", "2090-01-01", "r")), "kind", "kind-unknown");
        invalid(get(Auth.tkpkd(), "/matrix/ROADS/" + DESA), "kind", "kind-unknown");
        invalid(get(Auth.tkpkd(), "/matrix/HOUSE_REPAIR/33.15.01.2001"), "areaCode", "area-unknown");
        invalid(get(Auth.tkpkd(), "/matrix/HOUSE_REPAIR/33.14.99/history"), "areaCode", "area-unknown");
        invalid(get(Auth.tkpkd(), "/matrix?kind=ROADS"), "kind", "kind-unknown");
        invalid(get(Auth.tkpkd(), "/matrix/gaps?within=33.14.99"), "within", "area-unknown");
    }

    @Test
    void theLeadIsNeitherASupporterNorMissingNorMalformed() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        String decision = MatrixFixture.decision(pool, DESA);
        problem(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(lead, List.of(lead), decision, "2090-01-01")),
                400, "lead-also-supporting", "supportingPartnerIds", "lead-also-supporting");
        UUID helper = MatrixFixture.partner(pool, PartnerType.NGO);
        problem(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(lead, List.of(helper, helper), decision, "2090-01-01")),
                400, "supporting-repeated", "supportingPartnerIds", "supporting-repeated");
        invalid(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(null, List.of(), decision, "2090-01-01")),
                "leadPartnerId", "required");
        var malformed = assignment(lead, List.of(), decision, "2090-01-01");
        malformed.put("leadPartnerId", "not-a-uuid");
        invalid(assign(Auth.tkpkd(), "EDUCATION", DESA, malformed), "leadPartnerId", "id-format");
        malformed.put("leadPartnerId", lead.toString());
        malformed.put("supportingPartnerIds", List.of("12"));
        invalid(assign(Auth.tkpkd(), "EDUCATION", DESA, malformed), "supportingPartnerIds[0]", "id-format");
        malformed.put("supportingPartnerIds", java.util.Collections.nCopies(21, UUID.randomUUID().toString()));
        invalid(assign(Auth.tkpkd(), "EDUCATION", DESA, malformed), "supportingPartnerIds", "supporting-too-many");
    }

    @Test
    void everyActorNamedIsARegisteredActivePartner() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        UUID suspended = MatrixFixture.suspended(pool);
        String decision = MatrixFixture.decision(pool, DESA);
        problem(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(UUID.randomUUID(), List.of(), decision, "2090-01-01")),
                409, "partner-unknown", "leadPartnerId", "partner-unknown");
        problem(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(suspended, List.of(), decision, "2090-01-01")),
                409, "partner-suspended", "leadPartnerId", "partner-suspended");
        problem(assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(lead, List.of(UUID.randomUUID()), decision, "2090-01-01")),
                409, "partner-unknown", "supportingPartnerIds[0]", "partner-unknown");
        assign(Auth.tkpkd(), "EDUCATION", DESA, assignment(UUID.randomUUID(), List.of(suspended), decision, "2090-01-01"))
                .statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.rule", containsInAnyOrder("partner-unknown", "partner-suspended"));
    }

    @Test
    void theDecisionCitedExistsApprovesThisEntryAndHoldsForItsArea() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        problem(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), "MD/none/" + UUID.randomUUID(), "2090-01-01")),
                409, "decision-unknown", "decisionNumber", "decision-unknown");
        String otherDesa = MatrixFixture.decision(pool, "33.14.19.2005");
        problem(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), otherDesa, "2090-01-01")),
                409, "decision-other-area", "decisionNumber", "decision-other-area");
        String desaForKecamatan = MatrixFixture.decision(pool, DESA);
        problem(assign(Auth.tkpkd(), "SANITATION", "33.14.19", assignment(lead, List.of(), desaForKecamatan, "2090-01-01")),
                409, "decision-other-area", "decisionNumber", "decision-other-area");
        String pledge = MatrixFixture.decision(pool, DESA, Approval.Kind.PLEDGE, null);
        problem(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), pledge, "2090-01-01")),
                409, "decision-approves-otherwise", "decisionNumber", "decision-approves-otherwise");
        String anotherEntry = MatrixFixture.decision(pool, DESA, Approval.Kind.RESPONSIBILITY, "ELECTRICITY@" + DESA);
        problem(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), anotherEntry, "2090-01-01")),
                409, "decision-approves-otherwise", "decisionNumber", "decision-approves-otherwise");
        String thisEntry = MatrixFixture.decision(pool, DESA, Approval.Kind.RESPONSIBILITY, "SANITATION@" + DESA);
        assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), thisEntry, "2090-01-01")).statusCode(201);
        String kecamatanDecision = MatrixFixture.decision(pool, "33.14.19");
        assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), kecamatanDecision, "2090-02-01")).statusCode(409)
                .body("type", equalTo("/problems/responsibility-unchanged"));
        invalid(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), " ", "2090-01-01")),
                "decisionNumber", "required");
        invalid(assign(Auth.tkpkd(), "SANITATION", DESA, assignment(lead, List.of(), "x".repeat(101), "2090-01-01")),
                "decisionNumber", "decision-number-format");
    }

    @Test
    void theEffectiveDateIsADayInFormatAndNeverBeforeTheLatestEntry() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        UUID next = MatrixFixture.partner(pool, PartnerType.CSR);
        String decision = MatrixFixture.decision(pool, DESA);
        for (String bad : new String[]{"2090-13-01", "01-07-2090", "2090-02-30", "+12090-01-01", "1999-12-31", "2090-1-1"}) {
            invalid(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), decision, bad)),
                    "effectiveFrom", "date-format");
        }
        invalid(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), decision, "")), "effectiveFrom", "required");
        invalid(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), decision, null)), "effectiveFrom", "required");
        invalid(get(Auth.tkpkd(), "/matrix/ELECTRICITY/" + DESA + "?at=tomorrow"), "at", "date-format");
        assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), decision, "2090-05-01")).statusCode(201);
        problem(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(next, List.of(), decision, "2090-04-30")),
                409, "effective-before-latest", "effectiveFrom", "effective-before-latest");
        problem(clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-04-30", "moved")),
                409, "effective-before-latest", "effectiveFrom", "effective-before-latest");
        invalid(clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-06-01", null)), "reason", "required");
        // NUL is stored neither in text nor in jsonb: these failed in the database (500) before they were rules
        invalid(clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-06-01", "a\u0000b")),
                "reason", "text-control-character");
        invalid(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), "a\u0000b", "2090-06-01")),
                "decisionNumber", "text-control-character");
        invalid(assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(lead, List.of(), "a b", "2090-06-01")),
                "decisionNumber", "decision-number-format");
        invalid(clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-06-01", "r".repeat(1001))),
                "reason", "max-length");
        clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-06-01", "moved")).statusCode(200);
        problem(clear(Auth.tkpkd(), "ELECTRICITY", DESA, clearance(decision, "2090-07-01", "again")),
                409, "no-lead-to-clear", "areaCode", "no-lead-to-clear");
    }

    @Test
    void everyRuleOfTheMatrixIsExplainedAtItsProblemPage() {
        for (String rule : new String[]{"lead-also-supporting", "supporting-repeated", "supporting-too-many"}) {
            get(null, "/problems/" + rule).statusCode(200).body("status", equalTo(400));
        }
        for (String rule : new String[]{"effective-before-latest", "responsibility-unchanged", "no-lead-to-clear"}) {
            get(null, "/problems/" + rule).statusCode(200).body("status", equalTo(409));
        }
    }

    @Test
    void queryParametersAreChecked() {
        invalid(get(Auth.tkpkd(), "/matrix?size=0"), "size", "size-out-of-range");
        invalid(get(Auth.tkpkd(), "/matrix/gaps?page=-1"), "page", "page-out-of-range");
        invalid(get(Auth.tkpkd(), "/matrix/gaps?size=many"), "size", "size-out-of-range");
        invalid(get(Auth.tkpkd(), "/matrix?partnerId=42"), "partnerId", "id-format");
        invalid(get(Auth.tkpkd(), "/matrix?at=2090-02-31"), "at", "date-format");
        get(Auth.tkpkd(), "/matrix/gaps?at=2090-01-01&size=1").statusCode(200).body("size", equalTo(1));
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonIsA400AndUnknownFieldsAreIgnored() {
        String path = "/matrix/HOUSE_REPAIR/" + DESA + "/assignments";
        post(Auth.tkpkd(), path, "{\"leadPartnerId\": [1,2").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        post(Auth.tkpkd(), path, "{\"supportingPartnerIds\": {\"a\": 1}}").statusCode(400)
                .body("type", equalTo("/problems/malformed-request")).body("errors[0].field", equalTo("supportingPartnerIds"));
        invalid(post(Auth.tkpkd(), path, "{}"), "leadPartnerId", "required");
        post(Auth.tkpkd(), path, "").statusCode(400).contentType("application/problem+json");
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        Map<String, Object> withExtra = new LinkedHashMap<>(assignment(lead, List.of(),
                MatrixFixture.decision(pool, DESA), "2090-01-01"));
        withExtra.put("comment", "not a field of the matrix");
        post(Auth.tkpkd(), path, withExtra).statusCode(201);
        post(Auth.tkpkd(), path.replace("assignments", "clearances"), "[]").statusCode(400)
                .contentType("application/problem+json");
    }
}

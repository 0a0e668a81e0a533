package id.desatumis.partner.matrix;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.partner.matrix.MatrixRequests.assign;
import static id.desatumis.partner.matrix.MatrixRequests.assignment;
import static id.desatumis.partner.matrix.MatrixRequests.clear;
import static id.desatumis.partner.matrix.MatrixRequests.clearance;
import static id.desatumis.partner.matrix.MatrixRequests.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;

/**
 * Who may do what with the matrix: TKPKD and Dinas Sosial set it; they, auditors, offices and village operators (what
 * applies to their desa) read it; a partner reads the entries naming it; nobody without a token sees anything.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class MatrixSecurityTest {

    private static final String DESA = "33.14.20.2005";
    private static final String OTHER_DESA = "33.14.19.2006";

    @Inject
    Pool pool;

    @Test
    void onlyTkpkdAndDinasSosialSetOrClearTheMatrix() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        String decision = MatrixFixture.decision(pool, DESA);
        var body = assignment(lead, List.of(), decision, "2097-01-01");
        assign(null, "HOUSE_REPAIR", DESA, body).statusCode(401).contentType("application/problem+json");
        for (String token : new String[]{Auth.opd("DPUPR-" + UUID.randomUUID()), Auth.partner(lead), Auth.auditor(),
                Auth.operator(DESA)}) {
            assign(token, "HOUSE_REPAIR", DESA, body).statusCode(403).body("type", equalTo("/problems/forbidden"));
            clear(token, "HOUSE_REPAIR", DESA, clearance(decision, "2097-02-01", "r")).statusCode(403);
        }
        String expired = "Bearer " + DevStack.shared().tokens().builder("sekretariat-tkpkd").role("tkpkd")
                .expiredSecondsAgo(60).sign();
        assign(expired, "HOUSE_REPAIR", DESA, body).statusCode(401);
        get(Auth.tkpkd(), "/matrix/HOUSE_REPAIR/" + DESA + "/history").statusCode(200).body("version", equalTo(0));
        assign(Auth.dinsos(), "HOUSE_REPAIR", DESA, body).statusCode(201);
        clear(Auth.tkpkd(), "HOUSE_REPAIR", DESA, clearance(decision, "2097-02-01", "r")).statusCode(200);
    }

    @Test
    void programmeStaffAuditorsAndOfficesReadAllOfItAndTheVillageOperatorWhatAppliesToItsDesa() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        assign(Auth.tkpkd(), "SKILLS_TRAINING", DESA, assignment(lead, List.of(),
                MatrixFixture.decision(pool, DESA), "2097-01-01")).statusCode(201);
        String who = "/matrix/SKILLS_TRAINING/" + DESA + "?at=2097-01-01";
        for (String token : new String[]{Auth.tkpkd(), Auth.dinsos(), Auth.auditor(), Auth.opd("DINKES-" + UUID.randomUUID()),
                Auth.operator(DESA)}) {
            get(token, who).statusCode(200).body("lead.partnerId", equalTo(lead.toString()));
            get(token, "/matrix/SKILLS_TRAINING/" + DESA + "/history").statusCode(200);
            get(token, "/matrix/gaps?at=2097-01-01&within=33.14.20").statusCode(200);
        }
        get(null, who).statusCode(401);
        get(null, "/matrix").statusCode(401);
        get(null, "/matrix/gaps").statusCode(401);
        get(Auth.partner(lead), who).statusCode(403);
        get(Auth.partner(lead), "/matrix/gaps").statusCode(403);
        get(Auth.partner(lead), "/matrix/SKILLS_TRAINING/" + DESA + "/history").statusCode(403);

        String operator = Auth.operator(OTHER_DESA);
        get(operator, who).statusCode(404).contentType("application/problem+json");
        get(operator, "/matrix/SKILLS_TRAINING/" + DESA + "/history").statusCode(404);
        get(operator, "/matrix/SKILLS_TRAINING/33.14.20?at=2097-01-01").statusCode(404);
        get(operator, "/matrix/SKILLS_TRAINING/33.14.19?at=2097-01-01").statusCode(200);
        get(operator, "/matrix/SKILLS_TRAINING/33.14?at=2097-01-01").statusCode(200);
        get(operator, "/matrix?at=2097-01-01&partnerId=" + lead).statusCode(200).body("total", equalTo(0));
        get(Auth.operator(DESA), "/matrix?at=2097-01-01&partnerId=" + lead).statusCode(200).body("total", equalTo(1));
        get(operator, "/matrix/gaps?at=2097-01-01&within=33.14.20").statusCode(200).body("total", equalTo(0));
        get(operator, "/matrix/gaps?at=2097-01-01").statusCode(200)
                .body("items.areaCode", everyItem(in(List.of("33.14", "33.14.19", OTHER_DESA))));
    }

    @Test
    void aPartnerReadsOnlyTheEntriesNamingItAndAnOfficeFindsItsOwnByItsId() {
        String office = "DPUPR-" + UUID.randomUUID();
        UUID dpu = MatrixFixture.opd(pool, office);
        UUID csr = MatrixFixture.partner(pool, PartnerType.CSR);
        UUID stranger = MatrixFixture.partner(pool, PartnerType.NGO);
        assign(Auth.tkpkd(), "SANITATION", DESA, assignment(dpu, List.of(csr),
                MatrixFixture.decision(pool, DESA), "2098-01-01")).statusCode(201);
        assign(Auth.tkpkd(), "ELECTRICITY", DESA, assignment(stranger, List.of(),
                MatrixFixture.decision(pool, DESA), "2098-01-01")).statusCode(201);

        get(Auth.partner(csr), "/matrix?at=2098-01-01").statusCode(200).body("total", equalTo(1))
                .body("items.kind", contains("SANITATION"));
        get(Auth.partner(csr), "/matrix?at=2098-01-01&partnerId=" + csr).statusCode(200).body("total", equalTo(1));
        get(Auth.partner(csr), "/matrix?at=2098-01-01&partnerId=" + stranger).statusCode(404);
        get(Auth.partner(UUID.randomUUID()), "/matrix?at=2098-01-01").statusCode(404);
        get(Auth.opd(office), "/matrix?at=2098-01-01&partnerId=" + dpu).statusCode(200).body("total", equalTo(1))
                .body("items[0].lead.partnerId", equalTo(dpu.toString()));
        get(Auth.opd(office), "/matrix?at=2098-01-01&kind=ELECTRICITY&partnerId=" + stranger).statusCode(200)
                .body("total", equalTo(1));
    }
}

package id.desatumis.partner.pledges;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.ForumType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.pledges.Offers.command;
import static id.desatumis.partner.pledges.Offers.houses;
import static id.desatumis.partner.pledges.Offers.offered;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** POST /pledges/{id}/acceptance and /decline: on a forum decision of the right area, by Dinas Sosial or TKPKD only. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeAcceptanceApiTest {

    @Inject
    Pool pool;

    private UUID pledge() {
        UUID partner = Fixtures.partner(pool);
        return offered(Auth.partner(partner), partner, houses());
    }

    private static Map<String, Object> citing(String number) {
        return Map.of("decisionNumber", number);
    }

    @Test
    void tkpkdAcceptsOnItsCoordinationMeetingsDecision() {
        UUID pledge = pledge();
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(200)
                .header("ETag", "\"2\"")
                .header("Location", "/pledges/" + pledge)
                .body("status", equalTo("ACCEPTED"))
                .body("decisionNumber", equalTo(decision))
                .body("balance.remaining.units", equalTo(10));
    }

    @Test
    void dinasSosialAcceptsOnTheKecamatansDecisionNamingThisPledge() {
        UUID pledge = pledge();
        String decision = Fixtures.pledgeDecision(pool, ForumType.MUSYAWARAH_KECAMATAN, Offers.KECAMATAN, pledge);
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(citing(decision)).post("/pledges/" + pledge + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aDecisionOfAnotherAreaOrOfSomethingElseIsRefused() {
        UUID pledge = pledge();
        String otherKecamatan = Fixtures.pledgeDecision(pool, ForumType.MUSYAWARAH_KECAMATAN, Offers.OTHER_KECAMATAN, null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(otherKecamatan)).statusCode(409)
                .body("type", equalTo("/problems/decision-other-area"))
                .body("errors[0].field", equalTo("decisionNumber"));
        // a musyawarah desa decides for its desa, not for the whole kecamatan the pledge serves
        String desa = Fixtures.pledgeDecision(pool, ForumType.MUSYAWARAH_DESA, Offers.DESA, null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(desa)).statusCode(409)
                .body("type", equalTo("/problems/decision-other-area"));
        String matrix = Fixtures.decision(pool, ForumType.TKPKD_COORDINATION, "33.14",
                new Approval(Approval.Kind.RESPONSIBILITY, null));
        command(Auth.tkpkd(), pledge, "acceptance", citing(matrix)).statusCode(409)
                .body("type", equalTo("/problems/decision-approves-otherwise"));
        String anotherPledge = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", UUID.randomUUID());
        command(Auth.tkpkd(), pledge, "acceptance", citing(anotherPledge)).statusCode(409)
                .body("type", equalTo("/problems/decision-approves-otherwise"));
        String unknown = "NO/SUCH/" + UUID.randomUUID();
        command(Auth.tkpkd(), pledge, "acceptance", citing(unknown)).statusCode(409)
                .body("type", equalTo("/problems/decision-unknown")).body(not(containsString(unknown)));
        command(Auth.tkpkd(), pledge, "acceptance", Map.of()).statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber")).body("errors[0].rule", equalTo("required"));
        command(Auth.tkpkd(), pledge, "acceptance", citing("x".repeat(101))).statusCode(400)
                .body("errors[0].rule", equalTo("decision-number-format"));
    }

    @Test
    void aPledgeIsAcceptedOrDeclinedOnceWhileOffered() {
        UUID pledge = pledge();
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(200);
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(409)
                .body("type", equalTo("/problems/pledge-not-offered"));
        command(Auth.dinsos(), pledge, "decline", Map.of("reason", "changed our minds")).statusCode(409)
                .body("type", equalTo("/problems/pledge-not-offered"));
    }

    @Test
    void aPledgeIsDeclinedSayingWhy() {
        UUID pledge = pledge();
        command(Auth.dinsos(), pledge, "decline", Map.of()).statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("required"));
        // NUL is stored neither in text nor in jsonb: these failed in the database (500) before they were rules
        command(Auth.dinsos(), pledge, "decline", Map.of("reason", "a\u0000b")).statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("text-control-character"));
        // a control character is refused as such in every text of every body, before the field's own format
        command(Auth.dinsos(), pledge, "acceptance", Map.of("decisionNumber", "a\u0000b")).statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber")).body("errors[0].rule", equalTo("text-control-character"));
        command(Auth.dinsos(), pledge, "acceptance", Map.of("decisionNumber", "a b")).statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber")).body("errors[0].rule", equalTo("decision-number-format"));
        command(Auth.dinsos(), pledge, "decline", Map.of("reason", "the forum chose another partner for this kecamatan"))
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("DECLINED"));
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(409)
                .body("type", equalTo("/problems/pledge-not-offered"));
    }

    @Test
    void aSuspendedPartnersPledgeIsNotAccepted() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = offered(Auth.partner(partner), partner, houses());
        Fixtures.suspend(pool, partner);
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(409)
                .body("type", equalTo("/problems/partner-suspended"));
    }

    @Test
    void aStaleIfMatchAnUnknownOrMalformedPledgeAreRefused() {
        UUID pledge = pledge();
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        given().header("Authorization", Auth.tkpkd()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(citing(decision)).post("/pledges/" + pledge + "/acceptance").then().statusCode(412)
                .header("ETag", "\"1\"").body("currentVersion", equalTo(1));
        given().header("Authorization", Auth.tkpkd()).header("If-Match", "seven").contentType(ContentType.JSON)
                .body(citing(decision)).post("/pledges/" + pledge + "/acceptance").then().statusCode(400);
        command(Auth.tkpkd(), UUID.randomUUID(), "acceptance", citing(decision)).statusCode(404)
                .body("type", equalTo("/problems/pledge-unknown"));
        given().header("Authorization", Auth.tkpkd()).contentType(ContentType.JSON).body(citing(decision))
                .post("/pledges/42/acceptance").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyDinasSosialAndTkpkdAcceptOrDecline() {
        UUID partner = Fixtures.partner(pool);
        String opd = Fixtures.officeCode(pool, "BAPPEDA");
        UUID pledge = offered(Auth.partner(partner), partner, houses());
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", null);
        for (String action : new String[]{"acceptance", "decline"}) {
            Map<String, Object> body = action.equals("decline") ? Map.of("reason", "r") : citing(decision);
            command(null, pledge, action, body).statusCode(401);
            for (String token : new String[]{Auth.partner(partner), Auth.opd(opd), Auth.operator(Offers.DESA), Auth.auditor()}) {
                command(token, pledge, action, body).statusCode(403).body("type", equalTo("/problems/forbidden"));
            }
        }
        command(Auth.tkpkd(), pledge, "acceptance", citing(decision)).statusCode(200);
    }
}

package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Who may call what: every refused token is a 401 problem, a wrong role a 403 problem. */
@QuarkusTest
class SecurityApiTest {

    private static Tokens tokens() {
        return DevStack.shared().tokens();
    }

    private static void refusedWith401(String authorization) {
        var request = given().contentType(ContentType.JSON).body(People.household(People.DESA_A));
        if (authorization != null) request.header("Authorization", authorization);
        request.post("/households").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void noTokenIs401() {
        refusedWith401(null);
    }

    @Test
    void anExpiredTokenIs401() {
        refusedWith401("Bearer " + tokens().builder("late").role("dinsos").expiredSecondsAgo(120).sign());
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        refusedWith401("Bearer " + tokens().builder("forger").role("dinsos").signedWith(Tokens.newKeyPair().getPrivate()).sign());
    }

    @Test
    void anUnsignedTokenIs401() {
        refusedWith401("Bearer " + tokens().builder("none").role("dinsos").unsigned().sign());
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        refusedWith401("Bearer " + tokens().builder("elsewhere").role("dinsos").audience("another-system").sign());
    }

    @Test
    void aTokenLivingLongerThanTwelveHoursIs401() {
        refusedWith401("Bearer " + tokens().builder("forever").role("dinsos").validFor(13 * 3600).sign());
    }

    @Test
    void aRoleThatMayNotRegisterIs403() {
        for (String role : new String[]{"partner", "opd", "tkpkd", "auditor"}) {
            given().header("Authorization", Auth.role(role)).contentType(ContentType.JSON)
                    .body(People.household(People.DESA_A)).post("/households")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void anAuditorVerifiesTheEventStoreAndOthersMayNot() {
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(People.household(People.DESA_A)).post("/households").then().statusCode(201);
        given().header("Authorization", Auth.role("auditor")).get("/audit/event-store/verification").then()
                .statusCode(200).body("intact", equalTo(true))
                .body("eventsChecked", org.hamcrest.Matchers.greaterThan(0));
        given().header("Authorization", Auth.role("partner")).get("/audit/event-store/verification").then()
                .statusCode(403);
        given().header("Authorization", Auth.operator(People.DESA_A)).get("/audit/event-store/verification").then()
                .statusCode(403);
    }

    @Test
    void protocolErrorsAreProblemsToo() {
        given().header("Authorization", Auth.dinsos()).get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", Auth.dinsos()).delete("/households").then().statusCode(405)
                .contentType("application/problem+json");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.TEXT).body("kk=1").post("/households")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedBeforeAnythingReadsIt() {
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body("{\"address\":\"" + "x".repeat(1_100_000) + "\"}").post("/households")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}

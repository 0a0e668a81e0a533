package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The dashboard's browser session: the token kept in the HttpOnly cookie 'dasbor', read by smallrye-jwt, while
 * bearer headers keep working for the APIs.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DashboardSessionTest {

    static final String DESA = "33.14.04.2006";
    static final String OTHER_DESA = "33.14.04.2007";

    static Tokens tokens() {
        return DevStack.shared().tokens();
    }

    static String operator() {
        return tokens().mint("operator-mojokerto", "village-operator", List.of(DESA), null, null);
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieThatExpiresWithTheToken() {
        String token = tokens().builder("staf-dinsos").role("dinsos").validFor(600).sign();
        Response r = given().contentType(ContentType.JSON).body("{\"token\":\"" + token + "\"}")
                .post("/dasbor/sesi");
        r.then().statusCode(200).body("signedIn", equalTo(true)).body("subject", equalTo("staf-dinsos"))
                .body("roles", contains("dinsos"));
        String setCookie = r.header("Set-Cookie");
        assertThat(setCookie).startsWith("dasbor=" + token).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").containsIgnoringCase("Path=/")
                .doesNotContainIgnoringCase("Secure");
        int maxAge = Integer.parseInt(setCookie.replaceAll("(?i).*Max-Age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(540, 600);
    }

    @Test
    void theCookieAuthenticatesTheApisAndBearerHeadersStillWork() {
        String token = operator();
        given().cookie("dasbor", token).get("/villages/" + DESA + "/summary").then().statusCode(200);
        given().cookie("dasbor", token).get("/villages/" + OTHER_DESA + "/summary").then().statusCode(403);
        given().header("Authorization", "Bearer " + token).get("/villages/" + DESA + "/summary").then().statusCode(200);
        given().get("/villages/" + DESA + "/summary").then().statusCode(401)
                .contentType("application/problem+json");
        given().cookie("dasbor", "not-a-token").get("/villages/" + DESA + "/summary").then().statusCode(401);
    }

    @Test
    void theSessionSaysWhoIsSignedIn() {
        given().cookie("dasbor", operator()).get("/dasbor/sesi").then().statusCode(200)
                .body("signedIn", equalTo(true)).body("roles", contains("village-operator"))
                .body("desaCodes", contains(DESA));
        given().get("/dasbor/sesi").then().statusCode(200).body("signedIn", equalTo(false))
                .body("loginUrl", nullValue());
    }

    @Test
    void aStaleCookieIsClearedAndReadsAsSignedOut() {
        String expired = tokens().builder("op").role("dinsos").expiredSecondsAgo(60).sign();
        Response r = given().cookie("dasbor", expired).get("/dasbor/sesi");
        r.then().statusCode(200).body("signedIn", equalTo(false));
        assertThat(r.header("Set-Cookie")).startsWith("dasbor=;").contains("Max-Age=0");
    }

    @Test
    void aTokenThatIsNotOursIsRefusedNamingTheField() {
        String foreign = tokens().builder("x").role("dinsos").signedWith(Tokens.newKeyPair().getPrivate()).sign();
        for (String token : List.of(foreign, tokens().builder("x").role("dinsos").unsigned().sign(),
                tokens().builder("x").role("dinsos").audience("elsewhere").sign(), "")) {
            Response r = given().contentType(ContentType.JSON).body("{\"token\":\"" + token + "\"}").post("/dasbor/sesi");
            r.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"));
            assertThat(r.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        given().contentType(ContentType.URLENC).header("Origin", "https://elsewhere.example")
                .formParam("token", operator()).post("/dasbor/sesi").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Origin", "https://dasbor.sragenkab.example")
                .header("X-Forwarded-Host", "dasbor.sragenkab.example").body("{\"token\":\"" + operator() + "\"}")
                .post("/dasbor/sesi").then().statusCode(200);
    }

    @Test
    void aPlainFormSignsInToo() {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", operator())
                .post("/dasbor/sesi");
        r.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/dasbor/"));
        assertThat(r.header("Set-Cookie")).startsWith("dasbor=").containsIgnoringCase("HttpOnly");
    }

    @Test
    void signingOutClearsTheCookie() {
        Response r = given().cookie("dasbor", operator()).post("/dasbor/keluar");
        r.then().statusCode(204);
        assertThat(r.header("Set-Cookie")).startsWith("dasbor=;").contains("Max-Age=0")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }
}

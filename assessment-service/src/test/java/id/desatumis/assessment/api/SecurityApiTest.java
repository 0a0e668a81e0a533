package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Who may call what; everyone else is refused, an operator of another village included. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class SecurityApiTest {

    static final String DESA = "33.14.07.2004";
    static final String OTHER = "33.14.01.2001";

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    @Test
    void onlyDinasSosialAndTheDesasOwnOperatorSubmit() {
        var h = Registry.register(pool, DESA, 2);
        var form = Forms.form(h, 9, true);
        given().contentType(ContentType.JSON).body(form).post("/assessments").then().statusCode(401)
                .contentType("application/problem+json");
        for (String role : new String[]{"partner", "opd", "tkpkd", "auditor"}) {
            given().header("Authorization", Auth.role(role)).contentType(ContentType.JSON).body(form).post("/assessments")
                    .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        given().header("Authorization", Auth.operator(OTHER)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(403).body("type", equalTo("/problems/outside-village-scope"));
        String expired = "Bearer " + DevStack.shared().tokens().builder("operator-x").role("village-operator")
                .desa(java.util.List.of(DESA)).expiredSecondsAgo(60).sign();
        given().header("Authorization", expired).contentType(ContentType.JSON).body(form).post("/assessments").then().statusCode(401);
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(201);
    }

    @Test
    void anAssessmentIsReadByDinasSosialAuditorsAndItsDesasOperatorAndNoOneElse() {
        var h = Registry.register(pool, DESA, 2);
        var form = Forms.form(h, 9, true);
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(201);
        String path = "/assessments/" + form.get("assessmentId");
        given().header("Authorization", Auth.operator(DESA)).get(path).then().statusCode(200);
        given().header("Authorization", Auth.role("auditor")).get(path).then().statusCode(200);
        given().header("Authorization", Auth.operator(OTHER)).get(path).then().statusCode(404);
        given().header("Authorization", Auth.operator(OTHER)).get("/households/" + h.id() + "/assessments").then().statusCode(404);
        given().header("Authorization", Auth.role("partner")).get(path).then().statusCode(403);
        given().header("Authorization", Auth.role("tkpkd")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().header("Authorization", Auth.operator(OTHER)).contentType(ContentType.JSON)
                .body(Map.of("kind", "FOOD_ASSISTANCE", "reason", "x")).post(path + "/needs").then().statusCode(404);
        given().header("Authorization", Auth.role("partner")).contentType(ContentType.JSON)
                .body(Map.of("forumDate", "2026-10-01", "decisionNumber", "1")).post(path + "/verification").then().statusCode(403);
    }

    @Test
    void everyReadOfAnAssessmentIsLoggedWithItsPurposeForTheAuditorOnly() {
        var h = Registry.register(pool, DESA, 2);
        var form = Forms.form(h, 9, true);
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(201);
        given().header("Authorization", Auth.dinsos("staf-rina")).header("X-Access-Purpose", "verification of musdes 12/2026")
                .get("/assessments/" + form.get("assessmentId")).then().statusCode(200);
        given().header("Authorization", Auth.role("auditor")).get("/audit/personal-data-access?householdId=" + h.id()).then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actor", equalTo("staf-rina"))
                .body("[0].purpose", equalTo("verification of musdes 12/2026"))
                .body("[0].action", equalTo("read-assessment"));
        given().header("Authorization", Auth.dinsos()).get("/audit/personal-data-access").then().statusCode(403);
    }

    @Test
    void countsAreForEveryProgrammeRoleButAnotherVillagesOperatorAndTheQueueIsNotForPartners() {
        given().header("Authorization", Auth.role("opd")).get("/villages/" + DESA + "/funnel").then().statusCode(200);
        given().header("Authorization", Auth.operator(OTHER)).get("/villages/" + DESA + "/funnel").then().statusCode(404);
        given().header("Authorization", Auth.operator(OTHER)).get("/villages/" + DESA + "/needs").then().statusCode(404);
        given().header("Authorization", Auth.role("partner")).get("/villages/" + DESA + "/verification-queue").then().statusCode(403);
        given().header("Authorization", Auth.operator(DESA)).get("/villages/" + DESA + "/verification-queue?limit=0").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", Auth.dinsos()).get("/villages/99.99.99.9999/funnel").then().statusCode(400)
                .body("errors[0].rule", equalTo("desa-unknown"));
        given().get("/villages/" + DESA + "/funnel").then().statusCode(401);
    }
}

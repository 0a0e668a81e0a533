package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.AuthorizationMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every operation x every caller (nobody, each role, an operator, office and partner of the own and of another scope),
 * on real assessments of the own desa, held to ARCHITECTURE.md's security section (devstack's generator). A village
 * operator of another desa is refused everywhere but the public policies, on this service's own operations.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AuthorizationMatrixApiTest {

    private static final Pattern OPERATOR_OTHER = Pattern.compile(" operator_other=(\\d+)");
    private static final Pattern OPERATOR_OWN = Pattern.compile(" operator_own=(\\d+)");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    @Test
    void everyCallerIsAnsweredAsTheSecurityRulesSay() throws Exception {
        ApiDocument document = ApiDocument.fetch(base.toURI());
        var scene = ApiScenes.scene(base.toURI(), pool)
                // counts of a desa are for every programme role: an office or partner is not bound to a desa
                .unscoped("GET /villages/{desaCode}/funnel", "GET /villages/{desaCode}/needs")
                // answered 200 whoever acts for which desa: each form of another desa is refused inside (below)
                .unscoped("POST /assessments:batch")
                .build();
        ApiReport report = AuthorizationMatrix.check(document, scene);
        System.out.println(report.summary() + "\n" + report.table());
        assertThat(report.failures()).as(report.toString()).isEmpty();

        // the unscoped operations are unscoped for offices and partners only: another desa's operator learns nothing
        for (String row : report.table().split("\n")) {
            if (!row.contains(" /villages/") && !row.contains(" /assessments") && !row.contains(" /households/")) continue;
            Matcher other = OPERATOR_OTHER.matcher(row);
            assertThat(other.find()).as(row).isTrue();
            if (row.startsWith("POST /assessments:batch")) continue;
            assertThat(Integer.parseInt(other.group(1))).as(row).isIn(403, 404);
            Matcher own = OPERATOR_OWN.matcher(row);
            if (own.find() && !row.startsWith("POST /assessments/{id}/rejection") && !row.startsWith("POST /assessments/{id}/return")
                    && !row.startsWith("POST /assessments/{id}/verification") && !row.startsWith("POST /assessments/{id}/results")) {
                assertThat(Integer.parseInt(own.group(1))).as(row).isNotIn(401, 403, 404).isLessThan(500);
            }
        }
    }

    @Test
    void aBatchFromAnotherDesasOperatorStoresNothingOfTheOwnDesa() {
        var h = Registry.register(pool, ApiScenes.OWN_DESA, 2);
        String other = "Bearer " + DevStack.shared().tokens().mint("operator-other", "village-operator",
                List.of(ApiScenes.OTHER_DESA), null, null);
        given().header("Authorization", other).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Forms.form(h, 9, true)))).post("/assessments:batch").then().statusCode(200)
                .body("counts.REFUSED", equalTo(1)).body("results[0].status", equalTo(403))
                .body("results[0].problem.type", equalTo("/problems/outside-village-scope"));
    }
}

package id.desatumis.partner.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.ApiScene;
import id.desatumis.devstack.apitest.AuthorizationMatrix;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's OpenAPI document called as every caller of ARCHITECTURE.md's security section
 * (nobody; Dinas Sosial, TKPKD, an auditor; a village operator, an office and a partner of the own scope and of
 * another) on real objects ({@link ApiScenes}), each answer held to the rules: devstack's {@link AuthorizationMatrix}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class AuthorizationMatrixApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void everyOperationAnswersEveryCallerAsTheSecurityRulesSay() throws Exception {
        ApiScene scene = ApiScenes.scene(base.toURI(), pool)
                // lists filter to what the caller may see instead of refusing: another desa's operator, office or
                // partner is answered with its own part of the listing
                .unscoped("GET /partners", "GET /forums", "GET /attendance", "GET /matrix", "GET /matrix/gaps")
                // by design not about one scope for some of the scoped roles, so the generator cannot hold them to a
                // refusal: a village operator reads every partner (it invites them to its forums) and an office reads
                // the whole matrix; the refusals that remain (another partner or office; another desa's operator) are
                // checked one by one below
                .unscoped("GET /partners/{id}", "GET /matrix/{kind}/{areaCode}", "GET /matrix/{kind}/{areaCode}/history")
                .build();
        ApiReport matrix = AuthorizationMatrix.check(ApiDocument.fetch(base.toURI()), scene);
        System.out.println(matrix.summary() + "\n" + matrix.table());
        assertThat(matrix.failures()).isEmpty();
        assertThat(matrix.requests()).isGreaterThanOrEqualTo(26 * 10);
    }

    @Test
    void theScopedCallersOfTheUnscopedReadsAreStillRefused() {
        String own = ApiScenes.register("{\"type\":\"LAZ\",\"name\":\"Lazismu Sragen\",\"contactRole\":\"Ketua\"}");
        String otherPartner = Auth.partner(UUID.randomUUID());
        given().header("Authorization", otherPartner).get("/partners/" + own).then().statusCode(404);
        given().header("Authorization", Auth.opd("OPD-NONE")).get("/partners/" + own).then().statusCode(404);
        given().header("Authorization", otherPartner).get("/matrix?partnerId=" + own).then().statusCode(404);
        String otherOperator = Auth.operator(ApiScenes.OTHER_DESA);
        given().header("Authorization", otherOperator).get("/matrix/" + ApiScenes.KIND + "/" + ApiScenes.OWN_DESA)
                .then().statusCode(404);
        given().header("Authorization", otherOperator).get("/matrix/" + ApiScenes.KIND + "/" + ApiScenes.OWN_DESA + "/history")
                .then().statusCode(404);
        given().header("Authorization", Auth.operator(ApiScenes.OWN_DESA))
                .get("/matrix/" + ApiScenes.KIND + "/" + ApiScenes.OWN_DESA).then().statusCode(200);
    }
}

package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.delivery.Deliveries.request;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may call each endpoint of the part: without a token 401, with a role the endpoint does not take 403 (as a
 * problem). Scope (another office, another desa: 404) is tested with each endpoint's behaviour.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class DeliveryRolesTest {

    private static final UUID ID = UUID.randomUUID();
    private static final String DELIVERIES = "/interventions/" + ID + "/deliveries";
    private static final String ONE = DELIVERIES + "/" + UUID.randomUUID();

    private static final String DINSOS = Auth.dinsos();
    private static final String OPERATOR = Auth.operator(Given.DESA);
    private static final String OPD = Auth.opd("OPD-ROLES");
    private static final String PARTNER = Auth.partner(UUID.randomUUID());
    private static final String TKPKD = Auth.tkpkd();
    private static final String AUDITOR = Auth.auditor();

    @Test
    void reportingADelivery() {
        refused("POST", DELIVERIES, TKPKD, AUDITOR);
    }

    @Test
    void readingDeliveries() {
        refused("GET", DELIVERIES);
        refused("GET", ONE);
    }

    @Test
    void verifyingAndDisputing() {
        refused("POST", ONE + "/verification", DINSOS, OPD, PARTNER, TKPKD, AUDITOR);
        refused("POST", ONE + "/dispute", DINSOS, OPD, PARTNER, TKPKD, AUDITOR);
    }

    @Test
    void resolvingADispute() {
        refused("POST", ONE + "/resolution", OPERATOR, OPD, PARTNER, TKPKD, AUDITOR);
    }

    @Test
    void theOpdApi() {
        refused("GET", "/opd/interventions", DINSOS, OPERATOR, TKPKD, AUDITOR);
        refused("GET", "/opd/overdue", DINSOS, OPERATOR, TKPKD, AUDITOR);
        refused("POST", "/opd/deliveries", DINSOS, OPERATOR, TKPKD, AUDITOR);
        refused("POST", "/opd/unplanned-deliveries", DINSOS, OPERATOR, PARTNER, TKPKD, AUDITOR);
    }

    /** 401 without a token, 403 for each of the roles given. */
    private static void refused(String method, String path, String... roles) {
        call(null, method, path).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
        for (String token : List.of(roles)) {
            call(token, method, path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    private static Response call(String token, String method, String path) {
        var r = request(token).contentType(ContentType.JSON);
        return "GET".equals(method) ? r.get(path) : r.body(Map.of()).post(path);
    }
}

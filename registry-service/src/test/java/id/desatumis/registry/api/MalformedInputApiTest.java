package id.desatumis.registry.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.MalformedInput;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 11: devstack's generator walks every operation of the registry's OpenAPI document and sends at least
 * 10,000 malformed requests (tokens, path and query parameters, headers, media types, bodies, each field's removal and
 * wrong values, random combinations) on real households of the own desa: every answer is a 2xx (the input was valid
 * after all) or a 4xx problem, never a 5xx, and a refused request leaves the event count where it was.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class MalformedInputApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void noMalformedRequestIsA5xxOrMovesTheEventStore() throws Exception {
        var scene = RegistryApiScene.scene(base.toURI(), pool);
        ApiReport report = MalformedInput.send(ApiDocument.fetch(base.toURI()), scene, 10_000);
        System.out.println(report);
        System.out.println("per operation: " + report.perOperation());
        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.failures()).isEmpty();
    }
}

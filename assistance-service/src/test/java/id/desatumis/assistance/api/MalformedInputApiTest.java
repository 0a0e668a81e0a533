package id.desatumis.assistance.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.MalformedInput;
import id.desatumis.kit.region.RegionCatalog;
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
 * Issue 12, item 11: every operation of the service's OpenAPI document sent at least 10,000 malformed requests in all
 * (devstack's generator: bad and missing tokens, bad path and query parameters, media types, bodies, each field's
 * removal and wrong values, an unknown field, random combinations) against real objects ({@link ApiWorld}). Every answer
 * is a 2xx or a 4xx problem, never a 5xx, and a refused request leaves the event store's count where it was.
 *
 * <p>The public status lookup is rate limited per client address (3 an hour in the test profile). The generator's
 * requests come from the loopback address and name no X-Forwarded-For, while every other test of the module names a
 * client address of its own there (trusted in the test profile), so no other test class sharing this Quarkus instance
 * is left rate limited. Bodies that are not JSON, or not of the lookup's shape, and other media types are refused
 * (400, 415) before the resource counts a lookup; of the well-formed ones, the first three are answered (404, no such
 * code) and the rest 429 (the limit is checked before the code is read). ClientInputApiTest sends malformed codes from
 * addresses of their own.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class MalformedInputApiTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Pool pool;
    @Inject
    RegionCatalog regions;

    @Test
    void everyOperationAnswersMalformedRequestsWithA4xxProblemAndStoresNothing() throws Exception {
        ApiWorld world = ApiWorld.make(regions);
        ApiDocument document = ApiDocument.fetch(base.toURI());
        ApiReport report = MalformedInput.send(document, world.scene(base.toURI(), this::events).build(), 10_000);
        System.out.println(report);
        System.out.println(report.perOperation());
        assertThat(report.failures()).isEmpty();
        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.statuses().keySet()).allMatch(s -> s >= 200 && s < 500);
    }

    private long events() {
        return pool.query("SELECT count(*) FROM events").execute().await().indefinitely().iterator().next().getLong(0);
    }
}

package id.desatumis.monitoring.api;

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

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least 10,000 malformed requests to every operation of the document monitoring-service serves (devstack's
 * MalformedInput): each answered 2xx (the input was valid after all) or a 4xx problem, never a 5xx, and a refused one
 * leaves the event store (tkpkd's decisions, the only events this service appends) as it was. The own desa is Ngarum
 * (33.14.08.2001), the other Bener (33.14.08.2002), the intake year 2026: no other test publishes about them.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class MalformedInputApiTest {

    @TestHTTPResource("/")
    URI base;
    @Inject
    Pool pool;

    @Test
    void everyMalformedRequestIsRefusedWithAProblemAndNoneMovesTheEventStore() {
        ApiWorld world = new ApiWorld("33.14.08.2001", "33.14.08.2002", 2026).build();
        ApiReport report = MalformedInput.send(ApiDocument.fetch(base), world.scene(base, pool).build(), 10_000);
        System.out.println(report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.statuses().keySet()).allMatch(s -> s < 500);
    }
}

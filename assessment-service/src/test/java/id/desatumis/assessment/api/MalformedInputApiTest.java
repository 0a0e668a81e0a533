package id.desatumis.assessment.api;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the document, walked with malformed requests (devstack's generator): bad and missing tokens,
 * bad path and query parameters, headers, media types and bodies, each field removed or of a wrong value. Every answer
 * is a 2xx or a 4xx problem, never a 5xx, and a refused request stores no event.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class MalformedInputApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    @Test
    void noMalformedRequestIsAnswered5xxNorStoresAnEvent() throws Exception {
        ApiDocument document = ApiDocument.fetch(base.toURI());
        var scene = ApiScenes.scene(base.toURI(), pool)
                // answered 200 whoever acts for which desa: each form of another desa is refused inside (403)
                .unscoped("POST /assessments:batch")
                .build();
        ApiReport report = MalformedInput.send(document, scene, 10_000);
        System.out.println(report.summary() + "\n" + report.perOperation());
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.statuses().keySet()).allMatch(status -> status >= 200 && status < 500);
    }
}

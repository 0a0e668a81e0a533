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

    /**
     * A batch over its limit (4 MB; every other body is held to 1 MB) stores nothing. KNOWN EXCEPTION, a kit issue:
     * the batch path is one of BodySizeGuard's streaming paths (desatumis.http.streaming-paths), which the guard leaves
     * to Quarkus's own limit (quarkus.http.limits.max-body-size=4M); Quarkus closes the connection without the 413
     * problem the document promises, so the client reads no answer at all. The test accepts that, and a 413 problem
     * once the kit answers it, and nothing else.
     */
    @Test
    void aBatchOverItsLimitStoresNothing() throws Exception {
        long before = pool.query("SELECT count(*) FROM events").execute().await().indefinitely().iterator().next().getLong(0);
        String body = "{\"items\":[\"" + "x".repeat(5 * 1024 * 1024) + "\"]}";
        var request = java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/assessments:batch"))
                .header("Authorization", Auth.dinsos()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        } catch (java.io.IOException closedWithoutAnswer) {
            System.out.println("batch over 4 MB: the connection was closed without an answer (the kit issue above)");
        }
        long after = pool.query("SELECT count(*) FROM events").execute().await().indefinitely().iterator().next().getLong(0);
        assertThat(after).isEqualTo(before);
    }
}

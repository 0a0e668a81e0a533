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

import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

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
     * A batch over its limit (4 MB; every other body is held to 1 MB) is refused with a 413 problem from its declared
     * length, before its body is read, and stores nothing. The batch path is one of BodySizeGuard's streaming paths,
     * left to Quarkus's own limit, which closed the connection without an answer; the guard now refuses a declared
     * length over that limit itself. The client sends the head and asks to continue, as an uploader of a large body
     * should; a raw socket, so that what the server answers (and not a client's handling of it) is what is checked.
     */
    @Test
    void aBatchOverItsLimitIs413WithAProblemAndStoresNothing() throws Exception {
        long before = eventCount();
        String head = "POST /assessments:batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Auth.dinsos()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (5 * 1024 * 1024)
                + "\r\nExpect: 100-continue\r\n\r\n";
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // the server closes
        }
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
        assertThat(eventCount()).isEqualTo(before);
    }

    private long eventCount() {
        return pool.query("SELECT count(*) FROM events").execute().await().indefinitely().iterator().next().getLong(0);
    }
}

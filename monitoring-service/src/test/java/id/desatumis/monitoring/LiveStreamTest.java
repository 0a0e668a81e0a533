package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.monitoring.application.LiveChanges;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /live: the desa whose figures changed, as server-sent events, to the session cookie or a bearer token. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class LiveStreamTest {

    @TestHTTPResource("/live")
    URI live;

    @Inject
    LiveChanges changes;

    @Test
    void aVillageOperatorHearsOfItsOwnDesaOnly() throws Exception {
        String token = DevStack.shared().tokens().mint("op", "village-operator", List.of(DashboardSessionTest.DESA), null, null);
        try (Stream stream = Stream.open(live, "Cookie", "dasbor=" + token)) {
            assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
            assertThat(stream.line()).isEqualTo(":open");
            changes.committed(Set.of(DashboardSessionTest.OTHER_DESA));
            changes.committed(Set.of(DashboardSessionTest.OTHER_DESA, DashboardSessionTest.DESA));
            // the first change, of another desa, was not sent: the next event is the second, trimmed to its own desa
            assertThat(stream.nextEvent()).isEqualTo("event:changed\ndata:{\"desaCodes\":[\"" + DashboardSessionTest.DESA + "\"]}");
        }
    }

    @Test
    void programmeStaffHearOfEveryDesaThroughABearerToken() throws Exception {
        String token = DevStack.shared().tokens().mint("staf", "dinsos", null, null, null);
        try (Stream stream = Stream.open(live, "Authorization", "Bearer " + token)) {
            assertThat(stream.line()).isEqualTo(":open");
            changes.committed(Set.of(DashboardSessionTest.OTHER_DESA, DashboardSessionTest.DESA));
            assertThat(stream.nextEvent()).isEqualTo("event:changed\ndata:{\"desaCodes\":[\""
                    + DashboardSessionTest.DESA + "\",\"" + DashboardSessionTest.OTHER_DESA + "\"]}");
        }
    }

    @Test
    void withoutASessionTheStreamIsRefused() {
        given().accept("text/event-stream").get("/live").then().statusCode(401);
    }

    /** An open event stream read line by line. */
    record Stream(HttpResponse<InputStream> response, BufferedReader reader) implements AutoCloseable {

        static Stream open(URI uri, String header, String value) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").header(header, value)
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            return new Stream(r, new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8)));
        }

        String line() throws Exception {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get(30, TimeUnit.SECONDS);
        }

        /** The next event's lines (comments skipped), up to the blank line that ends it. */
        String nextEvent() throws Exception {
            StringBuilder event = new StringBuilder();
            for (String l = line(); l != null; l = line()) {
                if (l.startsWith(":")) continue;
                if (l.isEmpty()) {
                    if (event.length() > 0) return event.toString();
                    continue;
                }
                if (event.length() > 0) event.append('\n');
                event.append(l);
            }
            return event.toString();
        }

        @Override
        public void close() throws Exception {
            reader.close();
        }
    }
}

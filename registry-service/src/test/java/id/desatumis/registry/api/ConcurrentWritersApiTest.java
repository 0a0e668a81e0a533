package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Twenty clients change one household at once: accepted changes are each in the history once, the rest refused. */
@QuarkusTest
class ConcurrentWritersApiTest {

    @Inject
    Pool pool;

    @Test
    void twentyConcurrentWritersLeaveAGaplessHistoryWithEveryAcceptedChangeOnce() throws Exception {
        var registered = HouseholdLifecycleApiTest.register(People.DESA_A);
        String token = Auth.dinsos();
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/households/" + registered.id() + "/members");
        CountDownLatch start = new CountDownLatch(1);
        var pool20 = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            Callable<HttpResponse<String>> client = () -> {
                String body = "{\"name\":\"Bayi " + n + "\",\"sex\":\"" + (n % 2 == 0 ? "M" : "F") + "\",\"birthDate\":\""
                        + LocalDate.now().minusDays(10 + n) + "\",\"relationship\":\"GRANDCHILD\"}";
                var request = HttpRequest.newBuilder(uri).header("Authorization", token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
                // half of them think the household is as registered: version 2, its registration and its reference code
                if (n % 2 == 0) request.header("If-Match", "\"2\"");
                start.await();
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            };
            answers.add(pool20.submit(client));
        }
        start.countDown();
        int accepted = 0;
        for (var f : answers) {
            var r = f.get();
            assertThat(r.statusCode()).isIn(200, 409, 412);
            if (r.statusCode() == 200) accepted++;
            else assertThat(r.body()).contains("\"currentVersion\"");
        }
        pool20.shutdown();

        List<Long> versions = pool.preparedQuery("SELECT version FROM events WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of("household-" + registered.id())).map(rows -> {
                    List<Long> out = new ArrayList<>();
                    rows.forEach(row -> out.add(row.getLong(0)));
                    return out;
                }).await().atMost(Duration.ofSeconds(10));
        assertThat(accepted).isGreaterThanOrEqualTo(1);
        assertThat(versions).hasSize(2 + accepted);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(i + 1L);
        }
        int members = given().header("Authorization", token).get("/households/" + registered.id())
                .then().statusCode(200).extract().path("memberCount");
        assertThat(members).isEqualTo(3 + accepted);
    }
}

package id.desatumis.partner.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.MalformedInput;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every operation of the service's OpenAPI document sent malformed requests, one broken thing at a time and in seeded
 * random combinations (devstack's {@link MalformedInput}): wrong types, missing and extra fields, huge and empty
 * strings, invalid UTF-8, wrong media types, bad path parameters, bad and missing tokens. Every answer is a 2xx (the
 * input was valid after all) or a 4xx problem, never a 5xx, and a refused request leaves the event store's count
 * where it was.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class MalformedInputApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void noMalformedRequestGetsA5xxOrMovesTheEventStore() throws Exception {
        var scene = ApiScenes.scene(base.toURI(), pool).seed(20261203L).build();
        ApiReport malformed = MalformedInput.send(ApiDocument.fetch(base.toURI()), scene, 10_000);
        System.out.println(malformed.summary());
        assertThat(malformed.failures()).isEmpty();
        assertThat(malformed.requests()).isGreaterThanOrEqualTo(10_000);
    }

    /** What the walk found: half of a surrogate pair before a character beyond ASCII reached PostgreSQL (a 500). */
    @Test
    void halfASurrogatePairInATextIsA400NamingTheField() {
        for (String text : List.of("\\ud9ac\\u00df", "\\udcc9", "Dinas\\ud800")) {
            long before = events();
            given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                    .body("{\"type\":\"CSR\",\"name\":\"Yayasan\",\"contactRole\":\"" + text + "\"}").post("/partners")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("contactRole")).body("errors[0].rule", equalTo("text-encoding"));
            assertThat(events()).isEqualTo(before);
        }
        // a whole pair is text
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body("{\"type\":\"CSR\",\"name\":\"Yayasan \\ud83c\\udf3e\",\"contactRole\":\"Ketua\"}").post("/partners")
                .then().statusCode(201);
    }

    private long events() {
        return pool.query("SELECT count(*) FROM events").execute().await().indefinitely().iterator().next().getLong(0);
    }
}

package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The relay's running totals are counters (rate() and increase() read a gauge named *_total wrong), its levels gauges. */
@QuarkusTest
class MetricsApiTest {

    @Test
    void theRelaysTotalsAreCountersAndItsLevelsGauges() {
        given().get("/q/metrics").then().statusCode(200)
                // the exposition names a counter's family without the suffix and its sample with it
                .body(containsString("# TYPE desatumis_relay_published_events counter"))
                .body(containsString("\ndesatumis_relay_published_events_total "))
                .body(containsString("# TYPE desatumis_relay_send_failures counter"))
                .body(containsString("# TYPE desatumis_relay_unpublished_events gauge"))
                .body(not(containsString("# TYPE desatumis_relay_published_events_total gauge")));
    }
}

package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every answer says how fresh the read models are: the last event applied and how many events wait behind it. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class FreshnessApiTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;

    @Test
    void eventsNotYetAppliedAreCountedBehindAndTheLastAppliedIsDated() {
        UUID known = streams.registered(PartnerType.COMMUNITY, "Gapoktan", null);
        db.awaitProjected("partner-" + known);
        db.holdProjector();
        UUID waiting;
        try {
            waiting = streams.registered(PartnerType.COMMUNITY, "PKK", null);
            streams.registered(PartnerType.COMMUNITY, "Posyandu", null);
            OffsetDateTime lastApplied = db.time("SELECT last_event_at FROM view_checkpoint");

            var answer = given().header("Authorization", Auth.dinsos()).get("/partners/" + known).then().statusCode(200).extract();
            assertThat(Long.parseLong(answer.header("X-Projection-Events-Behind"))).isGreaterThanOrEqualTo(2);
            assertThat(answer.jsonPath().getLong("freshness.eventsBehind")).isGreaterThanOrEqualTo(2);
            assertThat(OffsetDateTime.parse(answer.header("X-Projection-Last-Event-At")).toInstant()).isEqualTo(lastApplied.toInstant());
            assertThat(OffsetDateTime.parse(answer.jsonPath().getString("freshness.lastEventAt")).toInstant()).isEqualTo(lastApplied.toInstant());
            given().header("Authorization", Auth.dinsos()).get("/partners/" + waiting).then().statusCode(404);
        } finally {
            db.releaseProjector();
        }

        await().atMost(Streams.WAIT).untilAsserted(() -> {
            var answer = given().header("Authorization", Auth.dinsos()).get("/partners/" + waiting).then().statusCode(200).extract();
            assertThat(answer.header("X-Projection-Events-Behind")).isEqualTo("0");
            assertThat(answer.jsonPath().getLong("freshness.eventsBehind")).isZero();
        });
    }
}

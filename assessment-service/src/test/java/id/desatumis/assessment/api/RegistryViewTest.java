package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The registry's events delivered twice (a relay that crashed before its checkpoint) change the view once. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class RegistryViewTest {

    static final String DESA = "33.14.07.2003";

    @Inject
    Pool pool;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    long count(String sql, Object param) {
        return pool.preparedQuery(sql).execute(Tuple.of(param)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void aRegistrationDeliveredTwiceRecordsTheWaitingFormOnceAndItsMembersOnce() {
        var h = new Registry.Household(UUID.randomUUID(), DESA, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        var form = Forms.form(h, 9, true);
        given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(202);
        UUID eventId = UUID.randomUUID();
        Registry.announce(h, eventId);
        Registry.announce(h, eventId);
        // a later event of the same stream (same partition, after both copies) proves both copies were consumed
        Registry.awaitStanding(pool, h.id(), "ACTIVE");
        Registry.moveOut(pool, h, h.members().get(2));
        await().atMost(Registry.PATIENCE).untilAsserted(() -> given().header("Authorization", Auth.dinsos())
                .get("/assessments/" + form.get("assessmentId")).then().statusCode(200).body("status", equalTo("SUBMITTED")));
        assertThat(count("SELECT count(*) FROM events WHERE stream_id = $1", "assessment-" + h.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM registry_member WHERE household_id = $1", h.id())).isEqualTo(3);
        // the household stream's mark is past both copies and the later event
        assertThat(count("SELECT last_sequence FROM consumer_stream_marks WHERE consumer = 'assessment.registry-view'"
                + " AND stream_id = $1", "household-" + h.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM pending_assessment WHERE household_id = $1", h.id())).isZero();
    }
}

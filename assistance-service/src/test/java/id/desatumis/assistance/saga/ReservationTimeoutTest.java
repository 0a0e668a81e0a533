package id.desatumis.assistance.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent.LateReservationAnswer;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.assistance.saga.SagaFixtures.Planned;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.ReservationTimedOutV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static id.desatumis.assistance.saga.SagaFixtures.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request partner-service does not answer within the configured time (three seconds here) is given up: timed out,
 * planned again, and its release published, so what partner-service reserves for it later goes back to the pledge;
 * an answer that comes after that is recorded and never applied.
 */
@QuarkusTest
@TestProfile(ShortReservationTimeout.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ReservationTimeoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SagaFixtures fixtures;

    @Test
    void aRequestWithoutAnswerTimesOutAndItsReleaseIsPublished() throws Exception {
        Planned p = fixtures.fromPledge();

        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.PLANNED);
        Intervention s = fixtures.state(p.interventionId());
        assertThat(s.lastRefusal()).isEqualTo("timed-out");
        assertThat(s.pendingRequest()).isNull();
        assertThat(s.givenUp()).containsExactly(p.requestId());
        assertThat(fixtures.stored(p.interventionId())).containsExactly("InterventionPlanned", "ReservationRequested",
                "ReservationTimedOut", "ReservationReleaseRequested");

        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 4, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, ReservationTimedOutV1.CE_TYPE,
                ReservationReleaseRequestedV1.CE_TYPE);
        JsonNode timedOut = JSON.readTree(published.get(2).value());
        assertThat(timedOut.get("interventionId").asText()).isEqualTo(p.interventionId().toString());
        assertThat(timedOut.get("requestId").asText()).isEqualTo(p.requestId().toString());
        JsonNode release = JSON.readTree(published.get(3).value());
        assertThat(release.get("requestId").asText()).isEqualTo(p.requestId().toString());
        assertThat(release.get("interventionId").asText()).isEqualTo(p.interventionId().toString());
        assertThat(release.get("reason").asText()).isEqualTo("TIMED_OUT");
    }

    @Test
    void aConfirmationAfterTheTimeoutIsRecordedAndNeverApplied() throws Exception {
        Planned p = fixtures.fromPledge();
        await().atMost(PATIENCE).until(() -> fixtures.stored(p.interventionId()).contains("ReservationTimedOut"));

        PartnerAnswers.confirm(p);

        await().atMost(PATIENCE).until(() -> fixtures.stored(p.interventionId()).contains("LateReservationAnswer"));
        assertThat(fixtures.history(p.interventionId()).get(4))
                .isEqualTo(new LateReservationAnswer(p.interventionId(), p.requestId(), true));
        Intervention s = fixtures.state(p.interventionId());
        assertThat(s.stage()).isEqualTo(Stage.PLANNED);
        assertThat(s.reservation()).isNull();
        assertThat(s.lastRefusal()).isEqualTo("timed-out");

        // the late answer is not published; the release asked when it timed out is what gives the capacity back
        fixtures.decide(p.interventionId(), now -> Interventions.cancel(now, "CANCELLED_BY_STAFF", "no longer needed"));
        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 5, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, ReservationTimedOutV1.CE_TYPE,
                ReservationReleaseRequestedV1.CE_TYPE, InterventionCancelledV1.CE_TYPE);
        assertThat(JSON.readTree(published.get(3).value()).get("requestId").asText()).isEqualTo(p.requestId().toString());
    }
}

package id.desatumis.assistance.saga;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeAnswered;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.assistance.saga.PartnerAnswers.Sent;
import id.desatumis.assistance.saga.SagaFixtures.Planned;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static id.desatumis.assistance.saga.SagaFixtures.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * partner-service's answers, played on its reservation topic as its relay sends them, move the interventions that
 * asked: a confirmation resources, a refusal plans again with its reason, a consume's answer is recorded; a
 * redelivered answer, a release's answer and an answer for an intervention unknown here change nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ReservationAnswerConsumerTest {

    @Inject
    SagaFixtures fixtures;

    @Test
    void aConfirmationResourcesTheInterventionFromItsReservation() {
        Planned p = fixtures.fromPledge();
        assertThat(fixtures.state(p.interventionId()).stage()).isEqualTo(Stage.RESERVATION_REQUESTED);
        Sent answer = PartnerAnswers.confirm(p);

        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.RESOURCED);
        Intervention s = fixtures.state(p.interventionId());
        assertThat(s.reservation()).isEqualTo(p.requestId());
        assertThat(s.pendingRequest()).isNull();
        assertThat(fixtures.stored(p.interventionId()))
                .containsExactly("InterventionPlanned", "ReservationRequested", "InterventionResourced");
        // partner-service acted, and its answer is the cause an auditor follows back
        StoredEvent resourced = fixtures.storedEvents(p.interventionId()).get(2);
        var metadata = EventStore.parseMetadata(resourced.metadataJson());
        assertThat(metadata.actorSubject()).isEqualTo(PartnerTopics.SOURCE);
        assertThat(metadata.actorRole()).isEqualTo("service");
        assertThat(metadata.causationId()).isEqualTo(answer.eventId());
    }

    @Test
    void aRejectionPlansTheInterventionAgainWithItsReason() {
        Planned p = fixtures.fromPledge();
        PartnerAnswers.reject(p, "insufficient");

        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.PLANNED);
        Intervention s = fixtures.state(p.interventionId());
        assertThat(s.lastRefusal()).isEqualTo("insufficient");
        assertThat(s.pendingRequest()).isNull();
        assertThat(s.reservation()).isNull();
        assertThat(fixtures.stored(p.interventionId()))
                .containsExactly("InterventionPlanned", "ReservationRequested", "ReservationRejected");
    }

    @Test
    void aRedeliveredAnswerOrTheSameAnswerAgainChangesNothing() {
        Planned p = fixtures.fromPledge();
        Sent first = PartnerAnswers.confirm(p);
        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.RESOURCED);

        PartnerAnswers.resend(first); // the same record again, as a relay that crashed before its checkpoint sends it
        PartnerAnswers.confirm(p); // the same answer as a new event of the reservation's stream
        PartnerAnswers.reject(p, "insufficient"); // and a contradicting one: the request is no longer waited for
        UUID marker = UUID.randomUUID();
        PartnerAnswers.consumed(p, marker); // after them on the same partition: once recorded, they were all read

        await().atMost(PATIENCE).until(() -> fixtures.stored(p.interventionId()).size() == 4);
        assertThat(fixtures.stored(p.interventionId())).containsExactly("InterventionPlanned", "ReservationRequested",
                "InterventionResourced", "ReservationConsumeAnswered");
        assertThat(fixtures.state(p.interventionId()).stage()).isEqualTo(Stage.RESOURCED);
        assertThat(fixtures.state(p.interventionId()).reservation()).isEqualTo(p.requestId());
    }

    @Test
    void consumeAnswersAreRecordedAndNotPublished() throws Exception {
        Planned p = fixtures.fromPledge();
        PartnerAnswers.confirm(p);
        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.RESOURCED);
        UUID consumed = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        PartnerAnswers.consumed(p, consumed);
        PartnerAnswers.consumeRejected(p, refused);

        await().atMost(PATIENCE).until(() -> fixtures.stored(p.interventionId()).size() == 5);
        var events = fixtures.storedEvents(p.interventionId());
        assertThat(events.subList(3, 5)).extracting(StoredEvent::type).containsOnly("ReservationConsumeAnswered");
        var answered = fixtures.history(p.interventionId()).subList(3, 5);
        assertThat(answered).containsExactly(
                new ReservationConsumeAnswered(p.interventionId(), p.requestId(), consumed, true, null),
                new ReservationConsumeAnswered(p.interventionId(), p.requestId(), refused, false, "exceeds-reservation"));
        assertThat(fixtures.state(p.interventionId()).stage()).isEqualTo(Stage.RESOURCED);

        // a later published event shows the answers were skipped by the catalog: versions 4 and 5 never went out
        fixtures.decide(p.interventionId(), s -> Interventions.cancel(s, "CANCELLED_BY_STAFF", "planned twice by mistake"));
        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 5, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE,
                InterventionCancelledV1.CE_TYPE, ReservationReleaseRequestedV1.CE_TYPE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_sequence"))
                .containsExactly("1", "2", "3", "6", "7");
    }

    @Test
    void aReleasesAnswerAndAnAnswerForAnInterventionUnknownHereChangeNothing() {
        Planned unknown = new Planned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), null);
        PartnerAnswers.confirm(unknown);
        Planned p = fixtures.fromPledge();
        PartnerAnswers.confirm(p);
        PartnerAnswers.released(p, "CANCELLED");
        PartnerAnswers.consumed(p, UUID.randomUUID()); // the marker: read after the release's answer

        await().atMost(PATIENCE).until(() -> fixtures.stored(p.interventionId()).size() == 4);
        assertThat(fixtures.stored(p.interventionId())).containsExactly("InterventionPlanned", "ReservationRequested",
                "InterventionResourced", "ReservationConsumeAnswered");
        assertThat(fixtures.stored(unknown.interventionId())).isEmpty();
    }
}

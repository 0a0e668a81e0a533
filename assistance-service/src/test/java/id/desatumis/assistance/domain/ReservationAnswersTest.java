package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.LateReservationAnswer;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeAnswered;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRejected;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationTimedOut;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.assistance.domain.Given.HOUSE;
import static id.desatumis.assistance.domain.Given.INTERVENTION;
import static id.desatumis.assistance.domain.Given.LATER_REQUEST;
import static id.desatumis.assistance.domain.Given.REQUEST;
import static id.desatumis.assistance.domain.Given.planned;
import static id.desatumis.assistance.domain.Given.pledgePlan;
import static id.desatumis.assistance.domain.Given.requested;
import static id.desatumis.assistance.domain.Given.reserved;
import static id.desatumis.assistance.domain.Given.state;
import static id.desatumis.assistance.domain.Given.then;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a reservation request, when partner-service answers (in time, late, twice) or the wait times out, then... */
class ReservationAnswersTest {

    private static Intervention waiting() {
        return state(planned(pledgePlan()), requested(REQUEST));
    }

    private static Intervention timedOut() {
        return then(waiting(), Interventions.timeOut(waiting(), REQUEST));
    }

    @Test
    void aConfirmationResourcesTheIntervention() {
        List<InterventionEvent> events = Interventions.reservationAnswered(waiting(), REQUEST, true, null);

        assertThat(events).containsExactly(new InterventionResourced(INTERVENTION, REQUEST, null, HOUSE));
        Intervention after = then(waiting(), events);
        assertThat(after.stage()).isEqualTo(Stage.RESOURCED);
        assertThat(after.reservation()).isEqualTo(REQUEST);
        assertThat(after.pendingRequest()).isNull();
    }

    @Test
    void aRejectionPutsItBackToPlannedWithTheReason() {
        List<InterventionEvent> events = Interventions.reservationAnswered(waiting(), REQUEST, false, "insufficient");

        assertThat(events).containsExactly(new ReservationRejected(INTERVENTION, REQUEST, "insufficient"));
        Intervention after = then(waiting(), events);
        assertThat(after.stage()).isEqualTo(Stage.PLANNED);
        assertThat(after.lastRefusal()).isEqualTo("insufficient");
        assertThat(after.pendingRequest()).isNull();
        assertThat(after.reservation()).isNull();
    }

    @Test
    void anAnswerDeliveredAgainChangesNothing() {
        assertThat(Interventions.reservationAnswered(reserved(), REQUEST, true, null)).isEmpty();
        Intervention rejected = state(planned(pledgePlan()), requested(REQUEST), new ReservationRejected(INTERVENTION, REQUEST, "expired"));
        assertThat(Interventions.reservationAnswered(rejected, REQUEST, false, "expired")).isEmpty();
    }

    @Test
    void anAnswerToARequestNeverMadeOrForNoInterventionChangesNothing() {
        assertThat(Interventions.reservationAnswered(waiting(), UUID.randomUUID(), true, null)).isEmpty();
        assertThat(Interventions.reservationAnswered(Intervention.NONE, REQUEST, true, null)).isEmpty();
    }

    @Test
    void noAnswerInTimeGivesTheRequestUpAndAsksForItsRelease() {
        List<InterventionEvent> events = Interventions.timeOut(waiting(), REQUEST);

        assertThat(events).containsExactly(new ReservationTimedOut(INTERVENTION, REQUEST),
                new ReservationReleaseRequested(INTERVENTION, REQUEST, Interventions.RELEASE_TIMED_OUT));
        Intervention after = then(waiting(), events);
        assertThat(after.stage()).isEqualTo(Stage.PLANNED);
        assertThat(after.lastRefusal()).isEqualTo("timed-out");
        assertThat(after.pendingRequest()).isNull();
        assertThat(after.givenUp()).containsExactly(REQUEST);
    }

    @Test
    void aTimeoutOfARequestNoLongerWaitedForChangesNothing() {
        assertThat(Interventions.timeOut(reserved(), REQUEST)).isEmpty();
        assertThat(Interventions.timeOut(timedOut(), REQUEST)).isEmpty();
        assertThat(Interventions.timeOut(waiting(), LATER_REQUEST)).isEmpty();
        assertThat(Interventions.timeOut(Intervention.NONE, REQUEST)).isEmpty();
    }

    @Test
    void aConfirmationAfterTheTimeoutIsRecordedNotApplied() {
        List<InterventionEvent> events = Interventions.reservationAnswered(timedOut(), REQUEST, true, null);

        assertThat(events).containsExactly(new LateReservationAnswer(INTERVENTION, REQUEST, true));
        Intervention after = then(timedOut(), events);
        assertThat(after.stage()).isEqualTo(Stage.PLANNED);
        assertThat(after.reservation()).isNull();
    }

    @Test
    void aLateAnswerToTheFirstRequestDoesNotTouchTheSecond() {
        Intervention again = then(timedOut(), Interventions.resource(timedOut(), LATER_REQUEST));
        assertThat(again.pendingRequest()).isEqualTo(LATER_REQUEST);

        assertThat(Interventions.reservationAnswered(again, REQUEST, false, "insufficient"))
                .containsExactly(new LateReservationAnswer(INTERVENTION, REQUEST, false));
        List<InterventionEvent> answered = Interventions.reservationAnswered(again, LATER_REQUEST, true, null);
        assertThat(answered).containsExactly(new InterventionResourced(INTERVENTION, LATER_REQUEST, null, HOUSE));
        assertThat(then(again, answered).reservation()).isEqualTo(LATER_REQUEST);
    }

    @Test
    void aConsumeAnswerIsRecorded() {
        UUID delivery = UUID.randomUUID();
        assertThat(Interventions.consumeAnswered(reserved(), REQUEST, delivery, false, "exceeds-reservation"))
                .containsExactly(new ReservationConsumeAnswered(INTERVENTION, REQUEST, delivery, false, "exceeds-reservation"));
        assertThat(then(reserved(), Interventions.consumeAnswered(reserved(), REQUEST, delivery, true, null)))
                .isEqualTo(reserved());
        assertThat(Interventions.consumeAnswered(Intervention.NONE, REQUEST, delivery, true, null)).isEmpty();
    }
}

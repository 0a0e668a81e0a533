package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.InterventionEvent.DeliveryDisputed;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryVerified;
import id.desatumis.assistance.domain.InterventionEvent.DisputeResolved;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.assistance.domain.Given.HOUSE;
import static id.desatumis.assistance.domain.Given.INTERVENTION;
import static id.desatumis.assistance.domain.Given.OPERATOR;
import static id.desatumis.assistance.domain.Given.REPORTER;
import static id.desatumis.assistance.domain.Given.REQUEST;
import static id.desatumis.assistance.domain.Given.TODAY;
import static id.desatumis.assistance.domain.Given.budgetPlan;
import static id.desatumis.assistance.domain.Given.committed;
import static id.desatumis.assistance.domain.Given.confirmation;
import static id.desatumis.assistance.domain.Given.delivery;
import static id.desatumis.assistance.domain.Given.planned;
import static id.desatumis.assistance.domain.Given.reported;
import static id.desatumis.assistance.domain.Given.reserved;
import static id.desatumis.assistance.domain.Given.rule;
import static id.desatumis.assistance.domain.Given.state;
import static id.desatumis.assistance.domain.Given.then;
import static org.assertj.core.api.Assertions.assertThat;

/** Given deliveries, when the village verifies or disputes one and Dinas Sosial resolves a dispute, then... */
class VerificationTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000201");
    private static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000202");
    private static final Quantity HALF = new Quantity(10_000_000L, null);
    private static final Quantity OTHER_HALF = new Quantity(10_000_000L, 1L);

    private static Intervention delivered() {
        return then(reserved(), List.of(reported(delivery(FIRST, HOUSE, null, TODAY.minusDays(2)))));
    }

    private static Intervention inTwoParts() {
        return then(reserved(), List.of(reported(delivery(FIRST, HALF, null, TODAY.minusDays(5))),
                reported(delivery(SECOND, OTHER_HALF, null, TODAY.minusDays(2)))));
    }

    private static Intervention disputed() {
        return then(delivered(), Interventions.dispute(delivered(), FIRST, DisputeGround.ASKED_TO_PAY,
                "the contractor asked for Rp500,000", OPERATOR));
    }

    @Test
    void theHouseholdsConfirmationVerifiesTheDeliveryAndTheNeedIsMet() {
        Confirmation c = confirmation(TODAY.minusDays(1));

        List<InterventionEvent> events = Interventions.verify(delivered(), FIRST, c, TODAY);

        assertThat(events).containsExactly(new DeliveryVerified(INTERVENTION, FIRST, c));
        Intervention after = then(delivered(), events);
        assertThat(after.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(after.delivery(FIRST).orElseThrow().status()).isEqualTo(DeliveryStatus.VERIFIED);
        assertThat(after.delivery(FIRST).orElseThrow().confirmation()).isEqualTo(c);
    }

    @Test
    void itIsVerifiedOnlyWhenEveryPartIs() {
        Intervention one = then(inTwoParts(), Interventions.verify(inTwoParts(), FIRST, confirmation(TODAY), TODAY));
        assertThat(one.stage()).isEqualTo(Stage.DELIVERED);
        Intervention both = then(one, Interventions.verify(one, SECOND, confirmation(TODAY), TODAY));
        assertThat(both.stage()).isEqualTo(Stage.VERIFIED);
        // a part verified while the rest is yet to come
        Intervention partly = then(reserved(), List.of(reported(delivery(FIRST, HALF))));
        assertThat(then(partly, Interventions.verify(partly, FIRST, confirmation(TODAY), TODAY)).stage())
                .isEqualTo(Stage.PARTLY_DELIVERED);
    }

    @Test
    void whoeverReportedADeliveryNeverVerifiesOrDisputesIt() {
        Confirmation byReporter = new Confirmation(Confirmation.ConfirmedBy.SPOUSE, TODAY, Confirmation.Method.THUMBPRINT, REPORTER);
        assertThat(rule(() -> Interventions.verify(delivered(), FIRST, byReporter, TODAY))).isEqualTo("reporter-cannot-verify");
        assertThat(rule(() -> Interventions.dispute(delivered(), FIRST, DisputeGround.NOT_RECEIVED, "nothing came", REPORTER)))
                .isEqualTo("reporter-cannot-verify");
    }

    @Test
    void aConfirmationFallsBetweenTheDeliveryAndToday() {
        assertThat(rule(() -> Interventions.verify(delivered(), FIRST, confirmation(TODAY.plusDays(1)), TODAY)))
                .isEqualTo("confirmation-in-future");
        assertThat(rule(() -> Interventions.verify(delivered(), FIRST, confirmation(TODAY.minusDays(3)), TODAY)))
                .isEqualTo("confirmed-before-delivery");
        assertThat(Interventions.verify(delivered(), FIRST, confirmation(TODAY.minusDays(2)), TODAY)).hasSize(1);
    }

    @Test
    void onlyAReportedDeliveryOfThisInterventionIsVerifiedOrDisputed() {
        assertThat(rule(() -> Interventions.verify(Intervention.NONE, FIRST, confirmation(TODAY), TODAY)))
                .isEqualTo("intervention-unknown");
        assertThat(rule(() -> Interventions.verify(delivered(), SECOND, confirmation(TODAY), TODAY))).isEqualTo("delivery-unknown");
        Intervention verified = then(delivered(), Interventions.verify(delivered(), FIRST, confirmation(TODAY), TODAY));
        assertThat(rule(() -> Interventions.verify(verified, FIRST, confirmation(TODAY), TODAY)))
                .isEqualTo("delivery-not-awaiting-verification");
        assertThat(rule(() -> Interventions.dispute(verified, FIRST, DisputeGround.WRONG_ITEM, "x", OPERATOR)))
                .isEqualTo("delivery-not-awaiting-verification");
        assertThat(rule(() -> Interventions.dispute(disputed(), FIRST, DisputeGround.WRONG_ITEM, "again", OPERATOR)))
                .isEqualTo("delivery-not-awaiting-verification");
    }

    @Test
    void aDisputeIsRecordedWithItsGroundAndReason() {
        List<InterventionEvent> events = Interventions.dispute(delivered(), FIRST, DisputeGround.INCOMPLETE, "no door", OPERATOR);

        assertThat(events).containsExactly(new DeliveryDisputed(INTERVENTION, FIRST, DisputeGround.INCOMPLETE, "no door", OPERATOR));
        Intervention after = then(delivered(), events);
        assertThat(after.stage()).isEqualTo(Stage.DISPUTED);
        assertThat(after.delivery(FIRST).orElseThrow().status()).isEqualTo(DeliveryStatus.DISPUTED);
        // a disputed delivery still counts against the plan until it is resolved
        assertThat(after.delivered()).isEqualTo(HOUSE);
    }

    @Test
    void redeliveredTheDisputedDeliveryNoLongerCountsAndTheActorDeliversAgain() {
        List<InterventionEvent> events = Interventions.resolve(disputed(), FIRST, Resolution.REDELIVER, "deliver the full roof");

        assertThat(events).containsExactly(new DisputeResolved(INTERVENTION, FIRST, Resolution.REDELIVER, "deliver the full roof"));
        Intervention after = then(disputed(), events);
        assertThat(after.stage()).isEqualTo(Stage.RESOURCED);
        assertThat(after.delivery(FIRST).orElseThrow().status()).isEqualTo(DeliveryStatus.VOIDED);
        assertThat(after.delivered()).isEqualTo(new Quantity(0L, 0L));
        assertThat(Interventions.deliver(after, delivery(SECOND, HOUSE), TODAY)).isNotEmpty();
    }

    @Test
    void acceptedTheDisputedDeliveryStandsAsVerified() {
        List<InterventionEvent> events = Interventions.resolve(disputed(), FIRST, Resolution.ACCEPT, "paid back; house done");

        assertThat(events).containsExactly(new DisputeResolved(INTERVENTION, FIRST, Resolution.ACCEPT, "paid back; house done"));
        Intervention after = then(disputed(), events);
        assertThat(after.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(after.delivery(FIRST).orElseThrow().status()).isEqualTo(DeliveryStatus.VERIFIED);
    }

    @Test
    void writtenOffTheInterventionIsClosedAndWhatIsStillReservedReleased() {
        List<InterventionEvent> events = Interventions.resolve(disputed(), FIRST, Resolution.WRITE_OFF, "never delivered");

        assertThat(events).containsExactly(new DisputeResolved(INTERVENTION, FIRST, Resolution.WRITE_OFF, "never delivered"),
                new ReservationReleaseRequested(INTERVENTION, REQUEST, Interventions.RELEASE_CANCELLED));
        Intervention after = then(disputed(), events);
        assertThat(after.stage()).isEqualTo(Stage.WRITTEN_OFF);
        assertThat(after.reservation()).isNull();
        assertThat(after.delivery(FIRST).orElseThrow().status()).isEqualTo(DeliveryStatus.WRITTEN_OFF);
        assertThat(rule(() -> Interventions.cancel(after, "CANCELLED_BY_STAFF", "x"))).isEqualTo("intervention-closed");
    }

    @Test
    void aBudgetLinesWriteOffAsksPartnerServiceForNothing() {
        Intervention s = then(state(planned(budgetPlan()), committed(HOUSE)), List.of(reported(delivery(FIRST, HOUSE)),
                new DeliveryDisputed(INTERVENTION, FIRST, DisputeGround.NOT_RECEIVED, "nothing came", OPERATOR)));
        assertThat(Interventions.resolve(s, FIRST, Resolution.WRITE_OFF, "never delivered"))
                .containsExactly(new DisputeResolved(INTERVENTION, FIRST, Resolution.WRITE_OFF, "never delivered"));
    }

    @Test
    void onlyADisputedDeliveryIsResolved() {
        assertThat(rule(() -> Interventions.resolve(Intervention.NONE, FIRST, Resolution.ACCEPT, "x"))).isEqualTo("intervention-unknown");
        assertThat(rule(() -> Interventions.resolve(delivered(), FIRST, Resolution.ACCEPT, "x"))).isEqualTo("delivery-not-disputed");
        assertThat(rule(() -> Interventions.resolve(disputed(), SECOND, Resolution.ACCEPT, "x"))).isEqualTo("delivery-unknown");
    }

    @Test
    void writtenOffItsOtherDeliveriesAreNeitherVerifiedDisputedNorResolvedAndItStaysWrittenOff() {
        Intervention bothDisputed = then(inTwoParts(), List.of(
                new DeliveryDisputed(INTERVENTION, FIRST, DisputeGround.NOT_RECEIVED, "nothing came", OPERATOR),
                new DeliveryDisputed(INTERVENTION, SECOND, DisputeGround.WRONG_ITEM, "zinc, not tiles", OPERATOR)));
        Intervention writtenOff = then(bothDisputed, Interventions.resolve(bothDisputed, FIRST, Resolution.WRITE_OFF, "fraud"));
        assertThat(writtenOff.stage()).isEqualTo(Stage.WRITTEN_OFF);

        assertThat(rule(() -> Interventions.resolve(writtenOff, SECOND, Resolution.ACCEPT, "x"))).isEqualTo("intervention-written-off");
        // even an event of another era folds without reviving it
        assertThat(then(writtenOff, List.of(new DisputeResolved(INTERVENTION, SECOND, Resolution.ACCEPT, "x"))).stage())
                .isEqualTo(Stage.WRITTEN_OFF);

        Intervention oneReported = then(inTwoParts(), List.of(
                new DeliveryDisputed(INTERVENTION, FIRST, DisputeGround.NOT_RECEIVED, "nothing came", OPERATOR)));
        Intervention off = then(oneReported, Interventions.resolve(oneReported, FIRST, Resolution.WRITE_OFF, "fraud"));
        assertThat(rule(() -> Interventions.verify(off, SECOND, confirmation(TODAY), TODAY))).isEqualTo("intervention-written-off");
        assertThat(rule(() -> Interventions.dispute(off, SECOND, DisputeGround.WRONG_ITEM, "x", OPERATOR)))
                .isEqualTo("intervention-written-off");
    }
}

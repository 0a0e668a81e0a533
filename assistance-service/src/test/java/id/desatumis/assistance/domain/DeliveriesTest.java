package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.InterventionEvent.DeliveryDisputed;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.DisputeResolved;
import id.desatumis.assistance.domain.InterventionEvent.InterventionCancelled;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeRequested;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.kit.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.assistance.domain.Given.HOUSE;
import static id.desatumis.assistance.domain.Given.INTERVENTION;
import static id.desatumis.assistance.domain.Given.REQUEST;
import static id.desatumis.assistance.domain.Given.TODAY;
import static id.desatumis.assistance.domain.Given.budgetPlan;
import static id.desatumis.assistance.domain.Given.committed;
import static id.desatumis.assistance.domain.Given.delivery;
import static id.desatumis.assistance.domain.Given.plan;
import static id.desatumis.assistance.domain.Given.planned;
import static id.desatumis.assistance.domain.Given.pledgePlan;
import static id.desatumis.assistance.domain.Given.rejection;
import static id.desatumis.assistance.domain.Given.reported;
import static id.desatumis.assistance.domain.Given.requested;
import static id.desatumis.assistance.domain.Given.reserved;
import static id.desatumis.assistance.domain.Given.rule;
import static id.desatumis.assistance.domain.Given.state;
import static id.desatumis.assistance.domain.Given.then;
import static id.desatumis.assistance.domain.Given.tranchePlan;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a resourced intervention, when the responsible actor reports deliveries (parts, tranches, too much), then... */
class DeliveriesTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000101");
    private static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000102");

    @Test
    void theWholePlanDeliveredConsumesTheReservationFinallyAndAwaitsTheVillage() {
        Delivery d = delivery(FIRST, HOUSE);

        List<InterventionEvent> events = Interventions.deliver(reserved(), d, TODAY);

        assertThat(events).containsExactly(new DeliveryReported(INTERVENTION, d),
                new ReservationConsumeRequested(INTERVENTION, REQUEST, FIRST, HOUSE, true));
        Intervention after = then(reserved(), events);
        assertThat(after.stage()).isEqualTo(Stage.DELIVERED);
        assertThat(after.delivered()).isEqualTo(HOUSE);
        assertThat(after.lastDeliveredOn()).isEqualTo(TODAY);
    }

    @Test
    void partsAddUpAndOnlyThePartThatCompletesThePlanIsTheFinalConsume() {
        Delivery walls = delivery(FIRST, new Quantity(12_000_000L, null), null, TODAY.minusDays(10));
        List<InterventionEvent> first = Interventions.deliver(reserved(), walls, TODAY);
        assertThat(first).contains(new ReservationConsumeRequested(INTERVENTION, REQUEST, FIRST, walls.amount(), false));
        Intervention partly = then(reserved(), first);
        assertThat(partly.stage()).isEqualTo(Stage.PARTLY_DELIVERED);

        Delivery roof = delivery(SECOND, new Quantity(8_000_000L, 1L));
        List<InterventionEvent> second = Interventions.deliver(partly, roof, TODAY);
        assertThat(second).contains(new ReservationConsumeRequested(INTERVENTION, REQUEST, SECOND, roof.amount(), true));
        Intervention done = then(partly, second);
        assertThat(done.stage()).isEqualTo(Stage.DELIVERED);
        assertThat(done.delivered()).isEqualTo(HOUSE);
        assertThat(done.lastDeliveredOn()).isEqualTo(TODAY);
    }

    @Test
    void aBudgetLinesDeliveryConsumesNoReservation() {
        Intervention s = state(planned(budgetPlan()), committed(HOUSE));
        Delivery d = delivery(FIRST, HOUSE);
        assertThat(Interventions.deliver(s, d, TODAY)).containsExactly(new DeliveryReported(INTERVENTION, d));
    }

    @Test
    void moreThanWhatIsLeftOfThePlanIsRefusedNamingTheRemainder() {
        Intervention partly = then(reserved(), List.of(reported(delivery(FIRST, new Quantity(15_000_000L, null)))));

        RuleBroken refused = rejection(() -> Interventions.deliver(partly, delivery(SECOND, new Quantity(5_000_001L, 1L)), TODAY));

        assertThat(refused.rule()).isEqualTo("over-delivery");
        assertThat(refused.field()).isEqualTo("amount");
        assertThat(refused.details()).containsEntry("remainingRupiah", "5000000").containsEntry("remainingUnits", "1");
        // units where the plan counts none are more than the plan too
        Intervention rupiahOnly = state(planned(plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(Given.PLEDGE),
                Quantity.ofRupiah(1_000_000L), List.of())), requested(REQUEST), Given.confirmed(REQUEST));
        assertThat(rule(() -> Interventions.deliver(rupiahOnly, delivery(FIRST, new Quantity(null, 1L)), TODAY)))
                .isEqualTo("over-delivery");
        // once everything is delivered, nothing more is
        Intervention delivered = then(reserved(), List.of(reported(delivery(FIRST, HOUSE))));
        assertThat(rule(() -> Interventions.deliver(delivered, delivery(SECOND, Quantity.ofRupiah(1L)), TODAY)))
                .isEqualTo("over-delivery");
    }

    @Test
    void aDeliveryHasHappenedAndNamesAnAmount() {
        assertThat(rule(() -> Interventions.deliver(reserved(), delivery(FIRST, HOUSE, null, TODAY.plusDays(1)), TODAY)))
                .isEqualTo("delivery-in-future");
        assertThat(rule(() -> Interventions.deliver(reserved(), delivery(FIRST, Quantity.NONE), TODAY))).isEqualTo("amount-required");
        assertThat(rule(() -> Interventions.deliver(reserved(), delivery(FIRST, new Quantity(0L, 0L)), TODAY)))
                .isEqualTo("amount-required");
    }

    @Test
    void onlyAResourcedInterventionIsDelivered() {
        Delivery d = delivery(FIRST, HOUSE);
        assertThat(rule(() -> Interventions.deliver(Intervention.NONE, d, TODAY))).isEqualTo("intervention-unknown");
        assertThat(rule(() -> Interventions.deliver(state(planned(pledgePlan())), d, TODAY))).isEqualTo("not-resourced");
        assertThat(rule(() -> Interventions.deliver(state(planned(pledgePlan()), requested(REQUEST)), d, TODAY)))
                .isEqualTo("not-resourced");
        Intervention cancelled = state(planned(pledgePlan()), new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "x"));
        assertThat(rule(() -> Interventions.deliver(cancelled, d, TODAY))).isEqualTo("intervention-cancelled");
    }

    @Test
    void aDisputeIsResolvedBeforeAnythingMoreIsDeliveredAndAWrittenOffOneTakesNothingMore() {
        Intervention disputed = then(reserved(), List.of(reported(delivery(FIRST, new Quantity(10_000_000L, null))),
                new DeliveryDisputed(INTERVENTION, FIRST, DisputeGround.INCOMPLETE, "only half the roof", Given.OPERATOR)));
        assertThat(disputed.stage()).isEqualTo(Stage.DISPUTED);
        assertThat(rule(() -> Interventions.deliver(disputed, delivery(SECOND, new Quantity(1L, null)), TODAY)))
                .isEqualTo("dispute-open");

        Intervention writtenOff = then(disputed, List.of(new DisputeResolved(INTERVENTION, FIRST, Resolution.WRITE_OFF, "fraud")));
        assertThat(rule(() -> Interventions.deliver(writtenOff, delivery(SECOND, new Quantity(1L, null)), TODAY)))
                .isEqualTo("intervention-written-off");
    }

    @Test
    void tranchesArePaidAsPlannedEachOnceAndAddUp() {
        Intervention s = state(planned(tranchePlan()), committed(Quantity.ofRupiah(10_000_000L)));

        Delivery first = delivery(FIRST, Quantity.ofRupiah(6_000_000L), 1, TODAY);
        Intervention afterFirst = then(s, Interventions.deliver(s, first, TODAY));
        assertThat(afterFirst.stage()).isEqualTo(Stage.PARTLY_DELIVERED);

        assertThat(rule(() -> Interventions.deliver(afterFirst, delivery(SECOND, Quantity.ofRupiah(6_000_000L), 1, TODAY), TODAY)))
                .isEqualTo("tranche-delivered");
        assertThat(rule(() -> Interventions.deliver(afterFirst, delivery(SECOND, Quantity.ofRupiah(3_000_000L), 2, TODAY), TODAY)))
                .isEqualTo("tranche-amount-differs");
        assertThat(rule(() -> Interventions.deliver(afterFirst, delivery(SECOND, Quantity.ofRupiah(4_000_000L), 3, TODAY), TODAY)))
                .isEqualTo("tranche-unknown");

        Intervention paid = then(afterFirst, Interventions.deliver(afterFirst,
                delivery(SECOND, Quantity.ofRupiah(4_000_000L), 2, TODAY), TODAY));
        assertThat(paid.stage()).isEqualTo(Stage.DELIVERED);
        assertThat(paid.delivered()).isEqualTo(Quantity.ofRupiah(10_000_000L));
    }

    @Test
    void aTrancheOfAPlanWithoutTranchesIsUnknown() {
        assertThat(rule(() -> Interventions.deliver(reserved(), delivery(FIRST, HOUSE, 1, TODAY), TODAY))).isEqualTo("tranche-unknown");
    }

    @Test
    void anOfficesOwnAssistanceIsRecordedAsDelivered() {
        Plan own = new Plan(null, Given.HOUSEHOLD, null, NeedKind.ELECTRICITY, Given.DESA, Given.ACTOR, null,
                Source.ownProgramme("Listrik Desa 2026"), new Quantity(null, 1L), List.of(), null, null, null);
        Delivery d = delivery(FIRST, new Quantity(null, 1L), null, TODAY.minusDays(3));

        List<InterventionEvent> events = Interventions.recordUnplanned(Intervention.NONE, INTERVENTION, own, d, TODAY);

        assertThat(events).containsExactly(new UnplannedDeliveryRecorded(INTERVENTION, own, d));
        Intervention after = then(Intervention.NONE, events);
        assertThat(after.unplanned()).isTrue();
        assertThat(after.stage()).isEqualTo(Stage.DELIVERED);
        assertThat(after.plannedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(after.lastDeliveredOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void anUnplannedDeliveryIsRecordedOnceHasHappenedAndNamesAnAmount() {
        Plan own = new Plan(null, Given.HOUSEHOLD, null, NeedKind.ELECTRICITY, Given.DESA, Given.ACTOR, null,
                Source.ownProgramme("Listrik Desa 2026"), new Quantity(null, 1L), List.of(), null, null, null);
        Intervention recorded = then(Intervention.NONE, Interventions.recordUnplanned(Intervention.NONE, INTERVENTION, own,
                delivery(FIRST, new Quantity(null, 1L)), TODAY));

        assertThat(rule(() -> Interventions.recordUnplanned(recorded, INTERVENTION, own, delivery(SECOND, new Quantity(null, 1L)), TODAY)))
                .isEqualTo("intervention-exists");
        assertThat(rule(() -> Interventions.recordUnplanned(Intervention.NONE, INTERVENTION, own,
                delivery(FIRST, new Quantity(null, 1L), null, TODAY.plusDays(1)), TODAY))).isEqualTo("delivery-in-future");
        assertThat(rule(() -> Interventions.recordUnplanned(Intervention.NONE, INTERVENTION, own, delivery(FIRST, Quantity.NONE), TODAY)))
                .isEqualTo("amount-required");
    }
}

package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.InterventionEvent.InterventionCancelled;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRejected;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.assistance.domain.InterventionEvent.SourceChanged;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.assistance.domain.Given.DESA;
import static id.desatumis.assistance.domain.Given.HOUSE;
import static id.desatumis.assistance.domain.Given.INTERVENTION;
import static id.desatumis.assistance.domain.Given.LATER_REQUEST;
import static id.desatumis.assistance.domain.Given.LINE;
import static id.desatumis.assistance.domain.Given.PLEDGE;
import static id.desatumis.assistance.domain.Given.REQUEST;
import static id.desatumis.assistance.domain.Given.TODAY;
import static id.desatumis.assistance.domain.Given.budgetPlan;
import static id.desatumis.assistance.domain.Given.committed;
import static id.desatumis.assistance.domain.Given.delivery;
import static id.desatumis.assistance.domain.Given.plan;
import static id.desatumis.assistance.domain.Given.planned;
import static id.desatumis.assistance.domain.Given.pledgePlan;
import static id.desatumis.assistance.domain.Given.reported;
import static id.desatumis.assistance.domain.Given.requested;
import static id.desatumis.assistance.domain.Given.reserved;
import static id.desatumis.assistance.domain.Given.rule;
import static id.desatumis.assistance.domain.Given.state;
import static id.desatumis.assistance.domain.Given.then;
import static id.desatumis.assistance.domain.Given.tranchePlan;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an intervention's events, when it is planned, resourced, cancelled or its need withdrawn, then its events. */
class InterventionsTest {

    @Test
    void aNeedIsPlannedWithEverythingThePlanNames() {
        List<InterventionEvent> events = Interventions.plan(Intervention.NONE, INTERVENTION, pledgePlan(), TODAY);

        assertThat(events).containsExactly(new InterventionPlanned(INTERVENTION, pledgePlan(), TODAY));
        Intervention s = then(Intervention.NONE, events);
        assertThat(s.exists()).isTrue();
        assertThat(s.stage()).isEqualTo(Stage.PLANNED);
        assertThat(s.plannedOn()).isEqualTo(TODAY);
        assertThat(s.plan().desaCode()).isEqualTo(DESA);
        assertThat(s.unplanned()).isFalse();
    }

    @Test
    void anInterventionIsPlannedOnce() {
        assertThat(rule(() -> Interventions.plan(state(planned(pledgePlan())), INTERVENTION, pledgePlan(), TODAY)))
                .isEqualTo("intervention-exists");
    }

    @Test
    void aPlanNamesAnAmount() {
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION,
                plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), Quantity.NONE, List.of()), TODAY)))
                .isEqualTo("amount-required");
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION,
                plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), new Quantity(0L, 0L), List.of()), TODAY)))
                .isEqualTo("amount-required");
        // units alone are an amount for a pledge
        assertThat(Interventions.plan(Intervention.NONE, INTERVENTION,
                plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), new Quantity(null, 1L), List.of()), TODAY))
                .hasSize(1);
    }

    @Test
    void aPlanOnABudgetLineNamesRupiah() {
        Source apbd = Source.budget(SourceType.APBD, LINE, "1.06.01.2.03");
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION,
                plan(NeedKind.HOUSE_REPAIR, null, apbd, new Quantity(null, 1L), List.of()), TODAY)))
                .isEqualTo("budget-needs-rupiah");
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION,
                plan(NeedKind.HOUSE_REPAIR, null, apbd, new Quantity(0L, 1L), List.of()), TODAY)))
                .isEqualTo("budget-needs-rupiah");
    }

    @Test
    void aPlanIsDueFromToday() {
        Plan p = pledgePlan();
        Plan yesterday = new Plan(p.needId(), p.householdId(), p.memberId(), p.kind(), p.desaCode(), p.actorId(), null,
                p.source(), p.amount(), p.tranches(), TODAY.minusDays(1), p.decisionNumber(), null);
        Plan today = new Plan(p.needId(), p.householdId(), p.memberId(), p.kind(), p.desaCode(), p.actorId(), null,
                p.source(), p.amount(), p.tranches(), TODAY, p.decisionNumber(), null);

        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION, yesterday, TODAY))).isEqualTo("due-date-past");
        assertThat(Interventions.plan(Intervention.NONE, INTERVENTION, today, TODAY)).hasSize(1);
    }

    @Test
    void businessCapitalIsPlannedInTranchesThatSumToThePlan() {
        assertThat(Interventions.plan(Intervention.NONE, INTERVENTION, tranchePlan(), TODAY)).hasSize(1);
    }

    @Test
    void onlyBusinessCapitalIsPaidInTranches() {
        Plan house = plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), Quantity.ofRupiah(10_000_000L),
                tranchePlan().tranches());
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION, house, TODAY))).isEqualTo("tranches-not-allowed");
    }

    @Test
    void tranchesThatDoNotSumToThePlanAreRefused() {
        assertThat(scheduleRule(new Tranche(1, 6_000_000L, TODAY.plusMonths(1)), new Tranche(2, 3_000_000L, TODAY.plusMonths(2))))
                .isEqualTo("tranches-sum");
        // tranches each within bounds whose sum no long holds
        assertThat(scheduleRule(new Tranche(1, Long.MAX_VALUE, TODAY.plusMonths(1)),
                new Tranche(2, Long.MAX_VALUE, TODAY.plusMonths(2)))).isEqualTo("tranches-sum");
        // in units only there is no rupiah for them to sum to
        Plan units = plan(NeedKind.BUSINESS_CAPITAL, Given.MEMBER, Source.pledge(PLEDGE), new Quantity(null, 1L),
                tranchePlan().tranches());
        assertThat(rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION, units, TODAY))).isEqualTo("tranches-sum");
    }

    @Test
    void tranchesAreNumberedInOrderPositiveAndDueInOrderFromTodayUntilTheDueDate() {
        assertThat(scheduleRule(new Tranche(2, 6_000_000L, TODAY.plusMonths(1)), new Tranche(1, 4_000_000L, TODAY.plusMonths(2))))
                .isEqualTo("tranche-numbering");
        assertThat(scheduleRule(new Tranche(1, 10_000_000L, TODAY.plusMonths(1)), new Tranche(2, 0L, TODAY.plusMonths(2))))
                .isEqualTo("tranche-amount");
        assertThat(scheduleRule(new Tranche(1, 6_000_000L, TODAY.minusDays(1)), new Tranche(2, 4_000_000L, TODAY.plusMonths(2))))
                .isEqualTo("tranche-dates");
        assertThat(scheduleRule(new Tranche(1, 6_000_000L, TODAY.plusMonths(2)), new Tranche(2, 4_000_000L, TODAY.plusMonths(1))))
                .isEqualTo("tranche-dates");
        assertThat(scheduleRule(new Tranche(1, 6_000_000L, TODAY.plusMonths(1)), new Tranche(2, 4_000_000L, TODAY.plusMonths(4))))
                .isEqualTo("tranche-after-due-date");
        // two tranches may fall due on the same day, and the last on the plan's due date
        assertThat(Interventions.plan(Intervention.NONE, INTERVENTION, tranches(10_000_000L,
                new Tranche(1, 6_000_000L, TODAY.plusMonths(3)), new Tranche(2, 4_000_000L, TODAY.plusMonths(3))), TODAY))
                .hasSize(1);
    }

    @Test
    void aPledgesPlanAsksForAReservationOfThePlannedAmount() {
        Intervention s = state(planned(pledgePlan()));

        List<InterventionEvent> events = Interventions.resource(s, REQUEST);

        assertThat(events).containsExactly(new ReservationRequested(INTERVENTION, REQUEST, PLEDGE, HOUSE));
        Intervention after = then(s, events);
        assertThat(after.stage()).isEqualTo(Stage.RESERVATION_REQUESTED);
        assertThat(after.pendingRequest()).isEqualTo(REQUEST);
    }

    @Test
    void aBudgetPlanIsResourcedAtOnce() {
        Intervention s = state(planned(budgetPlan()));

        List<InterventionEvent> events = Interventions.resource(s, REQUEST);

        assertThat(events).containsExactly(new InterventionResourced(INTERVENTION, null, LINE, HOUSE));
        Intervention after = then(s, events);
        assertThat(after.stage()).isEqualTo(Stage.RESOURCED);
        assertThat(after.pendingRequest()).isNull();
        assertThat(after.reservation()).isNull();
    }

    @Test
    void anOfficesOwnProgrammeIsNotResourcedHere() {
        Intervention s = state(planned(plan(NeedKind.HOUSE_REPAIR, null, Source.ownProgramme("RTLH 2026"), HOUSE, List.of())));
        assertThat(rule(() -> Interventions.resource(s, REQUEST))).isEqualTo("source-not-resourceable");
    }

    @Test
    void onlyAPlannedInterventionIsResourced() {
        assertThat(rule(() -> Interventions.resource(Intervention.NONE, REQUEST))).isEqualTo("intervention-unknown");
        assertThat(rule(() -> Interventions.resource(state(planned(pledgePlan()), requested(REQUEST)), LATER_REQUEST)))
                .isEqualTo("not-awaiting-resources");
        assertThat(rule(() -> Interventions.resource(reserved(), LATER_REQUEST))).isEqualTo("not-awaiting-resources");
        assertThat(rule(() -> Interventions.resource(state(planned(budgetPlan()), committed(HOUSE)), LATER_REQUEST)))
                .isEqualTo("not-awaiting-resources");
    }

    @Test
    void refusedOnceItIsResourcedAgainFromTheSamePledge() {
        Intervention refused = state(planned(pledgePlan()), requested(REQUEST),
                new ReservationRejected(INTERVENTION, REQUEST, "insufficient"));
        assertThat(refused.stage()).isEqualTo(Stage.PLANNED);
        assertThat(refused.lastRefusal()).isEqualTo("insufficient");

        List<InterventionEvent> events = Interventions.resource(refused, LATER_REQUEST, Source.pledge(PLEDGE));

        assertThat(events).containsExactly(new ReservationRequested(INTERVENTION, LATER_REQUEST, PLEDGE, HOUSE));
        Intervention after = then(refused, events);
        assertThat(after.stage()).isEqualTo(Stage.RESERVATION_REQUESTED);
        assertThat(after.lastRefusal()).isNull();
    }

    @Test
    void refusedOnceItIsResourcedFromAnotherPledgeWhichBecomesThePlansSource() {
        UUID another = UUID.randomUUID();
        Intervention refused = state(planned(pledgePlan()), requested(REQUEST),
                new ReservationRejected(INTERVENTION, REQUEST, "insufficient"));

        List<InterventionEvent> events = Interventions.resource(refused, LATER_REQUEST, Source.pledge(another));

        assertThat(events).containsExactly(new SourceChanged(INTERVENTION, Source.pledge(another)),
                new ReservationRequested(INTERVENTION, LATER_REQUEST, another, HOUSE));
        assertThat(then(refused, events).plan().source()).isEqualTo(Source.pledge(another));
    }

    @Test
    void timedOutItIsResourcedFromABudgetLineAtOnce() {
        Intervention timedOut = then(state(planned(pledgePlan()), requested(REQUEST)), Interventions.timeOut(
                state(planned(pledgePlan()), requested(REQUEST)), REQUEST));
        Source apbd = Source.budget(SourceType.APBD, LINE, "1.06.01.2.03");

        List<InterventionEvent> events = Interventions.resource(timedOut, LATER_REQUEST, apbd);

        assertThat(events).containsExactly(new SourceChanged(INTERVENTION, apbd),
                new InterventionResourced(INTERVENTION, null, LINE, HOUSE));
        Intervention after = then(timedOut, events);
        assertThat(after.stage()).isEqualTo(Stage.RESOURCED);
        assertThat(after.plan().source()).isEqualTo(apbd);
    }

    @Test
    void aPlanInUnitsOnlyIsNotMovedOntoABudgetLine() {
        Plan units = plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), new Quantity(null, 1L), List.of());
        Intervention refused = state(planned(units), requested(REQUEST), new ReservationRejected(INTERVENTION, REQUEST, "expired"));
        assertThat(rule(() -> Interventions.resource(refused, LATER_REQUEST, Source.budget(SourceType.APBN, LINE, "x"))))
                .isEqualTo("budget-needs-rupiah");
        assertThat(rule(() -> Interventions.resource(refused, LATER_REQUEST, Source.ownProgramme("own"))))
                .isEqualTo("source-not-resourceable");
    }

    @Test
    void aPlannedInterventionIsCancelledWithItsReason() {
        Intervention s = state(planned(pledgePlan()));

        List<InterventionEvent> events = Interventions.cancel(s, "CANCELLED_BY_STAFF", "the household moved away");

        assertThat(events).containsExactly(new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "the household moved away"));
        assertThat(then(s, events).stage()).isEqualTo(Stage.CANCELLED);
    }

    @Test
    void cancelledWhileWaitingForPartnerServiceTheRequestIsReleasedAndItsLateAnswerNotApplied() {
        Intervention s = state(planned(pledgePlan()), requested(REQUEST));

        List<InterventionEvent> events = Interventions.cancel(s, "CANCELLED_BY_STAFF", "planned twice by mistake");

        assertThat(events).containsExactly(new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "planned twice by mistake"),
                new ReservationReleaseRequested(INTERVENTION, REQUEST, Interventions.RELEASE_CANCELLED));
        Intervention after = then(s, events);
        assertThat(after.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(after.pendingRequest()).isNull();
        assertThat(after.givenUp()).contains(REQUEST);
        assertThat(Interventions.reservationAnswered(after, REQUEST, true, null))
                .containsExactly(new InterventionEvent.LateReservationAnswer(INTERVENTION, REQUEST, true));
        assertThat(Interventions.timeOut(after, REQUEST)).isEmpty();
    }

    @Test
    void cancelledOnceResourcedTheReservationIsReleased() {
        List<InterventionEvent> events = Interventions.cancel(reserved(), "CANCELLED_BY_STAFF", "done by the village itself");

        assertThat(events).containsExactly(new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "done by the village itself"),
                new ReservationReleaseRequested(INTERVENTION, REQUEST, Interventions.RELEASE_CANCELLED));
        assertThat(then(reserved(), events).reservation()).isNull();
    }

    @Test
    void aBudgetPlanIsCancelledWithoutAReleaseRequestForTheLedgerReleasesItsCommitment() {
        Intervention s = state(planned(budgetPlan()), committed(HOUSE));
        assertThat(Interventions.cancel(s, "CANCELLED_BY_STAFF", "wrong line"))
                .containsExactly(new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "wrong line"));
    }

    @Test
    void nothingDeliveredOrClosedIsCancelled() {
        assertThat(rule(() -> Interventions.cancel(Intervention.NONE, "CANCELLED_BY_STAFF", "x"))).isEqualTo("intervention-unknown");
        Intervention cancelled = state(planned(pledgePlan()), new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "x"));
        assertThat(rule(() -> Interventions.cancel(cancelled, "CANCELLED_BY_STAFF", "again"))).isEqualTo("intervention-closed");
        Intervention delivered = then(reserved(), List.of(reported(delivery(UUID.randomUUID(), new Quantity(10_000_000L, null)))));
        assertThat(delivered.stage()).isEqualTo(Stage.PARTLY_DELIVERED);
        assertThat(rule(() -> Interventions.cancel(delivered, "CANCELLED_BY_STAFF", "too late"))).isEqualTo("already-delivered");
    }

    @Test
    void aWithdrawnNeedCancelsWhatIsNotDeliveredAndLeavesTheRestAsItIs() {
        Intervention waiting = state(planned(pledgePlan()), requested(REQUEST));
        assertThat(Interventions.withdrawnNeed(waiting, "NO_LONGER_LISTED")).containsExactly(
                new InterventionCancelled(INTERVENTION, "NO_LONGER_LISTED", "the need is no longer to be met: NO_LONGER_LISTED"),
                new ReservationReleaseRequested(INTERVENTION, REQUEST, Interventions.RELEASE_CANCELLED));

        Intervention delivered = then(reserved(), List.of(reported(delivery(UUID.randomUUID(), HOUSE))));
        assertThat(Interventions.withdrawnNeed(delivered, "GRADUATED")).isEmpty();
        Intervention cancelled = state(planned(pledgePlan()), new InterventionCancelled(INTERVENTION, "CANCELLED_BY_STAFF", "x"));
        assertThat(Interventions.withdrawnNeed(cancelled, "GRADUATED")).isEmpty();
        assertThat(Interventions.withdrawnNeed(Intervention.NONE, "GRADUATED")).isEmpty();
    }

    /** The rule that ten million rupiah of business capital in this schedule breaks. */
    private static String scheduleRule(Tranche... schedule) {
        return rule(() -> Interventions.plan(Intervention.NONE, INTERVENTION, tranches(10_000_000L, schedule), TODAY));
    }

    private static Plan tranches(long rupiah, Tranche... schedule) {
        return plan(NeedKind.BUSINESS_CAPITAL, Given.MEMBER, Source.budget(SourceType.APBDES, LINE, "5.1.02"),
                Quantity.ofRupiah(rupiah), List.of(schedule));
    }
}

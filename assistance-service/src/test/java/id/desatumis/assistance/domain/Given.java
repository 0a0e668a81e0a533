package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One household of Cemeng and what the given/when/then tests of its interventions start from: a house repair planned
 * from a pledge (20 million rupiah, one house), the same planned on an APBD line, and business capital in tranches.
 */
final class Given {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final String DESA = "33.14.07.2003";
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID MEMBER = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID NEED = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final UUID ACTOR = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
    static final UUID PLEDGE = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
    static final UUID LINE = UUID.fromString("00000000-0000-4000-8000-0000000000f2");
    static final UUID REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID LATER_REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    static final String DECISION = "MD/33.14.07.2003/2026/004";
    static final String REPORTER = "staf-dpupr";
    static final String OPERATOR = "operator-33.14.07.2003";

    static final Quantity HOUSE = new Quantity(20_000_000L, 1L);

    private Given() {
    }

    static Plan plan(NeedKind kind, UUID memberId, Source source, Quantity amount, List<Tranche> tranches) {
        return new Plan(NEED, HOUSEHOLD, memberId, kind, DESA, ACTOR, null, source, amount, tranches,
                TODAY.plusMonths(3), DECISION, null);
    }

    /** A house repair of one house, 20 million rupiah, from the partner's pledge. */
    static Plan pledgePlan() {
        return plan(NeedKind.HOUSE_REPAIR, null, Source.pledge(PLEDGE), HOUSE, List.of());
    }

    /** The same house repair on the regency's APBD line. */
    static Plan budgetPlan() {
        return plan(NeedKind.HOUSE_REPAIR, null, Source.budget(SourceType.APBD, LINE, "1.06.01.2.03"), HOUSE, List.of());
    }

    /** Ten million rupiah of business capital for one member, in two tranches of six and four. */
    static Plan tranchePlan() {
        return plan(NeedKind.BUSINESS_CAPITAL, MEMBER, Source.budget(SourceType.APBDES, LINE, "5.1.02"),
                Quantity.ofRupiah(10_000_000L), List.of(new Tranche(1, 6_000_000L, TODAY.plusMonths(1)),
                        new Tranche(2, 4_000_000L, TODAY.plusMonths(2))));
    }

    static InterventionPlanned planned(Plan plan) {
        return new InterventionPlanned(INTERVENTION, plan, TODAY);
    }

    static ReservationRequested requested(UUID requestId) {
        return new ReservationRequested(INTERVENTION, requestId, PLEDGE, HOUSE);
    }

    static InterventionResourced confirmed(UUID requestId) {
        return new InterventionResourced(INTERVENTION, requestId, null, HOUSE);
    }

    static InterventionResourced committed(Quantity amount) {
        return new InterventionResourced(INTERVENTION, null, LINE, amount);
    }

    /** A pledge's plan whose reservation partner-service confirmed. */
    static Intervention reserved() {
        return state(planned(pledgePlan()), requested(REQUEST), confirmed(REQUEST));
    }

    static Delivery delivery(UUID id, Quantity amount, Integer tranche, LocalDate on) {
        return new Delivery(id, on, "roof and walls rebuilt", amount, tranche,
                new Evidence("BAST/DPUPR/2026/117", "photos/bast-117.jpg", "a".repeat(64)), REPORTER, null);
    }

    static Delivery delivery(UUID id, Quantity amount) {
        return delivery(id, amount, null, TODAY);
    }

    static DeliveryReported reported(Delivery d) {
        return new DeliveryReported(INTERVENTION, d);
    }

    static Confirmation confirmation(LocalDate on) {
        return new Confirmation(Confirmation.ConfirmedBy.HEAD_OF_HOUSEHOLD, on, Confirmation.Method.SIGNATURE, OPERATOR);
    }

    static Intervention state(InterventionEvent... history) {
        return fold(Intervention.NONE, List.of(history));
    }

    static Intervention fold(Intervention from, List<InterventionEvent> events) {
        Intervention s = from;
        for (InterventionEvent e : events) s = Intervention.evolve(s, e);
        return s;
    }

    /** The state after the given events and then what a decision returned on it. */
    static Intervention then(Intervention s, List<InterventionEvent> decided) {
        return fold(s, decided);
    }

    static RuleBroken rejection(Runnable r) {
        try {
            r.run();
        } catch (RuleBroken e) {
            return e;
        }
        throw new AssertionError("expected a rejection");
    }

    static String rule(Runnable r) {
        return rejection(r).rule();
    }
}

package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.planning.Households.Household;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.DUE;
import static id.desatumis.assistance.planning.PlanRequests.YEAR;
import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static id.desatumis.assistance.planning.PlanRequests.pledge;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static id.desatumis.assistance.planning.PlanRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A verified need planned over REST, from a pledge (a reservation requested) and from a budget line (committed at
 * once), each written to every stream it concerns in one transaction; the responsible actor by default the matrix's
 * lead; read back one by one and in lists.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PlanApiTest extends SceneTest {

    @Test
    void plannedFromAPledgeItWaitsForItsReservationAndTheNeedIsPlanned() {
        Household h = Households.verifiedPoor(s.desa());
        UUID baznas = Partners.partner();
        UUID pledgeId = Partners.pledge(baznas, s.desa(), 10, NeedKind.HOUSE_REPAIR);
        Map<String, Object> body = plan(h.need(NeedKind.HOUSE_REPAIR), pledge(pledgeId), s.decision());
        awaitReady(body);

        var created = post(Auth.operator(s.desa()), "/interventions", body).statusCode(201)
                .header("ETag", "\"2\"")
                .body("stage", equalTo("RESERVATION_REQUESTED"))
                .body("plan.needId", equalTo(h.need(NeedKind.HOUSE_REPAIR).toString()))
                .body("plan.householdId", equalTo(h.householdId().toString()))
                .body("plan.kind", equalTo("HOUSE_REPAIR")).body("plan.desaCode", equalTo(s.desa()))
                .body("plan.actorId", equalTo(s.office().toString()))
                .body("plan.source.type", equalTo("PLEDGE")).body("plan.source.pledgeId", equalTo(pledgeId.toString()))
                .body("plan.amount.rupiah", equalTo(20_000_000)).body("plan.amount.units", equalTo(1))
                .body("plan.dueDate", equalTo(DUE.toString())).body("plan.decisionNumber", equalTo(s.decision()))
                .body("pendingRequestId", notNullValue())
                .extract();
        String id = created.path("interventionId");
        assertThat(created.header("Location")).endsWith("/interventions/" + id);

        assertThat(stored.types("intervention-" + id)).containsExactly("InterventionPlanned", "ReservationRequested");
        assertThat(stored.types("household-" + h.householdId())).endsWith("NeedPlanned");
        get(Auth.dinsos(), "/households/" + h.householdId() + "/needs").statusCode(200)
                .body("needs.find { it.needId == '" + h.need(NeedKind.HOUSE_REPAIR) + "' }.status", equalTo("PLANNED"))
                .body("needs.find { it.needId == '" + h.need(NeedKind.HOUSE_REPAIR) + "' }.interventionId", equalTo(id));
        get(Auth.dinsos(), "/interventions?householdId=" + h.householdId()).statusCode(200)
                .body("total", equalTo(1)).body("items[0].interventionId", equalTo(id))
                .body("items[0].stage", equalTo("RESERVATION_REQUESTED"))
                .body("items[0].source.pledgeId", equalTo(pledgeId.toString()));
    }

    @Test
    void plannedFromABudgetLineItIsResourcedAtOnceAndTheLineCommitted() {
        Household h = Households.verifiedPoor(s.desa());
        Budget.Line line = Budget.apbd(100_000_000L);
        Map<String, Object> body = plan(h.need(NeedKind.HOUSE_REPAIR), budget("APBD", line.code()), s.decision());
        awaitReady(body);

        String id = post(Auth.dinsos(), "/interventions", body).statusCode(201)
                .header("ETag", "\"2\"")
                .body("stage", equalTo("RESOURCED"))
                .body("plan.source.type", equalTo("APBD")).body("plan.source.code", equalTo(line.code()))
                .body("plan.source.budgetLineId", equalTo(line.id()))
                .body("pendingRequestId", nullValue())
                .extract().path("interventionId");

        assertThat(stored.types("intervention-" + id)).containsExactly("InterventionPlanned", "InterventionResourced");
        get(Auth.dinsos(), "/budget-lines/" + line.id()).statusCode(200)
                .body("committedRupiah", equalTo(20_000_000)).body("availableRupiah", equalTo(80_000_000));
    }

    @Test
    void aBudgetLinesFiscalYearIsTheDueDatesByDefault() {
        Household h = Households.verifiedPoor(s.desa());
        Budget.Line line = Budget.apbd(50_000_000L);
        Map<String, Object> body = plan(h.need(NeedKind.HOUSE_REPAIR), Map.of("type", "APBD", "code", line.code()), s.decision());
        awaitReady(body);

        post(Auth.dinsos(), "/interventions", body).statusCode(201).body("plan.source.budgetLineId", equalTo(line.id()));
        Map<String, Object> nextYear = with(with(plan(h.need(NeedKind.SANITATION),
                Map.of("type", "APBD", "code", line.code(), "fiscalYear", YEAR + 1), s.decision()), "actorId", s.office().toString()),
                "actorReason", "no lead named for sanitation here");
        post(Auth.dinsos(), "/interventions", nextYear).statusCode(409)
                .body("type", equalTo("/problems/budget-line-unknown")).body("errors[0].field", equalTo("source"));
    }

    @Test
    void anotherActorThanTheLeadAnswersWithAReason() {
        Household h = Households.verifiedPoor(s.desa());
        UUID other = Partners.office();
        Budget.Line line = Budget.apbd(100_000_000L);
        Map<String, Object> body = with(plan(h.need(NeedKind.HOUSE_REPAIR), budget("APBD", line.code()), s.decision()),
                "actorId", other.toString());
        awaitReady(with(body, "actorReason", "probe"));

        post(Auth.dinsos(), "/interventions", body).statusCode(400)
                .body("type", equalTo("/problems/actor-reason-required"))
                .body("errors[0].field", equalTo("actorReason")).body("leadActorId", equalTo(s.office().toString()));
        String id = planned(Auth.dinsos(), with(body, "actorReason", "the lead's contractor is on another site"));
        get(Auth.dinsos(), "/interventions/" + id).statusCode(200)
                .body("plan.actorId", equalTo(other.toString()))
                .body("plan.actorReason", equalTo("the lead's contractor is on another site"));
        // the lead named is the lead: no reason needed
        Partners.leads(NeedKind.SANITATION, s.desa(), s.office());
        Map<String, Object> lead = with(plan(h.need(NeedKind.SANITATION), budget("APBD", line.code()), s.decision()),
                "actorId", s.office().toString());
        awaitReady(lead);
        planned(Auth.dinsos(), lead);
    }

    @Test
    void nobodyLeadingAndNobodyNamedIsRefused() {
        Household h = Households.verifiedPoor(s.desa());
        // nobody leads skills training anywhere in these tests
        Budget.Line line = Budget.apbd(100_000_000L);
        Map<String, Object> body = plan(h.need(NeedKind.SKILLS_TRAINING, h.head()), budget("APBD", line.code()), s.decision());
        awaitReady(with(with(body, "actorId", s.office().toString()), "actorReason", "probe"));

        post(Auth.dinsos(), "/interventions", body).statusCode(409)
                .body("type", equalTo("/problems/no-responsible-actor")).body("errors[0].field", equalTo("actorId"));
        planned(Auth.dinsos(), with(with(body, "actorId", s.office().toString()), "actorReason", "the office runs the course"));
    }

    @Test
    void businessCapitalIsPlannedInTranches() {
        Household h = Households.verifiedPoor(s.desa());
        Partners.leads(NeedKind.BUSINESS_CAPITAL, s.desa(), s.office());
        Budget.Line line = Budget.apbd(100_000_000L);
        Map<String, Object> body = with(with(plan(h.need(NeedKind.BUSINESS_CAPITAL, h.head()), budget("APBD", line.code()),
                s.decision()), "amount", Map.of("rupiah", 10_000_000)), "tranches", List.of(
                Map.of("number", 1, "rupiah", 6_000_000, "due", DUE.minusDays(1).toString()),
                Map.of("number", 2, "rupiah", 4_000_000, "due", DUE.toString())));
        awaitReady(with(body, "tranches", null));

        String id = post(Auth.dinsos(), "/interventions", body).statusCode(201)
                .body("plan.memberId", equalTo(h.head().toString()))
                .body("plan.tranches", hasSize(2)).body("plan.tranches[1].rupiah", equalTo(4_000_000))
                .extract().path("interventionId");
        get(Auth.operator(s.desa()), "/interventions/" + id).statusCode(200)
                .body("plan.tranches[0].due", equalTo(DUE.minusDays(1).toString())).body("deliveries", hasSize(0));
    }

    @Test
    void anInterventionIsReadWithItsETagAndListedByItsFilters() {
        Household h = Households.verifiedPoor(s.desa());
        Budget.Line line = Budget.apbd(100_000_000L);
        Map<String, Object> body = plan(h.need(NeedKind.HOUSE_REPAIR), budget("APBD", line.code()), s.decision());
        awaitReady(body);
        String id = planned(Auth.dinsos(), body);

        get(Auth.tkpkd(), "/interventions/" + id).statusCode(200).header("ETag", "\"2\"")
                .body("interventionId", equalTo(id)).body("version", equalTo(2));
        for (String query : List.of("desa=" + s.desa(), "kind=HOUSE_REPAIR", "stage=RESOURCED", "actorId=" + s.office(),
                "householdId=" + h.householdId())) {
            get(Auth.auditor(), "/interventions?size=200&householdId=" + h.householdId() + "&" + query).statusCode(200)
                    .body("items.interventionId", hasItem(id));
        }
        get(Auth.dinsos(), "/interventions?householdId=" + h.householdId() + "&stage=PLANNED").statusCode(200)
                .body("total", equalTo(0));
        get(Auth.dinsos(), "/interventions?householdId=" + h.householdId() + "&kind=SANITATION").statusCode(200)
                .body("total", equalTo(0));
        get(Auth.operator(s.desa()), "/interventions?householdId=" + h.householdId()).statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].planned.rupiah", equalTo(20_000_000)).body("items[0].delivered.rupiah", equalTo(0));
    }
}

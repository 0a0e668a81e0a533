package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.TODAY;
import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static id.desatumis.assistance.planning.PlanRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The double-assistance guard over REST: a plan refused naming the intervention the household already has (any
 * actor's, planned or delivered, within the kind's period), Dinas Sosial's override recorded, an operator's refused;
 * members compared for personal kinds; what was cancelled not counted; concurrent plans for one household serialised.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class GuardApiTest extends SceneTest {

    private UUID otherOffice;

    @BeforeEach
    void aHouseholdReadyToPlan() {
        otherOffice = Partners.office();
        Partners.leads(NeedKind.EDUCATION, s.desa(), s.office());
    }

    @Test
    void aHouseRepairedByAnotherOfficeWithinFiveYearsRefusesThePlanNamingIt() {
        UUID earlier = stored.unplannedDelivery(s.household().householdId(), null, NeedKind.HOUSE_REPAIR, s.desa(), otherOffice,
                TODAY.minusYears(1));

        post(Auth.dinsos(), "/interventions", s.house()).statusCode(409)
                .body("type", equalTo("/problems/already-assisted")).body("errors[0].field", equalTo("needId"))
                .body("existingInterventionId", equalTo(earlier.toString()))
                .body("actorId", equalTo(otherOffice.toString())).body("stage", equalTo("DELIVERED"))
                .body("date", equalTo(TODAY.minusYears(1).toString()));
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId() + "&kind=HOUSE_REPAIR").body("total", equalTo(1));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(0));
    }

    @Test
    void assistanceOutsideTheKindsPeriodDoesNotCount() {
        stored.unplannedDelivery(s.household().householdId(), null, NeedKind.HOUSE_REPAIR, s.desa(), otherOffice, TODAY.minusYears(6));
        planned(Auth.dinsos(), s.house());
    }

    @Test
    void dinasSosialOverridesNamingTheInterventionAndTheOverrideIsRecorded() {
        UUID earlier = stored.unplannedDelivery(s.household().householdId(), null, NeedKind.HOUSE_REPAIR, s.desa(), otherOffice,
                TODAY.minusYears(2));

        String id = post(Auth.dinsos(), "/interventions", with(s.house(), "override",
                Map.of("existingInterventionId", earlier.toString(), "reason", "the house collapsed in the flood")))
                .statusCode(201).body("plan.override.existingInterventionId", equalTo(earlier.toString()))
                .extract().path("interventionId");
        get(Auth.dinsos(), "/interventions/" + id).statusCode(200)
                .body("plan.override.existingInterventionId", equalTo(earlier.toString()))
                .body("plan.override.reason", equalTo("the house collapsed in the flood"));
    }

    @Test
    void anOperatorsOverrideOrOneNamingAnotherInterventionIsRefused() {
        UUID earlier = stored.unplannedDelivery(s.household().householdId(), null, NeedKind.HOUSE_REPAIR, s.desa(), otherOffice,
                TODAY.minusYears(2));
        Map<String, Object> overridden = with(s.house(), "override",
                Map.of("existingInterventionId", earlier.toString(), "reason", "the house collapsed"));

        post(Auth.operator(s.desa()), "/interventions", overridden).statusCode(409)
                .body("type", equalTo("/problems/already-assisted"))
                .body("existingInterventionId", equalTo(earlier.toString()))
                .body("detail", containsString("only Dinas Sosial may override"));
        post(Auth.dinsos(), "/interventions", with(s.house(), "override",
                Map.of("existingInterventionId", UUID.randomUUID().toString(), "reason", "whatever was there"))).statusCode(409)
                .body("type", equalTo("/problems/already-assisted"))
                .body("existingInterventionId", equalTo(earlier.toString()));
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId() + "&kind=HOUSE_REPAIR").body("total", equalTo(1));
    }

    @Test
    void anOverrideWhereNothingConflictsIsNotRecorded() {
        String id = planned(Auth.dinsos(), with(s.house(), "override",
                Map.of("existingInterventionId", UUID.randomUUID().toString(), "reason", "just in case")));
        get(Auth.dinsos(), "/interventions/" + id).statusCode(200).body("plan.override", equalTo(null));
    }

    @Test
    void forAPersonalKindAnotherMembersSchoolingDoesNotCountButTheSameMembersDoes() {
        stored.unplannedDelivery(s.household().householdId(), s.household().child(), NeedKind.EDUCATION, s.desa(), otherOffice, TODAY.minusMonths(3));
        Map<String, Object> head = with(s.house(), "needId", s.household().need(NeedKind.EDUCATION, s.household().head()).toString());
        Map<String, Object> child = with(s.house(), "needId", s.household().need(NeedKind.EDUCATION, s.household().child()).toString());
        awaitReady(head);

        planned(Auth.operator(s.desa()), head);
        post(Auth.operator(s.desa()), "/interventions", child).statusCode(409).body("type", equalTo("/problems/already-assisted"));
    }

    @Test
    void aCancelledInterventionDoesNotCountAndItsNeedIsPlannedAgain() {
        String first = planned(Auth.dinsos(), s.house());
        post(Auth.dinsos(), "/interventions/" + first + "/cancellation", Map.of("reason", "the wrong contractor"))
                .statusCode(200).body("stage", equalTo("CANCELLED"));

        String second = planned(Auth.dinsos(), s.house());
        assertThat(second).isNotEqualTo(first);
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));
    }

    @Test
    void concurrentPlansForOneHouseholdAndKindGiveOnePlan() throws Exception {
        int clients = 8;
        List<Integer> statuses = Concurrently.run(clients,
                i -> post(Auth.dinsos(), "/interventions", s.house()).extract().statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(clients - 1);
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId() + "&kind=HOUSE_REPAIR").body("total", equalTo(1));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));
    }
}

package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static id.desatumis.assistance.planning.PlanRequests.pledge;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static id.desatumis.assistance.planning.PlanRequests.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A planned intervention resourced again after partner-service refused it (from its pledge, another pledge or a budget
 * line), and cancelled before any delivery (its reservation or commitment released, its need open again).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PlanChangesApiTest extends SceneTest {

    private UUID partner;
    private UUID pledgeId;
    private Map<String, Object> fromPledge;

    @BeforeEach
    void aNeedReadyToPlan() {
        partner = Partners.partner();
        pledgeId = Partners.pledge(partner, s.desa(), 10, NeedKind.HOUSE_REPAIR);
        fromPledge = with(s.house(), "source", pledge(pledgeId));
        awaitReady(fromPledge);
    }

    @Test
    void refusedByPartnerServiceItIsResourcedAgainFromItsPledge() {
        String id = planned(Auth.dinsos(), fromPledge);
        String first = get(Auth.dinsos(), "/interventions/" + id).extract().path("pendingRequestId");
        stored.answered(UUID.fromString(id), false, "insufficient");
        get(Auth.dinsos(), "/interventions/" + id).body("stage", equalTo("PLANNED")).body("lastRefusal", equalTo("insufficient"));

        post(Auth.operator(s.desa()), "/interventions/" + id + "/resourcing", Map.of()).statusCode(200)
                .header("ETag", "\"4\"")
                .body("stage", equalTo("RESERVATION_REQUESTED")).body("pendingRequestId", not(equalTo(first)))
                .body("plan.source.pledgeId", equalTo(pledgeId.toString())).body("lastRefusal", nullValue());
        assertThat(stored.types("intervention-" + id)).containsExactly("InterventionPlanned", "ReservationRequested",
                "ReservationRejected", "ReservationRequested");
    }

    @Test
    void refusedItIsResourcedFromAnotherPledgeWhichBecomesItsSource() {
        UUID another = Partners.pledge(Partners.partner(), s.desa(), 3, NeedKind.HOUSE_REPAIR);
        String id = planned(Auth.dinsos(), fromPledge);
        stored.answered(UUID.fromString(id), false, "expired");
        Map<String, Object> body = Map.of("source", pledge(another));
        awaitPledge(another);

        post(Auth.dinsos(), "/interventions/" + id + "/resourcing", body).statusCode(200)
                .body("stage", equalTo("RESERVATION_REQUESTED")).body("plan.source.pledgeId", equalTo(another.toString()));
        assertThat(stored.types("intervention-" + id)).endsWith("SourceChanged", "ReservationRequested");
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId()).body("items[0].source.pledgeId",
                equalTo(another.toString()));
    }

    @Test
    void refusedItIsResourcedFromABudgetLineAtOnce() {
        String id = planned(Auth.dinsos(), fromPledge);
        stored.answered(UUID.fromString(id), false, "insufficient");

        post(Auth.dinsos(), "/interventions/" + id + "/resourcing", Map.of("source", budget("APBD", s.line().code())))
                .statusCode(200).body("stage", equalTo("RESOURCED"))
                .body("plan.source.budgetLineId", equalTo(s.line().id()));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId()).body("items[0].source.budgetLineId",
                equalTo(s.line().id())).body("items[0].source.type", equalTo("APBD"));
    }

    @Test
    void onlyAPlannedInterventionIsResourcedAgainAndOnlyFromASourceThatServesIt() {
        String id = planned(Auth.dinsos(), fromPledge);
        post(Auth.dinsos(), "/interventions/" + id + "/resourcing", Map.of()).statusCode(409)
                .body("type", equalTo("/problems/not-awaiting-resources"));
        stored.answered(UUID.fromString(id), false, "insufficient");
        UUID latrines = Partners.pledge(partner, s.desa(), 3, NeedKind.SANITATION);
        Map<String, Object> body = Map.of("source", pledge(latrines));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                post(Auth.dinsos(), "/interventions/" + id + "/resourcing", body).statusCode(409)
                        .body("type", equalTo("/problems/pledge-other-kind")).body("errors[0].field", equalTo("source.pledgeId")));
        post(Auth.dinsos(), "/interventions/" + id + "/resourcing", Map.of("source", Map.of("type", "APBD"))).statusCode(400)
                .body("errors[0].field", equalTo("source.code"));
        get(Auth.dinsos(), "/interventions/" + id).body("stage", equalTo("PLANNED"));
    }

    @Test
    void cancelledWhileWaitingItsRequestIsReleasedAndItsNeedOpenAgain() {
        String id = planned(Auth.dinsos(), fromPledge);

        post(Auth.operator(s.desa()), "/interventions/" + id + "/cancellation", Map.of("reason", "planned by mistake"))
                .statusCode(200).header("ETag", "\"4\"").body("stage", equalTo("CANCELLED"))
                .body("pendingRequestId", nullValue());
        assertThat(stored.types("intervention-" + id)).containsExactly("InterventionPlanned", "ReservationRequested",
                "InterventionCancelled", "ReservationReleaseRequested");
        assertThat(stored.types("household-" + s.household().householdId())).endsWith("NeedPlanned", "NeedReopened");
        get(Auth.dinsos(), "/households/" + s.household().householdId() + "/needs").body(
                "needs.find { it.needId == '" + s.household().need(NeedKind.HOUSE_REPAIR) + "' }.status", equalTo("IDENTIFIED"));
    }

    @Test
    void cancelledOnABudgetLineItsCommitmentIsReleased() {
        String id = planned(Auth.dinsos(), s.house());
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));

        post(Auth.dinsos(), "/interventions/" + id + "/cancellation", Map.of("reason", "the village built it itself"))
                .statusCode(200).body("stage", equalTo("CANCELLED"));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(0))
                .body("availableRupiah", equalTo(200_000_000));
        assertThat(stored.types("intervention-" + id)).containsExactly("InterventionPlanned", "InterventionResourced",
                "InterventionCancelled");
    }

    @Test
    void anInterventionIsCancelledOnceAndNeverAfterADelivery() {
        String id = planned(Auth.dinsos(), s.house());
        post(Auth.dinsos(), "/interventions/" + id + "/cancellation", Map.of("reason", "once")).statusCode(200);
        post(Auth.dinsos(), "/interventions/" + id + "/cancellation", Map.of("reason", "twice")).statusCode(409)
                .body("type", equalTo("/problems/intervention-closed"));

        String delivered = planned(Auth.dinsos(), s.house());
        stored.delivered(UUID.fromString(delivered));
        post(Auth.dinsos(), "/interventions/" + delivered + "/cancellation", Map.of("reason", "too late")).statusCode(409)
                .body("type", equalTo("/problems/already-delivered"));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));
    }

    @Test
    void aCancellationSaysWhyHonoursIfMatchAndIsAnsweredOnceForItsIdempotencyKey() {
        String id = planned(Auth.dinsos(), s.house());
        String path = "/interventions/" + id + "/cancellation";
        post(Auth.dinsos(), path, Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].rule", equalTo("required"));
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "stale")).post(path).then().statusCode(412).header("ETag", "\"2\"");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Auth.dinsos()).header("If-Match", "\"2\"").header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(Map.of("reason", "duplicate household")).post(path).then()
                    .statusCode(200).header("ETag", "\"3\"").body("stage", equalTo("CANCELLED"));
        }
        assertThat(stored.types("intervention-" + id)).hasSize(3);
    }

    /**
     * Waits until the pledge has arrived from partner-service: a plan of the need, planned already, naming it is then
     * refused for the need, which is checked after the source (nothing is written meanwhile).
     */
    private void awaitPledge(UUID pledge) {
        await().atMost(Duration.ofSeconds(60)).until(() -> "need-already-planned".equals(
                post(Auth.dinsos(), "/interventions", with(fromPledge, "source", pledge(pledge))).extract().path("errors[0].rule")));
    }
}

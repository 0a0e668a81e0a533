package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static id.desatumis.assistance.planning.PlanRequests.with;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Who may plan, resource, cancel and read interventions: Dinas Sosial everywhere; a village operator in its desa only
 * (another desa's need or intervention is one it cannot know of); programme staff read; an office or a partner reads
 * only what it answers for; without a token nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PlanSecurityApiTest extends SceneTest {

    private String otherDesa;

    @BeforeEach
    void aNeedReadyToPlan() {
        otherDesa = Desa.other(regions, s.desa());
    }

    @Test
    void onlyDinasSosialAndTheDesasOperatorPlan() {
        post(null, "/interventions", s.house()).statusCode(401);
        for (String token : List.of(Auth.opd(s.opdCode()), Auth.partner(UUID.randomUUID()), Auth.tkpkd(), Auth.auditor())) {
            post(token, "/interventions", s.house()).statusCode(403);
        }
        // another desa's need is one the operator cannot know of
        post(Auth.operator(otherDesa), "/interventions", s.house()).statusCode(409)
                .body("type", equalTo("/problems/need-unknown"));
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId()).body("total", equalTo(0));
        planned(Auth.operator(s.desa()), s.house());
    }

    @Test
    void onlyDinasSosialAndTheDesasOperatorResourceAgainOrCancel() {
        String id = planned(Auth.dinsos(), s.house());
        for (String action : List.of("/resourcing", "/cancellation")) {
            String path = "/interventions/" + id + action;
            Map<String, Object> reason = Map.of("reason", "r");
            post(null, path, reason).statusCode(401);
            for (String token : List.of(Auth.opd(s.opdCode()), Auth.partner(s.office()), Auth.tkpkd(), Auth.auditor())) {
                post(token, path, reason).statusCode(403);
            }
            post(Auth.operator(otherDesa), path, reason).statusCode(404);
            post(Auth.dinsos(), "/interventions/" + UUID.randomUUID() + action, reason).statusCode(404);
            post(Auth.dinsos(), "/interventions/not-an-id" + action, reason).statusCode(404);
        }
        get(Auth.dinsos(), "/interventions/" + id).body("stage", equalTo("RESOURCED"));
        post(Auth.operator(s.desa()), "/interventions/" + id + "/cancellation", Map.of("reason", "r")).statusCode(200);
    }

    @Test
    void staffReadEveryInterventionAnOperatorItsDesasAndAnOfficeWhatItAnswersFor() {
        String id = planned(Auth.dinsos(), s.house());
        String path = "/interventions/" + id;
        get(null, path).statusCode(401);
        for (String token : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor(), Auth.operator(s.desa()))) {
            get(token, path).statusCode(200).body("interventionId", equalTo(id));
        }
        get(Auth.operator(otherDesa), path).statusCode(404);
        // the office answering for it, once its registration has arrived; another office or a partner not
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> get(Auth.opd(s.opdCode()), path).statusCode(200));
        get(Auth.opd("OTHER-" + s.opdCode()), path).statusCode(404);
        get(Auth.partner(UUID.randomUUID()), path).statusCode(404);
        get(Auth.dinsos(), "/interventions/" + UUID.randomUUID()).statusCode(404);
        get(Auth.dinsos(), "/interventions/1-1-1-1-1").statusCode(404);
    }

    @Test
    void aPartnerReadsWhatItAnswersFor() {
        UUID baznas = Partners.partner();
        Map<String, Object> theirs = with(with(s.house(), "actorId", baznas.toString()), "actorReason", "Baznas builds it");
        awaitReady(theirs);
        String id = planned(Auth.dinsos(), theirs);
        get(Auth.partner(baznas), "/interventions/" + id).statusCode(200).body("plan.actorId", equalTo(baznas.toString()));
        get(Auth.opd(s.opdCode()), "/interventions/" + id).statusCode(404);
    }

    @Test
    void listsAreForStaffAndAnOperatorListsItsDesaOnly() {
        String id = planned(Auth.dinsos(), s.house());
        get(null, "/interventions").statusCode(401);
        get(Auth.opd(s.opdCode()), "/interventions").statusCode(403);
        get(Auth.partner(s.office()), "/interventions").statusCode(403);
        get(Auth.operator(otherDesa), "/interventions?desa=" + s.desa()).statusCode(404);
        get(Auth.operator(otherDesa), "/interventions?size=200&householdId=" + s.household().householdId()).statusCode(200)
                .body("total", equalTo(0)).body("items.interventionId", not(hasItem(id)));
        get(Auth.operator(s.desa()), "/interventions?size=200&householdId=" + s.household().householdId()).statusCode(200)
                .body("items.interventionId", hasItem(id));
        for (String query : List.of("page=-1", "size=0", "size=201", "kind=GIFT", "stage=DONE", "desa=99", "actorId=x",
                "householdId=1-1-1-1-1", "page=x")) {
            get(Auth.dinsos(), "/interventions?" + query).statusCode(400);
        }
    }
}

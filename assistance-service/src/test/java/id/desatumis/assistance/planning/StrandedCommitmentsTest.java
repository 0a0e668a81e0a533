package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A plan on a budget line whose need a later assessment no longer lists: the intervention is cancelled with the need
 * (in the news' transaction), and the line gets its commitment back soon after, so its ceiling is free for others.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class StrandedCommitmentsTest extends SceneTest {

    @Test
    void aWithdrawnNeedsBudgetCommitmentIsGivenBack() {
        String id = planned(Auth.dinsos(), s.house());
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));

        Households.reassessedWithoutHouseRepair(s.household());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                get(Auth.dinsos(), "/interventions/" + id).body("stage", equalTo("CANCELLED")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(0)));
    }
}

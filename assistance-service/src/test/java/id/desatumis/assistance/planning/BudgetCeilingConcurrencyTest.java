package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.planning.Households.Household;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.region.RegionCatalog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fifty households' house repairs planned at once on one budget line that holds seventeen: exactly seventeen are
 * planned, the others refused for the ceiling, and the line's committed balance is the sum of what was planned.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetCeilingConcurrencyTest {

    private static final long HOUSE = 20_000_000L;
    private static final int FIT = 17;
    private static final int PLANS = 50;

    @Inject
    RegionCatalog regions;

    @BeforeAll
    static void topicsExist() throws Exception {
        Scene.topicsExist();
    }

    @Test
    void fiftyConcurrentPlansOnALineThatHoldsSeventeen() throws Exception {
        String desa = Desa.any(regions);
        Partners.leads(NeedKind.HOUSE_REPAIR, desa, Partners.office());
        String decision = Partners.decision(desa);
        // room for seventeen houses and a part of another
        Budget.Line line = Budget.apbd(FIT * HOUSE + HOUSE / 2);
        List<Household> households = Households.verifiedPoor(desa, PLANS);
        List<Map<String, Object>> plans = households.stream()
                .map(h -> plan(h.need(NeedKind.HOUSE_REPAIR), budget("APBD", line.code()), decision)).toList();
        awaitReady(plans.get(0));

        List<ExtractableResponse<Response>> answers = Concurrently.run(PLANS,
                i -> post(Auth.dinsos(), "/interventions", plans.get(i)).extract());

        List<String> planned = answers.stream().filter(a -> a.statusCode() == 201)
                .map(a -> a.<String>path("interventionId")).toList();
        assertThat(planned).hasSize(FIT);
        assertThat(answers).filteredOn(a -> a.statusCode() != 201)
                .hasSize(PLANS - FIT)
                .allSatisfy(a -> {
                    assertThat(a.statusCode()).isEqualTo(409);
                    assertThat(a.<String>path("type")).isEqualTo("/problems/budget-ceiling-exceeded");
                });
        get(Auth.dinsos(), "/budget-lines/" + line.id()).statusCode(200)
                .body("committedRupiah", equalTo((int) (FIT * HOUSE)))
                .body("availableRupiah", equalTo((int) (HOUSE / 2)));
        get(Auth.dinsos(), "/budget-lines/" + line.id() + "/commitments?size=200").statusCode(200)
                .body("total", equalTo(FIT)).body("items.committedRupiah.sum()", equalTo((int) (FIT * HOUSE)));
        for (int i = 0; i < PLANS; i++) {
            boolean won = answers.get(i).statusCode() == 201;
            UUID household = households.get(i).householdId();
            get(Auth.dinsos(), "/interventions?householdId=" + household).statusCode(200)
                    .body("total", equalTo(won ? 1 : 0));
        }
    }
}

package id.desatumis.assistance.needs;

import id.desatumis.assistance.application.HouseholdAggregate;
import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.aggregate.AggregateStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's household events through Kafka (moves, merges, erasures, deaths, departures), as the household's
 * needs read back over REST; a planned need withdrawn takes its intervention with it unless a delivery was reported.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class NeedsFromRegistryTest {

    @Inject
    AggregateStore aggregates;
    @Inject
    HouseholdAggregate households;
    @Inject
    InterventionAggregate interventions;
    @Inject
    Pool pool;

    Plans plans;

    @BeforeAll
    static void topics() throws Exception {
        Upstream.topicsExist();
    }

    @BeforeEach
    void planner() {
        plans = new Plans(aggregates, households, interventions, pool);
    }

    @Test
    void aMoveTakesTheNeedsToTheNewDesa() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);

        h.moved(Upstream.OTHER_DESA);

        JsonPath household = Needs.once(h.householdId, j -> Upstream.OTHER_DESA.equals(j.getString("desaCode")));
        List<Map<String, Object>> needs = household.getList("needs");
        assertThat(needs).allSatisfy(n -> assertThat(n).containsEntry("desaCode", Upstream.OTHER_DESA));
    }

    @Test
    void aMergedDuplicatesUndeliveredNeedsAreCancelledAndItsPlannedInterventionWithThem() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);
        UUID intervention = plans.plan(h.householdId, house, NeedKind.HOUSE_REPAIR, null, h.desa);

        h.mergedInto(UUID.randomUUID());

        JsonPath household = Needs.once(h.householdId, j -> "MERGED_AWAY".equals(j.getString("standing")));
        assertThat(Needs.need(household, house)).containsEntry("status", "CANCELLED").containsEntry("reason", "MERGED_AWAY")
                .containsEntry("interventionId", intervention.toString());
        assertThat(Needs.status(household, h.householdId, NeedKind.EDUCATION, h.child)).isEqualTo("CANCELLED");
        assertThat(stageOf(intervention)).isEqualTo("CANCELLED");
    }

    @Test
    void aPlannedNeedWhoseDeliveryWasReportedStaysWhenTheHouseholdGraduates() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);
        UUID intervention = plans.plan(h.householdId, house, NeedKind.HOUSE_REPAIR, null, h.desa);
        plans.deliver(h.householdId, intervention);

        h.graduated();

        JsonPath household = Needs.once(h.householdId, j -> "GRADUATED".equals(j.getString("standing")));
        assertThat(Needs.need(household, house)).containsEntry("status", "PLANNED");
        assertThat(Needs.status(household, h.householdId, NeedKind.EDUCATION, h.child)).isEqualTo("CANCELLED");
        assertThat(stageOf(intervention)).isEqualTo("DELIVERED");
    }

    @Test
    void anErasedHouseholdsNeedsAreCancelledAndNoMemberIdOfItIsKept() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school(), h.cover());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 3);

        h.erased();

        JsonPath household = Needs.once(h.householdId, j -> "ERASED".equals(j.getString("standing")));
        List<Map<String, Object>> needs = household.getList("needs");
        assertThat(needs).allSatisfy(n -> assertThat(n).containsEntry("status", "CANCELLED")
                .containsEntry("reason", "HOUSEHOLD_ERASED").containsEntry("memberId", null));
        assertThat(memberIdsKept(h.householdId)).isZero();
    }

    @Test
    void anErasedPersonsNeedsAreCancelledAndTheirIdIsNotKept() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school(), h.cover());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 3);

        h.personErased(h.child);

        UUID school = NeedId.of(h.householdId, NeedKind.EDUCATION, h.child);
        JsonPath household = Needs.once(h.householdId, j -> "CANCELLED".equals(Needs.need(j, school).get("status")));
        assertThat(Needs.need(household, school)).containsEntry("reason", "PERSON_ERASED").containsEntry("memberId", null);
        assertThat(Needs.status(household, h.householdId, NeedKind.HEALTH_COVER, h.mother)).isEqualTo("IDENTIFIED");
        assertThat(memberIdsKept(h.householdId)).isEqualTo(1);
    }

    @Test
    void aMemberWhoDiedOrMovedAwayHasTheirNeedsClosed() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school(), h.cover());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 3);

        h.died(h.child);
        h.movedOut(h.mother);

        UUID cover = NeedId.of(h.householdId, NeedKind.HEALTH_COVER, h.mother);
        JsonPath household = Needs.once(h.householdId, j -> "CLOSED".equals(Needs.need(j, cover).get("status")));
        assertThat(Needs.need(household, cover)).containsEntry("reason", "MEMBER_MOVED_AWAY");
        assertThat(Needs.need(household, NeedId.of(h.householdId, NeedKind.EDUCATION, h.child)))
                .containsEntry("status", "CLOSED").containsEntry("reason", "MEMBER_DIED");
        assertThat(Needs.status(household, h.householdId, NeedKind.HOUSE_REPAIR, null)).isEqualTo("IDENTIFIED");
    }

    private String stageOf(UUID interventionId) {
        return pool.preparedQuery("SELECT stage FROM interventions WHERE intervention_id = $1")
                .execute(Tuple.of(interventionId)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }

    private long memberIdsKept(UUID householdId) {
        return pool.preparedQuery("SELECT count(*) FROM needs WHERE household_id = $1 AND member_id IS NOT NULL")
                .execute(Tuple.of(householdId)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}

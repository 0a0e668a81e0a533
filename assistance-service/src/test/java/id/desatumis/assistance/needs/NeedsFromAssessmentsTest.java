package id.desatumis.assistance.needs;

import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** assessment-service's verified needs and graduations, through Kafka, as the household's needs read back over REST. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class NeedsFromAssessmentsTest {

    @BeforeAll
    static void topics() throws Exception {
        Upstream.topicsExist();
    }

    @Test
    void verifiedNeedsArriveIdentifiedWithTheirKindMemberAssessmentAndPolicy() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());

        JsonPath household = Needs.once(h.householdId, j -> j.getList("needs").size() == 2);

        assertThat(household.getString("desaCode")).isEqualTo(Upstream.DESA);
        assertThat(household.getString("standing")).isEqualTo("VERIFIED_POOR");
        Map<String, Object> school = Needs.need(household, NeedId.of(h.householdId, NeedKind.EDUCATION, h.child));
        assertThat(school).containsEntry("kind", "EDUCATION").containsEntry("memberId", h.child.toString())
                .containsEntry("status", "IDENTIFIED").containsEntry("policyVersion", "bps14-2026.1")
                .containsEntry("desaCode", Upstream.DESA);
        assertThat(school.get("assessmentId")).isNotNull();
    }

    @Test
    void aLaterListingKeepsWhatItListsAgainAddsWhatIsNewAndCancelsWhatItNoLongerLists() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);

        h.needsIdentified(h.school(), Upstream.latrine());

        JsonPath household = Needs.once(h.householdId, j -> j.getList("needs").size() == 3);
        assertThat(Needs.status(household, h.householdId, NeedKind.EDUCATION, h.child)).isEqualTo("IDENTIFIED");
        assertThat(Needs.status(household, h.householdId, NeedKind.SANITATION, null)).isEqualTo("IDENTIFIED");
        assertThat(Needs.need(household, NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null)))
                .containsEntry("status", "CANCELLED").containsEntry("reason", "NO_LONGER_LISTED");
    }

    @Test
    void aListingDeliveredTwiceIsAppliedOnce() {
        Upstream h = new Upstream();
        Upstream.Sent first = h.needsIdentified(Upstream.house());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 1);
        long version = Needs.of(h.householdId).getLong("version");

        first.again();
        h.needsIdentified(Upstream.house(), Upstream.latrine());

        JsonPath household = Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        // the redelivery changed nothing: the next listing is the only change after the first
        assertThat(household.getLong("version")).isEqualTo(version + 3);
    }

    @Test
    void aGraduatedHouseholdsOpenNeedsAreCancelled() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.cover());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);

        h.graduated();

        JsonPath household = Needs.once(h.householdId, j -> "GRADUATED".equals(j.getString("standing")));
        List<Map<String, Object>> needs = household.getList("needs");
        assertThat(needs).allSatisfy(n -> assertThat(n).containsEntry("status", "CANCELLED")
                .containsEntry("reason", "GRADUATED"));
    }
}

package id.desatumis.monitoring.projection;

import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.messaging.ProjectionPart;
import io.quarkus.arc.All;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static id.desatumis.monitoring.projection.HouseholdStory.day;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read APIs on the real path: the story's events published on the platform's topics (interleaved across topics),
 * read by the projection engine and every part into the live generation, answered as JSON and CSV to the roles that
 * may read them. In a build without DesaProgrammePart, the rows it would write are inserted into the live generation
 * by SQL instead (HouseholdStory's stand-in), only to set up the reads of the cohorts.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class HouseholdFiguresApiTest {

    /** Brojol, Bagor and Gilirejo (Miri), which no other test publishes to; intake year 2041 is this test's own. */
    static final String DESA = "33.14.14.2007";
    static final String NEIGHBOUR = "33.14.14.2008";
    static final String THIRD = "33.14.14.2009";
    static final int COHORT = 2041;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static HouseholdStory story;

    private boolean has(String part) {
        return parts.stream().anyMatch(p -> p.name().equals(part));
    }

    @Inject
    Pool pool;
    @Inject
    @All
    List<ProjectionPart<?>> parts;

    static String token(String role, List<String> desa) {
        return "Bearer " + DevStack.shared().tokens().mint("u-" + role, role, desa, null, null);
    }

    static String dinsos() {
        return token("dinsos", null);
    }

    static JsonPath json(String authorization, String path) {
        return given().header("Authorization", authorization).get(path).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    static List<String> csv(String path) {
        return given().header("Authorization", dinsos()).accept("text/csv").get(path).then().statusCode(200)
                .contentType("text/csv").extract().asString().lines().toList();
    }

    @BeforeEach
    synchronized void storyPublished() throws Exception {
        if (story != null) return;
        story = new HouseholdStory(DESA, NEIGHBOUR);
        List<ConsumedEvent> events = new ArrayList<>(story.script.shuffled(new Random(11)));
        // h2's HouseholdNeedsMet is left to its own test below (it shares its stream id with h2's registry stream)
        events.removeIf(e -> e.type().equals(HouseholdNeedsMetV1.CE_TYPE));
        List<ConsumedEvent> joined = story.joined(COHORT);
        if (has("desa-programme")) events.addAll(joined);
        StoryOnKafka.send(events);
        await().atMost(PATIENCE).ignoreExceptions().until(() ->
                json(dinsos(), "/areas/" + DESA + "/funnel").getLong("households.listed") == 8
                        && json(dinsos(), "/households/" + story.h1 + "/timeline").getLong("total") == 12);
        ProjectionSchema live = ProjectionSchema.live(pool);
        if (!has("desa-programme")) live.run(tx -> story.standInJoined(tx, COHORT));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            JsonPath funnel = json(dinsos(), "/areas/" + DESA + "/funnel?cohort=" + COHORT);
            return funnel.getLong("needs.verified") == 2 && funnel.getLong("needs.cancelled") == 1
                    && json(dinsos(), "/desa/" + DESA + "/tuntas").getList("openByActor").size() == 1
                    && "BAZNAS Sragen".equals(json(dinsos(), "/desa/" + DESA + "/tuntas").getString("openByActor[0].name"));
        });
    }

    @Test
    void theFunnelOfTheDesaNowAndAsOfAnInstant() {
        JsonPath now = json(dinsos(), "/areas/" + DESA + "/funnel");
        assertThat(now.getString("areaCode")).isEqualTo(DESA);
        assertThat(now.getString("level")).isEqualTo("DESA");
        assertThat(now.getString("name")).isEqualTo("Brojol");
        assertThat(now.getMap("households")).containsEntry("listed", 8).containsEntry("assessed", 5)
                .containsEntry("foundPoor", 4).containsEntry("verifiedPoor", 2).containsEntry("allNeedsMet", 1);
        assertThat(now.getMap("households.verifiedPoorByClass"))
                .isEqualTo(Map.of("EXTREME_POOR", 1, "POOR", 1, "NEAR_POOR", 0));
        assertThat(now.getMap("needs")).containsEntry("identified", 5).containsEntry("planned", 3)
                .containsEntry("resourced", 2).containsEntry("delivered", 2).containsEntry("verified", 2)
                .containsEntry("disputed", 0).containsEntry("cancelled", 1).containsEntry("closed", 0);
        assertThat(now.getMap("needs.identifiedByKind")).containsEntry("EDUCATION", 1).containsEntry("SKILLS_TRAINING", 0);
        assertThat(now.getMap("freshness")).containsKeys("lastEventAt", "lastAppliedAt", "consumerLag");

        JsonPath day15 = json(dinsos(), "/areas/" + DESA + "/funnel?asOf=" + day(15).toInstant());
        assertThat(day15.getMap("households")).containsEntry("listed", 9).containsEntry("assessed", 6)
                .containsEntry("foundPoor", 5).containsEntry("verifiedPoor", 0);
        assertThat(json(dinsos(), "/areas/" + DESA + "/funnel?cohort=" + COHORT).getMap("households"))
                .isEqualTo(now.getMap("households"));
        assertThat(json(dinsos(), "/areas/" + DESA + "/funnel?cohort=2040").getInt("households.listed")).isZero();
    }

    @Test
    void theFunnelAsCsvHoldsTheSameFigures() {
        JsonPath now = json(dinsos(), "/areas/" + DESA + "/funnel");
        List<String> lines = csv("/areas/" + DESA + "/funnel");
        assertThat(lines.get(0)).isEqualTo("figure,value");
        assertThat(lines).contains("households.listed," + now.getInt("households.listed"),
                "households.verifiedPoorByClass.EXTREME_POOR,1", "needs.identifiedByKind.EDUCATION,1", "needs.planned,3");
        assertThat(lines).hasSize(1 + 8 + 16);
    }

    @Test
    void theRolesThatMayReadAFunnelReadIt() {
        for (String token : List.of(token("tkpkd", null), token("auditor", null), token("village-operator", List.of(DESA)))) {
            assertThat(json(token, "/areas/" + DESA + "/funnel").getInt("households.listed")).isEqualTo(8);
        }
        assertThat(json(token("village-operator", List.of(DESA)), "/desa/" + DESA + "/tuntas").getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void theDistanceNamesWhatIsOpenByKindAndActor() {
        JsonPath t = json(dinsos(), "/desa/" + DESA + "/tuntas");
        assertThat(t.getString("status")).isEqualTo("OPEN");
        assertThat(t.getInt("householdsOpen")).isEqualTo(1);
        assertThat(t.getInt("needsOpen")).isEqualTo(1);
        assertThat(t.getMap("openByKind")).isEqualTo(Map.of("EDUCATION", 1));
        assertThat(t.getList("openByActor")).containsExactly(Map.of("actorId", story.actor.toString(),
                "name", "BAZNAS Sragen", "type", "BAZNAS", "needsOpen", 1));
        assertThat(t.getInt("unplannedOpen")).isZero();
        assertThat(t.getString("declaredAt")).isNull();
        assertThat(csv("/desa/" + DESA + "/tuntas")).contains("figure,actorId,name,type,value", "needsOpen,,,,1",
                "openByActor," + story.actor + ",BAZNAS Sragen,BAZNAS,1");
    }

    @Test
    void theDesaOfAnAreaWithTheirStatusFilteredByCohortAndStatus() {
        JsonPath miri = json(dinsos(), "/areas/33.14.14/desa?size=500");
        assertThat(miri.getInt("total")).isEqualTo(10);
        Map<String, Object> brojol = miri.getMap("items.find { it.desaCode == '" + DESA + "' }");
        assertThat(brojol).containsEntry("name", "Brojol").containsEntry("kecamatanCode", "33.14.14")
                .containsEntry("kecamatanName", "Miri").containsEntry("intakeYear", COHORT).containsEntry("listed", 8)
                .containsEntry("verifiedPoor", 2).containsEntry("needsOpen", 1).containsEntry("needsSettled", 2)
                .containsEntry("tuntas", "OPEN");
        JsonPath cohort = json(dinsos(), "/areas/33.14/desa?cohort=" + COHORT);
        assertThat(cohort.getList("items.desaCode")).containsExactly(DESA, NEIGHBOUR);
        assertThat(json(dinsos(), "/areas/33.14/desa?cohort=" + COHORT + "&tuntas=READY").getInt("total")).isZero();
        JsonPath paged = json(dinsos(), "/areas/33.14/desa?cohort=" + COHORT + "&page=1&size=1");
        assertThat(paged.getList("items.desaCode")).containsExactly(NEIGHBOUR);
        assertThat(paged.getInt("total")).isEqualTo(2);
        assertThat(paged.getInt("page")).isEqualTo(1);
        assertThat(csv("/areas/33.14/desa?cohort=" + COHORT)).containsExactly(
                "desaCode,name,kecamatanCode,kecamatanName,intakeYear,listed,verifiedPoor,needsOpen,needsSettled,tuntas",
                DESA + ",Brojol,33.14.14,Miri," + COHORT + ",8,2,1,2,OPEN",
                NEIGHBOUR + ",Bagor,33.14.14,Miri," + COHORT + ",0,0,0,0,OPEN");
    }

    @Test
    void aCohortsBaselineBesideItsCurrentFigures() {
        List<Map<String, Object>> cohorts = given().header("Authorization", dinsos()).get("/cohorts").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.intakeYear == " + COHORT + " }");
        assertThat(cohorts).containsExactly(Map.of("intakeYear", COHORT, "desaCodes", List.of(DESA, NEIGHBOUR),
                "decisionNumbers", List.of("TKPKD/2041/01", "TKPKD/2041/02")));
        JsonPath c = json(dinsos(), "/cohorts/" + COHORT);
        assertThat(c.getList("desa.desaCode")).containsExactly(DESA, NEIGHBOUR);
        assertThat(c.getInt("baseline.households.listed")).isEqualTo(9);
        assertThat(c.getInt("baseline.households.verifiedPoor")).isEqualTo(4);
        assertThat(c.getInt("current.households.listed")).isEqualTo(8);
        assertThat(c.getInt("current.households.verifiedPoor")).isEqualTo(2);
        assertThat(c.getMap("tuntas")).isEqualTo(Map.of("open", 2, "ready", 0, "declared", 0));
        assertThat(csv("/cohorts/" + COHORT)).contains("figure,baseline,current", "households.listed,9,8",
                "tuntas.open,,2");
        given().header("Authorization", dinsos()).get("/cohorts/2099").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aHouseholdsTimelineInOrderPagedAndAsCsv() {
        JsonPath t = json(token("auditor", null), "/households/" + story.h1 + "/timeline?size=5");
        assertThat(t.getInt("total")).isEqualTo(12);
        assertThat(t.getList("items.type")).containsExactly("id.desatumis.registry.HouseholdRegistered.v1",
                "id.desatumis.assessment.AssessmentClassified.v1", "id.desatumis.assessment.AssessmentVerified.v1",
                "id.desatumis.assessment.NeedsIdentified.v1", "id.desatumis.assistance.InterventionPlanned.v1");
        assertThat(t.getMap("items[0]")).containsKeys("occurredAt", "source", "type", "eventId", "streamId",
                "streamVersion", "refs");
        assertThat(t.getMap("items[0].refs")).containsOnlyKeys("householdId", "desaCode", "memberCount");
        assertThat(json(dinsos(), "/households/" + story.h1 + "/timeline?page=1&size=5").getList("items.type"))
                .containsExactly("id.desatumis.assistance.InterventionPlanned.v1", "id.desatumis.partner.ReservationRejected.v1",
                        "id.desatumis.assistance.InterventionResourced.v1", "id.desatumis.assistance.DeliveryReported.v1",
                        "id.desatumis.assistance.DeliveryVerified.v1");
        assertThat(json(dinsos(), "/households/" + story.h1 + "/timeline?page=2&size=5").getList("items.type"))
                .containsExactly("id.desatumis.registry.HouseholdMergedInto.v1", "id.desatumis.registry.HouseholdAbsorbed.v1");
        List<String> lines = csv("/households/" + story.h1 + "/timeline");
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("occurredAt,source,type,eventId,streamId,streamVersion,refs");
        given().header("Authorization", dinsos()).get("/households/" + UUID.randomUUID() + "/timeline").then()
                .statusCode(404).contentType("application/problem+json");
    }

    /**
     * The registry's stream of a household and assistance-service's stream of its needs are both named
     * {@code household-<id>}, on two topics: each stream's events count, whichever topic they come from.
     */
    @Test
    void eventsOfTwoTopicsWhoseStreamsShareANameAreEachApplied() throws Exception {
        UUID household = UUID.randomUUID();
        Script script = new Script();
        script.add("household-" + household, HouseholdRegisteredV1.CE_TYPE, Payloads.REGISTRY, day(1),
                Payloads.registered(household, THIRD, 2));
        StoryOnKafka.send(script.inOrder());
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> json(dinsos(), "/households/" + household + "/timeline").getInt("total") == 1);
        script.add("household-" + household, HouseholdNeedsMetV1.CE_TYPE, Payloads.ASSISTANCE, day(50),
                Payloads.needsMet(household, THIRD, 1, 0));
        StoryOnKafka.send(script.inOrder().subList(1, 2));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> json(dinsos(), "/households/" + household
                + "/timeline").getList("items.type").contains(HouseholdNeedsMetV1.CE_TYPE));
    }
}

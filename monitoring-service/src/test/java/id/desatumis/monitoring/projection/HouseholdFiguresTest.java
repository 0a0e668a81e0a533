package id.desatumis.monitoring.projection;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.domain.TuntasStatus;
import id.desatumis.monitoring.messaging.ProjectionPart;
import id.desatumis.monitoring.persistence.FunnelQueries;
import id.desatumis.monitoring.persistence.HouseholdsTable;
import id.desatumis.monitoring.persistence.TimelineTable;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.quarkus.arc.All;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import static id.desatumis.monitoring.projection.HouseholdStory.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection part writes its tables, and FunnelQueries and TuntasQueries read the figures, on a schema of this
 * test's own made from projection/*.sql (the engine does the same per generation, and feeds the parts the same way):
 * the figures of a scripted story, as of several instants; the same rows of HouseholdsPart and TimelinePart whatever
 * order the topics' events arrive in. In a build without DesaProgrammePart, the rows it would write are inserted by
 * SQL instead (HouseholdStory's stand-ins), only to set up the reads of the cohorts and the declaration.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class HouseholdFiguresTest {

    static final String DESA = "33.14.16.2001";
    static final String NEIGHBOUR = "33.14.16.2002";

    @Inject
    Pool pool;
    @Inject
    @All
    List<ProjectionPart<?>> parts;
    @Inject
    FunnelQueries funnels;
    @Inject
    TuntasQueries tuntas;
    @Inject
    HouseholdsTable households;
    @Inject
    TimelineTable timeline;

    ProjectionSchema schema;
    HouseholdStory story;

    @BeforeEach
    void story() {
        schema = ProjectionSchema.create(pool);
        story = new HouseholdStory(DESA, NEIGHBOUR);
        feed(schema, story.script.inOrder(), new Random(1), 7);
    }

    @AfterEach
    void drop() {
        schema.drop();
    }

    @Test
    void theFunnelNowCountsListedAssessedFoundAndVerifiedPoorAndNeedsByStage() {
        Funnel f = schema.run(tx -> funnels.funnel(tx, List.of(DESA), null, null));
        // h7 merged away and h9 erased; h6 split off and h8 moved in; h10's need cancelled by its graduation
        assertThat(f.households()).isEqualTo(new Funnel.Households(8, 5, 4, 2,
                Map.of("EXTREME_POOR", 1L, "POOR", 1L, "NEAR_POOR", 0L), 1));
        assertThat(f.needs()).isEqualTo(new Funnel.Needs(5, Map.of("HOUSE_REPAIR", 1L, "EDUCATION", 1L,
                "FOOD_ASSISTANCE", 1L, "SANITATION", 1L, "ELECTRICITY", 1L), 3, 2, 2, 2, 0, 1, 0));
        assertThat(f.households().verifiedPoorByClass().keySet()).startsWith("EXTREME_POOR", "POOR", "NEAR_POOR");
        Funnel neighbour = schema.run(tx -> funnels.funnel(tx, List.of(NEIGHBOUR), null, null));
        assertThat(neighbour.households().listed()).isZero();
        Funnel both = schema.run(tx -> funnels.funnel(tx, List.of(DESA, NEIGHBOUR), null, null));
        assertThat(both).isEqualTo(f);
    }

    @Test
    void theFunnelAsOfAnInstantCountsWhatHadHappenedBy() {
        Funnel day15 = schema.run(tx -> funnels.funnel(tx, List.of(DESA), null, day(15)));
        // everyone registered on day 1 is listed (h7 until its merger on day 39, h9 until erased on day 45); h6 not yet
        assertThat(day15.households()).isEqualTo(new Funnel.Households(9, 6, 5, 0,
                Map.of("EXTREME_POOR", 0L, "POOR", 0L, "NEAR_POOR", 0L), 0));
        assertThat(day15.needs().identified()).isZero();

        Funnel day24 = schema.run(tx -> funnels.funnel(tx, List.of(DESA), null, day(24)));
        assertThat(day24.households().verifiedPoor()).isEqualTo(4);
        assertThat(day24.households().allNeedsMet()).isEqualTo(1);
        assertThat(day24.needs().identified()).isEqualTo(5);
        assertThat(day24.needs().planned()).isEqualTo(2);
        assertThat(day24.needs().verified()).isEqualTo(1);

        Funnel day55 = schema.run(tx -> funnels.funnel(tx, List.of(DESA), null, day(55)));
        // h10 graduates on day 60: still verified poor, its need open
        assertThat(day55.households().verifiedPoor()).isEqualTo(3);
        assertThat(day55.households().verifiedPoorByClass()).containsEntry("POOR", 2L).containsEntry("EXTREME_POOR", 1L);
        assertThat(day55.households().allNeedsMet()).isEqualTo(1);
    }

    @Test
    void aCohortsBaselineIsEachDesaAsOfItsJoiningSummedAndTheCohortFilterKeepsItsDesa() {
        feedOr(story.joined(2022), "desa-programme", tx -> story.standInJoined(tx, 2022));
        Funnel baseline = schema.run(tx -> funnels.baseline(tx, List.of(DESA, NEIGHBOUR), 2022));
        // the desa as of day 24 (h8 counts in the desa it is in now: the projection keeps no history of moves)
        assertThat(baseline.households().listed()).isEqualTo(9);
        assertThat(baseline.households().verifiedPoor()).isEqualTo(4);
        assertThat(baseline.needs().planned()).isEqualTo(2);
        Funnel current = schema.run(tx -> funnels.funnel(tx, List.of(DESA, NEIGHBOUR), 2022, null));
        assertThat(current).isEqualTo(schema.run(tx -> funnels.funnel(tx, List.of(DESA), null, null)));
        Funnel otherCohort = schema.run(tx -> funnels.funnel(tx, List.of(DESA, NEIGHBOUR), 2023, null));
        assertThat(otherCohort.households().listed()).isZero();
    }

    @Test
    void theDistanceCountsOpenNeedsOfVerifiedPoorHouseholdsByKindAndActor() {
        TuntasDistance d = schema.run(tx -> tuntas.distance(tx, DESA));
        // h1's EDUCATION is planned with the story's actor; h9 (erased) and h10 (graduated) no longer count
        assertThat(d).isEqualTo(new TuntasDistance(1, 1, Map.of("EDUCATION", 1), Map.of(story.actor, 1), 0, 1, 2, 0, 2));
        assertThat(schema.run(tx -> tuntas.actors(tx, d.openByActor().keySet())).get(story.actor).name())
                .isEqualTo("BAZNAS Sragen");
        Map<String, TuntasStatus> statuses = schema.run(tx -> tuntas.statuses(tx, List.of(DESA, NEIGHBOUR)));
        assertThat(statuses).isEqualTo(Map.of(DESA, TuntasStatus.OPEN, NEIGHBOUR, TuntasStatus.OPEN));

        feed(schema, List.of(story.educationClosed()), new Random(1), 1);
        assertThat(schema.run(tx -> tuntas.distance(tx, DESA)).settled()).isTrue();
        statuses = schema.run(tx -> tuntas.statuses(tx, List.of(DESA)));
        assertThat(statuses).containsEntry(DESA, TuntasStatus.READY);
        List<FunnelQueries.DesaRow> rows = schema.run(tx -> funnels.desaRows(tx, List.of(NEIGHBOUR, DESA)));
        assertThat(rows).containsExactly(
                new FunnelQueries.DesaRow(NEIGHBOUR, null, 0, 0, 0, 0),
                new FunnelQueries.DesaRow(DESA, null, 8, 2, 0, 3));

        feedOr(List.of(story.declared()), "desa-programme", story::standInDeclared);
        statuses = schema.run(tx -> tuntas.statuses(tx, List.of(DESA)));
        assertThat(statuses).containsEntry(DESA, TuntasStatus.DECLARED);
        assertThat(schema.run(tx -> tuntas.declaration(tx, DESA)).decisionNumber()).isEqualTo("TKPKD/2022/09");
    }

    @Test
    void theDesaSummaryCountsListedHouseholdsAndTheirMembers() {
        // h1 4+1 absorbed, h2 3, h3 2, h4 5, h5 3-1+1, h6 1, h8 2 (moved in), h10 3
        HouseholdsTable.DesaCount desa = schema.run(tx -> households.count(tx, DESA));
        assertThat(desa).isEqualTo(new HouseholdsTable.DesaCount(8, 24));
        HouseholdsTable.DesaCount neighbour = schema.run(tx -> households.count(tx, NEIGHBOUR));
        assertThat(neighbour).isEqualTo(new HouseholdsTable.DesaCount(0, 0));
    }

    @Test
    void anyArrivalOrderAcrossTopicsGivesTheSameRows() {
        List<String> inOrder = rows(schema);
        for (int seed = 2; seed < 8; seed++) {
            ProjectionSchema other = ProjectionSchema.create(pool);
            try {
                Random random = new Random(seed);
                feed(other, story.script.shuffled(random), random, 1 + seed * 2);
                assertThat(rows(other)).as("seed " + seed).isEqualTo(inOrder);
            } finally {
                other.drop();
            }
        }
    }

    @Test
    void aTimelineHoldsEveryEventNamingTheHouseholdAndItsInterventionsInOrderByIdsOnly() {
        TimelineTable.Page page = schema.run(tx -> timeline.page(tx, story.h1, 0, 50));
        assertThat(page.events()).extracting(TimelineTable.Event::type).containsExactly(
                "id.desatumis.registry.HouseholdRegistered.v1", "id.desatumis.assessment.AssessmentClassified.v1",
                "id.desatumis.assessment.AssessmentVerified.v1", "id.desatumis.assessment.NeedsIdentified.v1",
                "id.desatumis.assistance.InterventionPlanned.v1", "id.desatumis.assistance.InterventionPlanned.v1",
                "id.desatumis.partner.ReservationRejected.v1", "id.desatumis.assistance.InterventionResourced.v1",
                "id.desatumis.assistance.DeliveryReported.v1", "id.desatumis.assistance.DeliveryVerified.v1",
                "id.desatumis.registry.HouseholdMergedInto.v1", "id.desatumis.registry.HouseholdAbsorbed.v1");
        assertThat(page.total()).isEqualTo(12);
        var refs = page.events().stream().map(TimelineTable.Event::refs).toList();
        assertThat(refs.get(0)).containsOnlyKeys("householdId", "desaCode", "memberCount");
        assertThat(refs.get(3)).containsOnlyKeys("householdId", "desaCode", "assessmentId", "povertyClass",
                "policyVersion", "needs");
        assertThat(String.valueOf(refs.get(3).get("needs"))).doesNotContain(story.member.toString());
        assertThat(refs.get(4)).doesNotContainKeys("memberId", "dueDate", "plannedOn", "plannedAt")
                .containsKeys("actorId", "amountRupiah", "tranches", "decisionNumber");
        assertThat(refs.get(6)).containsOnlyKeys("requestId", "interventionId", "needId");
        assertThat(refs.get(8)).containsOnlyKeys("interventionId", "deliveryId", "amountRupiah", "onBehalf");
        assertThat(refs.get(9)).containsOnlyKeys("interventionId", "deliveryId", "confirmedBy", "method");
        assertThat(page.events().get(0).source()).isEqualTo("registry");

        assertThat(schema.run(tx -> timeline.page(tx, story.h1, 2, 5)).events()).extracting(TimelineTable.Event::type)
                .containsExactly("id.desatumis.registry.HouseholdMergedInto.v1", "id.desatumis.registry.HouseholdAbsorbed.v1");
        TimelineTable.Page past = schema.run(tx -> timeline.page(tx, story.h1, 5, 4));
        assertThat(past.events()).isEmpty();
        assertThat(past.total()).isEqualTo(12);
        // the split-off household's timeline holds the split of the household it left (recorded at the same instant as
        // its registration: two streams' events of one instant follow each other in stream id order)
        assertThat(schema.run(tx -> timeline.page(tx, story.h6, 0, 10)).events()).extracting(TimelineTable.Event::type)
                .containsExactlyInAnyOrder("id.desatumis.registry.MembersSplitOff.v1",
                        "id.desatumis.registry.HouseholdRegistered.v1");
        assertThat(schema.run(tx -> timeline.page(tx, UUID.randomUUID(), 0, 10)).total()).isZero();
    }

    /** Every row of the household parts' tables, in key order, as JSON. */
    private static List<String> rows(ProjectionSchema schema) {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("households ORDER BY household_id", "household_timeline ORDER BY household_id, event_id",
                "intervention_timeline ORDER BY intervention_id, event_id", "intervention_households ORDER BY intervention_id")) {
            schema.run(tx -> tx.query("SELECT to_jsonb(t)::text FROM " + table.replace(" ORDER", " t ORDER")).execute())
                    .forEach(r -> rows.add(r.getString(0)));
        }
        return rows;
    }

    /** Every part present gets each batch's events it reads, in the batch's transaction, as the engine does. */
    private void feed(ProjectionSchema into, List<ConsumedEvent> events, Random random, int maxBatch) {
        for (List<ConsumedEvent> batch : Script.batches(events, random, maxBatch)) {
            into.run(tx -> {
                Uni<?> chain = Uni.createFrom().voidItem();
                for (ProjectionPart<?> part : parts) chain = chain.chain(() -> apply(tx, part, batch));
                return chain;
            });
        }
    }

    /** The events through the parts when the named part is present; else its stand-in rows. */
    private void feedOr(List<ConsumedEvent> events, String part, Function<SqlConnection, Uni<?>> standIn) {
        if (has(part)) feed(schema, events, new Random(1), events.size());
        else schema.run(tx -> standIn.apply(tx).replaceWithVoid());
    }

    private boolean has(String part) {
        return parts.stream().anyMatch(p -> p.name().equals(part));
    }

    private static <T> Uni<?> apply(SqlConnection tx, ProjectionPart<T> part, List<ConsumedEvent> batch) {
        List<Change<T>> changes = new ArrayList<>();
        for (ConsumedEvent e : batch) part.read(e).ifPresent(c -> changes.add(new Change<>(e, c)));
        return changes.isEmpty() ? Uni.createFrom().voidItem() : part.apply(tx, changes);
    }

}

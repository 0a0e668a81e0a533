package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.monitoring.messaging.ProjectionEngine;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.Generations;
import id.desatumis.monitoring.persistence.ProjectionDdl;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.desatumis.monitoring.EngineProbe.PATIENCE;
import static id.desatumis.monitoring.EngineProbe.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A rebuild replays every topic into a new generation beside the live one, which answers meanwhile; once the new one
 * has caught up it answers, with exactly the figures the old one had. Figures here: the test-only CountingPart's
 * table and the freshness of its topics.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProjectionRebuildTest {

    private static final String DESA = "33.14.99.2004"; // a code of this test's own: no real desa

    @Inject
    ProjectionReads reads;
    @Inject
    ProjectionEngine engine;
    @Inject
    Generations generations;
    @Inject
    Pool pool;

    EngineProbe probe;

    @BeforeAll
    static void topicExists() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(TOPIC), 3, (short) 1);
    }

    @BeforeEach
    void eventsAreApplied() {
        probe = new EngineProbe(reads);
        for (int s = 0; s < 8; s++) {
            String stream = "test-" + UUID.randomUUID();
            for (int i = 1; i <= 15; i++) {
                String id = EngineProbe.send(TOPIC, stream, i, DESA);
                if (i % 5 == 0) EngineProbe.send(TOPIC, stream, id, i, "{\"desaCode\":\"" + DESA + "\"}"); // a relay duplicate
            }
        }
        await().atMost(PATIENCE).ignoreExceptions().until(() -> probe.caughtUp(TOPIC) && live().ddlHash().equals(ProjectionDdl.load().hash()));
    }

    @AfterEach
    void openTheGate() {
        CountingPart.REFUSE_BEFORE_LIVE.set(false);
        CompletableFuture<Void> gate = CountingPart.gate;
        CountingPart.gate = null;
        if (gate != null) gate.complete(null);
    }

    @Test
    void aRebuildAnswersExactlyTheFiguresOfTheLiveGenerationAndTheOldAnswersUntilTheSwitch() {
        List<String> before = figures();
        int old = live().number();
        CountingPart.WAITING.set(false);
        CountingPart.gate = new CompletableFuture<>();

        int rebuilt = given().header("Authorization", token("dinsos")).post("/admin/projections/rebuilds")
                .then().statusCode(202).body("state", equalTo("BUILDING")).extract().path("generation");
        given().header("Authorization", token("dinsos")).post("/admin/projections/rebuilds")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/rebuild-under-way"));

        // the new generation is held inside its first batch: every read still answers from the old one
        await().atMost(PATIENCE).until(CountingPart.WAITING::get);
        given().header("Authorization", token("auditor")).get("/admin/projections").then().statusCode(200)
                .body("generations.find { it.generation == " + rebuilt + " }.state", equalTo("BUILDING"))
                .body("generations.find { it.generation == " + old + " }.state", equalTo("LIVE"))
                .body("generations.state", hasItem("LIVE"));
        assertThat(figures()).isEqualTo(before);
        assertThat(reads.liveGeneration()).hasValue(old);

        openTheGate();
        await().atMost(PATIENCE).until(() -> live().number() == rebuilt);
        assertThat(figures()).isEqualTo(before);
        assertThat(reads.liveGeneration()).hasValue(rebuilt);
        // its deduplication marks are in its schema (dropped with the old one's), none in public
        assertThat(marksIn(rebuilt)).isPositive();
        assertThat(publicMarksOf(rebuilt)).isZero();
        await().atMost(PATIENCE).until(() -> !schemaExists(old));
        given().header("Authorization", token("dinsos")).get("/admin/projections").then().statusCode(200)
                .body("generations.find { it.generation == " + old + " }.state", equalTo("RETIRED"))
                .body("generations.find { it.generation == " + rebuilt + " }.positions.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aRebuildStoppedBeforeItsSwitchStillDerivesBeforeItGoesLive() {
        List<String> before = figures();
        int old = live().number();
        CountingPart.REFUSE_BEFORE_LIVE.set(true);
        int refused = CountingPart.BEFORE_LIVE_REFUSED.get();

        int rebuilt = given().header("Authorization", token("dinsos")).post("/admin/projections/rebuilds")
                .then().statusCode(202).extract().path("generation");
        // it has caught up, written its rows without deriving, and its switch failed (rolled back, as in a crash)
        await().atMost(PATIENCE).until(() -> CountingPart.BEFORE_LIVE_REFUSED.get() > refused);
        assertThat(underived(rebuilt)).isPositive();
        engine.stop();
        assertThat(live().number()).isEqualTo(old);
        assertThat(generations.building().await().atMost(PATIENCE).map(Generation::number)).hasValue(rebuilt);

        CountingPart.REFUSE_BEFORE_LIVE.set(false);
        engine.start();
        await().atMost(PATIENCE).until(() -> live().number() == rebuilt);
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void aLiveGenerationBuiltFromOtherFilesIsRebuiltAtStartup() {
        List<String> before = figures();
        int old = live().number();
        engine.stop();
        pool.preparedQuery("UPDATE projection_generations SET ddl_hash = 'built-from-other-files' WHERE generation = $1")
                .execute(Tuple.of(old)).await().atMost(PATIENCE);
        engine.start();

        await().atMost(PATIENCE).until(() -> live().number() != old);
        Generation rebuilt = live();
        assertThat(rebuilt.ddlHash()).isEqualTo(ProjectionDdl.load().hash());
        assertThat(rebuilt.requestedBy()).startsWith("startup");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void onlyDinsosRebuildsAndOnlyDinsosAndAuditorsLook() {
        given().post("/admin/projections/rebuilds").then().statusCode(401);
        given().get("/admin/projections").then().statusCode(401);
        for (String role : new String[]{"tkpkd", "opd", "partner", "auditor", "village-operator"}) {
            given().header("Authorization", token(role)).post("/admin/projections/rebuilds").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String role : new String[]{"tkpkd", "opd", "partner", "village-operator"}) {
            given().header("Authorization", token(role)).get("/admin/projections").then().statusCode(403);
        }
        assertThat(generations.building().await().atMost(PATIENCE)).isEmpty();
    }

    private static String token(String role) {
        return "Bearer " + DevStack.shared().tokens().mint("u-" + role, role, List.of(DESA), "DINKES", "p1");
    }

    private Generation live() {
        return generations.live().await().atMost(PATIENCE).orElseThrow();
    }

    /** Every row of the counting part's table, and the freshness of its topics (all but when they were applied). */
    private List<String> figures() {
        return reads.read(tx -> tx.query("""
                        SELECT stream_id, events, last_sequence, out_of_order, derived_events FROM test_counts
                        ORDER BY stream_id""")
                .execute().chain(counts -> tx.preparedQuery("""
                                SELECT topic, events_applied, last_event_at FROM freshness WHERE topic = ANY($1) ORDER BY topic""")
                        .execute(Tuple.of(new String[]{TOPIC, CountingPart.LATE_TOPIC})).map(fresh -> {
                            List<String> rows = new ArrayList<>();
                            counts.forEach(r -> rows.add(r.getString(0) + " " + r.getLong(1) + " " + r.getLong(2) + " " + r.getLong(3)
                                    + " " + r.getLong(4)));
                            fresh.forEach(r -> rows.add(r.getString(0) + " " + r.getLong(1) + " " + r.getOffsetDateTime(2)));
                            return rows;
                        }))).await().atMost(PATIENCE);
    }

    /** The rows of a generation's test_counts whose derived column is not written yet. */
    private long underived(int generation) {
        return pool.query("SELECT count(*) FROM projection_g" + generation + ".test_counts WHERE derived_events IS NULL")
                .execute().await().atMost(PATIENCE).iterator().next().getLong(0);
    }

    private boolean schemaExists(int generation) {
        return pool.preparedQuery("SELECT count(*) FROM pg_namespace WHERE nspname = $1").execute(Tuple.of("projection_g" + generation))
                .await().atMost(PATIENCE).iterator().next().getLong(0) > 0;
    }

    private long marksIn(int generation) {
        return pool.preparedQuery("SELECT count(*) FROM projection_g" + generation + ".consumer_stream_marks WHERE consumer = $1")
                .execute(Tuple.of("monitoring.g" + generation)).await().atMost(PATIENCE).iterator().next().getLong(0);
    }

    private long publicMarksOf(int generation) {
        return pool.preparedQuery("SELECT count(*) FROM public.consumer_stream_marks WHERE consumer = $1")
                .execute(Tuple.of("monitoring.g" + generation)).await().atMost(PATIENCE).iterator().next().getLong(0);
    }
}

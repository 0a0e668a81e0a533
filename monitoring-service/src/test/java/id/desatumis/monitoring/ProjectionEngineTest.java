package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.monitoring.messaging.ProjectionEngine;
import id.desatumis.monitoring.persistence.EngineLock;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.Generations;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import static org.hamcrest.Matchers.notNullValue;

/**
 * The projection engine against the real Kafka and PostgreSQL, through a test-only part that counts each stream's
 * events (CountingPart): every event applied once whatever comes twice, fails or restarts, nothing lost.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProjectionEngineTest {

    private static final String DESA = "33.14.99.2001"; // a code of this test's own: no real desa

    @Inject
    ProjectionReads reads;
    @Inject
    ProjectionEngine engine;
    @Inject
    Generations generations;
    @Inject
    GenerationPositions positions;
    @Inject
    EngineLock lock;

    EngineProbe probe;

    @BeforeAll
    static void topicExists() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(TOPIC), 3, (short) 1);
    }

    @BeforeEach
    void everythingSentBeforeIsApplied() {
        probe = new EngineProbe(reads);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> probe.caughtUp(TOPIC));
    }

    @Test
    void aRelayDuplicateIsAppliedOnce() {
        String stream = "test-" + UUID.randomUUID();
        long before = probe.eventsApplied(TOPIC);
        String two = UUID.randomUUID().toString();
        EngineProbe.send(TOPIC, stream, 1, DESA);
        EngineProbe.send(TOPIC, stream, two, 2, "{\"desaCode\":\"" + DESA + "\"}");
        EngineProbe.send(TOPIC, stream, two, 2, "{\"desaCode\":\"" + DESA + "\"}");
        EngineProbe.send(TOPIC, stream, 3, DESA);

        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
        assertThat(probe.count(stream)).isEqualTo(3);
        assertThat(probe.eventsApplied(TOPIC) - before).isEqualTo(3);
        assertThat(probe.outOfOrder(stream)).isZero();
    }

    @Test
    void aFailedBatchIsReadAgainFromTheStoredPositionsAndAppliedOnce() {
        String stream = "test-" + UUID.randomUUID();
        long before = probe.eventsApplied(TOPIC);
        CountingPart.FAILURES_TO_INJECT.set(2);
        for (int i = 1; i <= 20; i++) EngineProbe.send(TOPIC, stream, i, DESA);

        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
        assertThat(CountingPart.FAILURES_TO_INJECT.get()).isZero();
        assertThat(probe.count(stream)).isEqualTo(20);
        assertThat(probe.eventsApplied(TOPIC) - before).isEqualTo(20);
    }

    @Test
    void restartsWhileEventsArriveNeitherLoseNorDouble() throws Exception {
        List<String> streams = new ArrayList<>();
        for (int s = 0; s < 12; s++) streams.add("test-" + UUID.randomUUID());
        long before = probe.eventsApplied(TOPIC);
        int perStream = 25;
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= perStream; i++) {
                for (String stream : streams) EngineProbe.send(TOPIC, stream, i, DESA);
            }
        });
        for (int restart = 0; restart < 3 && !sending.isDone(); restart++) {
            engine.stop();
            engine.start();
            await().atMost(PATIENCE).until(() -> engine.leading());
        }
        sending.get();

        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
        for (String stream : streams) {
            assertThat(probe.count(stream)).as(stream).isEqualTo(perStream);
            assertThat(probe.outOfOrder(stream)).as(stream).isZero();
        }
        assertThat(probe.eventsApplied(TOPIC) - before).isEqualTo((long) perStream * streams.size());
    }

    @Test
    void readingEveryTopicAgainFromTheStartDoublesNothing() {
        String stream = "test-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) EngineProbe.send(TOPIC, stream, i, DESA);
        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC) && probe.count(stream) == 5);
        long applied = probe.eventsApplied(TOPIC);

        engine.stop();
        var live = generations.live().await().atMost(PATIENCE).orElseThrow();
        positions.forget(live, TOPIC).await().atMost(PATIENCE);
        assertThat(probe.positions(TOPIC)).isEmpty();
        engine.start();

        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
        assertThat(probe.count(stream)).isEqualTo(5);
        assertThat(probe.eventsApplied(TOPIC)).isEqualTo(applied);
    }

    @Test
    void aTopicCreatedAfterStartupIsReadFromItsStart() throws Exception {
        String stream = "test-" + UUID.randomUUID();
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(CountingPart.LATE_TOPIC), 2, (short) 1);
        EngineProbe.send(CountingPart.LATE_TOPIC, stream, 1, DESA);
        EngineProbe.send(CountingPart.LATE_TOPIC, stream, 2, DESA);

        await().atMost(PATIENCE).until(() -> probe.count(stream) == 2);
        await().atMost(PATIENCE).until(() -> probe.caughtUp(CountingPart.LATE_TOPIC));
        assertThat(probe.eventsApplied(CountingPart.LATE_TOPIC)).isEqualTo(2);
    }

    @Test
    void readsAnswerFromTheLiveGenerationWithTheirFreshness() {
        EngineProbe.send(TOPIC, "test-" + UUID.randomUUID(), 1, DESA);
        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
        await().atMost(PATIENCE).until(() -> reads.freshness().await().atMost(PATIENCE).consumerLag() == 0);
        var freshness = reads.freshness().await().atMost(PATIENCE);
        assertThat(freshness.lastEventAt()).isNotNull();
        assertThat(freshness.lastAppliedAt()).isNotNull();
        assertThat(reads.liveGeneration()).isPresent();
    }

    @Test
    void anInstanceWithoutTheLockServesReadsOnlyAndTakesOverWhenTheLockFrees() throws Exception {
        engine.stop();
        String stream = "test-" + UUID.randomUUID();
        try (var other = lock.tryAcquire().orElseThrow()) { // another instance runs the loops
            engine.start();
            EngineProbe.send(TOPIC, stream, 1, DESA);
            await().atMost(PATIENCE).until(() -> reads.freshness().await().atMost(PATIENCE).consumerLag() == 1);
            assertThat(engine.leading()).isFalse();
            assertThat(probe.count(stream)).isZero();
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'projection' }.data.leading", equalTo(false));
        }
        await().atMost(PATIENCE).until(() -> engine.leading() && probe.count(stream) == 1);
        await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
    }

    @Test
    void healthShowsEachGenerationsLoop() {
        int live = generations.live().await().atMost(PATIENCE).orElseThrow().number();
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", hasItem("projection"))
                .body("checks.find { it.name == 'projection' }.data.leading", equalTo(true))
                .body("checks.find { it.name == 'projection' }.data.g" + live, notNullValue());
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("desatumis_projection_consumer_lag{generation=\"" + live + "\""));
    }
}

package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.monitoring.messaging.ProjectionEngine;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.monitoring.EngineProbe.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * A malformed event of a known type stops its generation's loop loudly instead of being skipped: health goes down
 * naming the event, and nothing of its batch is written (neither the valid events before it, nor the positions, nor
 * the freshness). In a database and on a topic of its own: the stopped generation stays stopped.
 */
@QuarkusTest
@TestProfile(MalformedEventTest.OwnDatabaseAndTopic.class)
class MalformedEventTest {

    public static class OwnDatabaseAndTopic implements QuarkusTestProfile {
        static final String TOPIC = "desatumis.test.counting-malformed-" + UUID.randomUUID() + ".v1";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("monitoring.test.counting-topic", TOPIC);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DevStackTestResource.class, Map.of("database", "monitoring_malformed")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    ProjectionEngine engine;
    @Inject
    ProjectionReads reads;

    @Test
    void aMalformedKnownEventStopsTheGenerationAndNothingOfItsBatchIsWritten() throws Exception {
        String topic = OwnDatabaseAndTopic.TOPIC;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(topic), 1, (short) 1);
        EngineProbe probe = new EngineProbe(reads);
        await().atMost(PATIENCE).until(() -> engine.leading());
        // the three records reach the loop in one poll: the engine reads nothing while they are sent
        engine.stop();
        String stream = "test-" + UUID.randomUUID();
        EngineProbe.send(topic, stream, 1, "33.14.99.2002");
        String malformed = UUID.randomUUID().toString();
        EngineProbe.send(topic, stream, malformed, 2, "{\"desaCode\": [\"not a code\"");
        EngineProbe.send(topic, stream, 3, "33.14.99.2002");
        engine.start();

        await().atMost(PATIENCE).until(() -> given().get("/q/health/live").statusCode() == 503);
        given().get("/q/health/live").then().body(containsString(malformed)).body(containsString("STOPPED_MALFORMED"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> probe.count(stream) == 0 && probe.positions(topic).isEmpty() && probe.eventsApplied(topic) == 0);
        given().get("/q/metrics").then().body(containsString("desatumis_projection_malformed_events_total"));
    }
}

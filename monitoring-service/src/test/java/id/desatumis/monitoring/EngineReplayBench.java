package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A load driver, not a test (surefire does not pick *Bench up): the engine alone rebuilding a topic of the counting
 * part from the start, with its deduplication, positions and freshness, as {@code POST /admin/projections/rebuilds}
 * does. Prints events per second from the request to the switch; checks the count is exact. Run it with
 * {@code mvn -B -q test -pl monitoring-service -am -Dtest=EngineReplayBench -Dbench.streams=20000 -Dbench.per=10}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class EngineReplayBench {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Inject
    ProjectionReads reads;

    @Test
    void rebuildFromTheStart() throws Exception {
        String topic = EngineProbe.TOPIC;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(topic), 3, (short) 1);
        EngineProbe probe = new EngineProbe(reads);
        long total = fill(topic, Integer.getInteger("bench.streams", 20_000), Integer.getInteger("bench.per", 10));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> probe.caughtUp(topic));
        long applied = probe.eventsApplied(topic);

        long t = System.nanoTime();
        int rebuilt = given().header("Authorization", "Bearer " + DevStack.shared().tokens().mint("bench", "dinsos", null, null, null))
                .post("/admin/projections/rebuilds").then().statusCode(202).extract().path("generation");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> reads.freshness()
                .map(f -> reads.liveGeneration().orElse(0)).await().atMost(PATIENCE) == rebuilt);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("engine rebuild: %,d events in %.1f s, %,.0f events/s (request to switch)%n", applied, seconds, applied / seconds);
        assertThat(probe.eventsApplied(topic)).isEqualTo(applied).isGreaterThanOrEqualTo(total);
    }

    private static long fill(String topic, int streams, int perStream) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap(),
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new StringSerializer())) {
            String[] ids = new String[streams];
            for (int s = 0; s < streams; s++) ids[s] = "bench-" + UUID.randomUUID();
            for (int i = 1; i <= perStream; i++) {
                for (int s = 0; s < streams; s++) {
                    var r = new ProducerRecord<>(topic, ids[s], "{\"desaCode\":\"33.14.0" + (s % 9 + 1) + ".2001\"}");
                    header(r, "ce_specversion", "1.0");
                    header(r, "ce_id", UUID.randomUUID().toString());
                    header(r, "ce_type", CountingPart.TYPE);
                    header(r, "ce_source", "/desatumis/test");
                    header(r, "ce_subject", ids[s]);
                    header(r, "ce_time", Instant.now().toString());
                    header(r, "ce_sequence", Integer.toString(i));
                    producer.send(r);
                }
            }
            producer.flush();
        }
        return (long) streams * perStream;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}

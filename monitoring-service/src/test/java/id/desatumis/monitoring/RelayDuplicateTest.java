package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.kit.outbox.OutboxRelay;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.kit.outbox.RelayHooks;
import id.desatumis.kit.outbox.RelaySettings;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static id.desatumis.monitoring.EngineProbe.PATIENCE;
import static id.desatumis.monitoring.EngineProbe.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path under the fault: an event store, the real relay killed after Kafka acknowledged the batch and
 * before its checkpoint, a second relay sending it again, and this service's projection engine. The event is on
 * Kafka twice; the projection applies it once. (The source events table here is this test's own stand-in for
 * another service's: the same platform-kit schema in this service's database.)
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class RelayDuplicateTest {

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    ProjectionReads reads;

    /** Stored events here already carry the public payload; the catalog only routes them to the counting part. */
    static final class CountingCatalog implements PublicEventCatalog {
        @Override
        public String source() {
            return "/desatumis/test";
        }

        @Override
        public Set<String> topics() {
            return Set.of(TOPIC);
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent e) {
            return Optional.of(new PublicRecord(TOPIC, CountingPart.TYPE, e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void anEventSentTwiceByARelayKilledBeforeItsCheckpointIsAppliedOnce() {
        EngineProbe probe = new EngineProbe(reads);
        String stream = "test-" + UUID.randomUUID();
        EventMetadata actor = new EventMetadata("tester", "dinsos", "c-1", null, null, "/desatumis/test");
        String payload = "{\"desaCode\":\"33.14.99.2003\"}";
        pool.withTransaction(tx -> store.append(tx, new StreamAppend(stream, "test", 0,
                        List.of(NewEvent.of("Counted", 1, payload)), actor)))
                .await().atMost(Duration.ofSeconds(10));

        String name = "dup-" + UUID.randomUUID();
        AtomicBoolean killed = new AtomicBoolean();
        OutboxRelay first = new OutboxRelay(settings(name), new CountingCatalog(), new RelayHooks() {
            @Override
            public void afterSendBeforeCheckpoint(List<StoredEvent> batch) {
                if (batch.stream().anyMatch(e -> e.streamId().equals(stream)) && killed.compareAndSet(false, true)) {
                    throw new IllegalStateException("killed between send and checkpoint");
                }
            }
        });
        first.start();
        await().atMost(PATIENCE).until(() -> !first.alive());

        OutboxRelay second = new OutboxRelay(settings(name), new CountingCatalog(), RelayHooks.NONE);
        second.start();
        try {
            await().atMost(PATIENCE).until(() -> copiesOnKafka(stream) == 2);
            // a later event of the same stream: once it is counted, the duplicate before it has been consumed
            pool.withTransaction(tx -> store.append(tx, new StreamAppend(stream, "test", 1,
                            List.of(NewEvent.of("Counted", 1, payload)), actor)))
                    .await().atMost(Duration.ofSeconds(10));
            await().atMost(PATIENCE).until(() -> probe.count(stream) == 2);
            await().atMost(PATIENCE).until(() -> probe.caughtUp(TOPIC));
            assertThat(probe.count(stream)).isEqualTo(2);
            assertThat(probe.outOfOrder(stream)).isZero();
        } finally {
            second.stop();
        }
    }

    private static RelaySettings settings(String name) {
        var config = ConfigProvider.getConfig();
        return new RelaySettings(name, config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                DevStack.shared().kafkaBootstrap(), 100, Duration.ofMillis(200), 3, (short) 1);
    }

    private static long copiesOnKafka(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "count-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long count = 0;
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) count++;
                }
            }
            return count;
        }
    }
}

package id.desatumis.monitoring;

import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.DevStack;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path under the fault: an event store, the real relay killed after Kafka acknowledged the batch
 * and before its checkpoint, a second relay sending it again, and this service's projection. The event is
 * on Kafka twice; the village counts it once. (The source events table here is this test's own stand-in
 * for registry-service's: the same platform-kit schema in this service's database.)
 */
@QuarkusTest
class RelayDuplicateTest {

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    /** Stored events here already carry the public payload; the catalog only routes them. */
    static final class RegistryLikeCatalog implements PublicEventCatalog {
        @Override
        public String source() {
            return RegistryTopics.SOURCE;
        }

        @Override
        public Set<String> topics() {
            return Set.of(RegistryTopics.HOUSEHOLD);
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent e) {
            String type = e.type().equals("HouseholdRegistered") ? HouseholdRegisteredV1.CE_TYPE : MemberAddedV1.CE_TYPE;
            return Optional.of(new PublicRecord(RegistryTopics.HOUSEHOLD, type, e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void anEventSentTwiceByARelayKilledBeforeItsCheckpointIsCountedOnce() {
        String desa = "33.14.06.2001";
        String household = UUID.randomUUID().toString();
        String stream = "household-" + household;
        EventMetadata actor = new EventMetadata("tester", "dinsos", "c-1", null, null, "/desatumis/registry");
        pool.withTransaction(tx -> store.append(tx, new StreamAppend(stream, "household", 0,
                List.of(NewEvent.of("HouseholdRegistered", 1, RegistryEvents.registered(household, desa, 2))), actor)))
                .await().atMost(Duration.ofSeconds(10));

        String name = "dup-" + UUID.randomUUID();
        AtomicBoolean killed = new AtomicBoolean();
        OutboxRelay first = new OutboxRelay(settings(name), new RegistryLikeCatalog(), new RelayHooks() {
            @Override
            public void afterSendBeforeCheckpoint(List<StoredEvent> batch) {
                if (batch.stream().anyMatch(e -> e.streamId().equals(stream)) && killed.compareAndSet(false, true)) {
                    throw new IllegalStateException("killed between send and checkpoint");
                }
            }
        });
        first.start();
        await().atMost(VillageSummaryTest.PATIENCE).until(() -> !first.alive());

        OutboxRelay second = new OutboxRelay(settings(name), new RegistryLikeCatalog(), RelayHooks.NONE);
        second.start();
        try {
            await().atMost(VillageSummaryTest.PATIENCE).until(() -> copiesOnKafka(stream) == 2);
            // a later event of the same stream: once it is counted, the duplicate before it has been consumed
            pool.withTransaction(tx -> store.append(tx, new StreamAppend(stream, "household", 1,
                    List.of(NewEvent.of("MemberAdded", 1, RegistryEvents.memberAdded(household, desa))), actor)))
                    .await().atMost(Duration.ofSeconds(10));
            await().atMost(VillageSummaryTest.PATIENCE).until(() -> VillageSummaryTest.members(desa) == 3);
            assertThat(VillageSummaryTest.households(desa)).isEqualTo(1);
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
            consumer.subscribe(List.of(RegistryTopics.HOUSEHOLD));
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

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StreamAppend;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.KitTestSupport.versionsOf;
import static id.desatumis.kit.outbox.RelayTestSupport.bootstrap;
import static id.desatumis.kit.outbox.RelayTestSupport.settings;
import static id.desatumis.kit.outbox.RelayTestSupport.uniqueTopic;
import static org.assertj.core.api.Assertions.assertThat;

/** Eight writers racing on shared streams while the relay publishes: each stream reaches Kafka whole and in order. */
@QuarkusTest
class PerStreamOrderTest {

    private static final int WRITERS = 8;
    private static final int APPENDS_PER_WRITER = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void eachStreamArrivesOnKafkaInStrictlyIncreasingSequenceWithNoGap() {
        String topic = uniqueTopic("order");
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < 12; i++) streams.add(newStream("ledger"));
        OutboxRelay relay = new OutboxRelay(settings("order-" + UUID.randomUUID(), bootstrap()), new TestCatalog(topic), RelayHooks.NONE);
        relay.start();
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            List<Uni<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(w);
                // each writer appends one after another, to streams the others append to at the same time
                writers.add(Multi.createFrom().range(0, APPENDS_PER_WRITER)
                        .onItem().transformToUniAndConcatenate(i -> {
                            String stream = streams.get(random.nextInt(streams.size()));
                            String[] payloads = new String[1 + random.nextInt(3)];
                            for (int p = 0; p < payloads.length; p++) payloads[p] = "{\"writer\":" + i + ",\"p\":" + p + "}";
                            return pool.withTransaction(tx -> store.append(tx, append(stream, StreamAppend.ANY_VERSION, payloads)));
                        })
                        .collect().last().replaceWithVoid());
            }
            Uni.join().all(writers).andFailFast().await().atMost(PATIENCE);

            Map<String, Integer> stored = new HashMap<>();
            streams.forEach(s -> stored.put(s, versionsOf(pool, s).size()));
            int total = stored.values().stream().mapToInt(Integer::intValue).sum();
            Set<String> ours = stored.keySet();
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> ours.contains(r.key()), total, PATIENCE);

            assertThat(records).hasSize(total);
            for (String stream : streams) {
                List<Long> sequences = records.stream().filter(r -> r.key().equals(stream))
                        .map(r -> Long.parseLong(TopicReader.header(r, "ce_sequence"))).toList();
                assertThat(sequences).as("stream %s on Kafka", stream)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.get(stream)).boxed().toList());
            }
        } finally {
            relay.stop();
        }
    }
}

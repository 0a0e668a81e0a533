package id.desatumis.kit.outbox;

import id.desatumis.kit.KitTestSupport;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.outbox.RelayTestSupport.bootstrap;
import static id.desatumis.kit.outbox.RelayTestSupport.settings;
import static id.desatumis.kit.outbox.RelayTestSupport.uniqueTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event the catalog cannot map was once counted as a Kafka send failure and retried forever, rebuilding the
 * producer each time, with every other stream stalled behind it. Now its stream is parked (its later events wait, in
 * order), every other stream is published, and once the cause is fixed a release publishes the held events in order.
 */
@QuarkusTest
class UnmappableEventTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void anUnmappableEventParksItsStreamOnlyAndAReleaseAfterTheFixPublishesItsEventsInOrder() {
        String topic = uniqueTopic("unmappable");
        String name = "unmappable-" + UUID.randomUUID();
        AtomicBoolean fixed = new AtomicBoolean();
        OutboxRelay relay = new OutboxRelay(settings(name, bootstrap()), new BrokenUntilFixed(topic, fixed), RelayHooks.NONE);
        String broken = newStream("ledger");
        String other = newStream("ledger");
        appendNow(pool, store, new StreamAppend(broken, "ledger", 0, List.of(NewEvent.of("Noted", 1, "{\"n\":1}"),
                NewEvent.of("Broken", 1, "{\"n\":2}"), NewEvent.of("Noted", 1, "{\"n\":3}")), KitTestSupport.TEST_ACTOR));
        appendNow(pool, store, append(other, 0, "{\"n\":1}"));
        relay.start();
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            Predicate<ConsumerRecord<String, String>> brokenOrOther = r -> r.key().equals(broken) || r.key().equals(other);
            // (the reader answers everything it has read so far that matches)
            reader.readUntil(brokenOrOther, 2, PATIENCE);
            await().atMost(PATIENCE).until(() -> relay.metrics().parkedStreams() == 1);
            assertThat(relay.metrics().unmappableEventsTotal()).isEqualTo(1);
            assertThat(relay.metrics().sendFailuresTotal()).as("no send failed: Kafka was never the fault").isZero();
            StoredEvent brokenEvent = store.readStream(pool, broken).await().atMost(PATIENCE).get(1);
            assertThat(parkedRow(name, broken)).isEqualTo(List.of("2", brokenEvent.eventId().toString(), "Broken"));

            // the parked stream's later events wait; other streams go on
            appendNow(pool, store, append(broken, 3, "{\"n\":4}"));
            String later = newStream("ledger");
            appendNow(pool, store, append(later, 0, "{\"n\":1}"));
            assertThat(reader.readUntil(r -> r.key().equals(later), 1, PATIENCE)).hasSize(1);
            List<ConsumerRecord<String, String>> seen = reader.readFor(brokenOrOther, Duration.ofMillis(500));
            assertThat(sequences(seen, broken)).as("only what precedes the unmappable event").containsExactly("1");
            assertThat(sequences(seen, other)).containsExactly("1");

            // a release before the fix parks it again, from the same event
            ParkedStreamsTable.requestRelease(pool, name, broken).await().atMost(PATIENCE);
            await().atMost(PATIENCE).until(() -> parkedRow(name, broken).size() == 3 && !releaseRequested(name, broken));
            assertThat(sequences(reader.readFor(brokenOrOther, Duration.ofMillis(500)), broken)).containsExactly("1");

            fixed.set(true);
            ParkedStreamsTable.requestRelease(pool, name, broken).await().atMost(PATIENCE);
            assertThat(sequences(reader.readUntil(r -> r.key().equals(broken), 4, PATIENCE), broken))
                    .containsExactly("1", "2", "3", "4");
            await().atMost(PATIENCE).until(() -> parkedRow(name, broken).isEmpty() && relay.metrics().parkedStreams() == 0);

            // and the stream is published as any other from then on
            appendNow(pool, store, append(broken, 4, "{\"n\":5}"));
            assertThat(sequences(reader.readUntil(r -> r.key().equals(broken), 5, PATIENCE), broken))
                    .containsExactly("1", "2", "3", "4", "5");
        } finally {
            relay.stop();
        }
    }

    private List<String> parkedRow(String relay, String stream) {
        var rows = pool.preparedQuery("SELECT from_version::text, event_id::text, event_type FROM relay_parked_streams "
                + "WHERE relay_name = $1 AND stream_id = $2").execute(Tuple.of(relay, stream)).await().atMost(PATIENCE);
        if (rows.rowCount() == 0) return List.of();
        var r = rows.iterator().next();
        return List.of(r.getString(0), r.getString(1), r.getString(2));
    }

    private boolean releaseRequested(String relay, String stream) {
        var rows = pool.preparedQuery("SELECT release_requested_at IS NOT NULL FROM relay_parked_streams "
                + "WHERE relay_name = $1 AND stream_id = $2").execute(Tuple.of(relay, stream)).await().atMost(PATIENCE);
        return rows.rowCount() == 1 && rows.iterator().next().getBoolean(0);
    }

    private static List<String> sequences(List<ConsumerRecord<String, String>> records, String stream) {
        return records.stream().filter(r -> r.key().equals(stream)).map(r -> TopicReader.header(r, "ce_sequence")).toList();
    }

    /** The test catalog, whose mapper has no contract for "Broken" events until it is fixed (a deploy, say). */
    private static final class BrokenUntilFixed implements PublicEventCatalog {
        private final String topic;
        private final AtomicBoolean fixed;

        BrokenUntilFixed(String topic, AtomicBoolean fixed) {
            this.topic = topic;
            this.fixed = fixed;
        }

        @Override
        public String source() {
            return "/desatumis/kit-test";
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent e) {
            if (e.type().equals("Broken") && !fixed.get()) {
                throw new IllegalStateException("no public contract for stored type " + e.type());
            }
            if (!e.type().equals("Noted") && !e.type().equals("Broken")) return Optional.empty();
            return Optional.of(new PublicRecord(topic, "id.desatumis.kittest.Noted.v1",
                    e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }
}

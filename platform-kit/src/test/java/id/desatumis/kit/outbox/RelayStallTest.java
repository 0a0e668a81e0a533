package id.desatumis.kit.outbox;

import id.desatumis.devstack.TcpProxy;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.outbox.RelayTestSupport.bootstrap;
import static id.desatumis.kit.outbox.RelayTestSupport.settings;
import static id.desatumis.kit.outbox.RelayTestSupport.uniqueTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A relay whose database connection goes silent (packets dropped, no reset) once blocked its loop for about fifteen
 * minutes while PostgreSQL kept its session, and with it the lead; liveness stayed UP. Now its reads time out, the
 * server ends the silent session, a standby relay takes over within a bounded time, and liveness follows the loop.
 */
@QuarkusTest
class RelayStallTest {

    /** The bound the takeover must keep: twice the test relays' database timeout and the standby's poll, with room. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(30);
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern PORT = Pattern.compile("^(jdbc:postgresql://[^:/]+:)(\\d+)(/.*)$");

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void aLeaderWhoseConnectionGoesSilentIsReplacedByAStandbyAndNoEventIsLost() throws Exception {
        String topic = uniqueTopic("stall");
        String name = "stall-" + UUID.randomUUID();
        RelaySettings direct = settings(name, bootstrap()).withDatabaseTimeout(DATABASE_TIMEOUT);
        Matcher url = PORT.matcher(direct.jdbcUrl());
        assertThat(url.matches()).as(direct.jdbcUrl()).isTrue();
        try (TcpProxy proxy = new TcpProxy(0); TopicReader reader = new TopicReader(bootstrap(), topic)) {
            proxy.target(Integer.parseInt(url.group(2)));
            RelaySettings proxied = new RelaySettings(name, url.group(1) + proxy.port() + url.group(3), direct.user(),
                    direct.password(), direct.kafkaBootstrap(), direct.batchSize(), direct.pollInterval(),
                    direct.topicPartitions(), direct.replicationFactor(), direct.compression(), DATABASE_TIMEOUT);
            OutboxRelay silenced = new OutboxRelay(proxied, new TestCatalog(topic), RelayHooks.NONE);
            OutboxRelay standby = new OutboxRelay(direct, new TestCatalog(topic), RelayHooks.NONE);
            try {
                silenced.start();
                await().atMost(PATIENCE).until(() -> silenced.metrics().leading());
                standby.start();
                Map<String, Integer> streams = new LinkedHashMap<>();
                appendStreams(streams, 10, 1);
                Predicate<ConsumerRecord<String, String>> ours = r -> streams.containsKey(r.key());
                assertThat(reader.readUntil(ours, 10, PATIENCE)).hasSize(10);
                assertThat(standby.metrics().leading()).as("the lead is taken once").isFalse();

                proxy.silence();
                Instant silencedAt = Instant.now();
                appendStreams(streams, 20, 2);
                await().atMost(TAKEOVER_BOUND).until(() -> standby.metrics().leading());
                System.out.printf("RelayStallTest: the standby led %d ms after the leader's connection went silent "
                        + "(database timeout %s)%n", Duration.between(silencedAt, Instant.now()).toMillis(), DATABASE_TIMEOUT);

                reader.readUntil(ours, 50, PATIENCE);
                List<ConsumerRecord<String, String>> records = reader.readFor(ours, Duration.ofSeconds(1)); // all seen
                streams.forEach((stream, events) -> assertThat(firstOccurrences(records, stream))
                        .as("every event of %s, in order", stream)
                        .containsExactlyElementsOf(versions(events)));
                // at least once: what the silenced relay sent and could not checkpoint (at most the first ten of ours;
                // it could read nothing after the silence) is sent again by the standby, nothing more
                assertThat(records.size() - 50).as("events sent twice").isLessThanOrEqualTo(10);
                assertThat(silenced.alive()).as("the silenced relay keeps trying, as a standby now").isTrue();
            } finally {
                standby.stop();
                silenced.stop();
            }
        }
    }

    @Test
    void aLeaderWaitingOnKafkaLongerThanTheServersIdleTimeoutKeepsItsLeadAndSendsOnce() throws Exception {
        String topic = uniqueTopic("slow");
        String stream = newStream("ledger");
        Duration timeout = Duration.ofSeconds(1); // the server ends the leader's session after 2 s without a statement
        PublicEventCatalog slowBroker = new SlowOnce(new TestCatalog(topic), stream, timeout.multipliedBy(3));
        OutboxRelay relay = new OutboxRelay(settings("slow-" + UUID.randomUUID(), bootstrap()).withDatabaseTimeout(timeout),
                slowBroker, RelayHooks.NONE);
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            relay.start();
            await().atMost(PATIENCE).until(() -> relay.metrics().leading());
            appendNow(pool, store, append(stream, 0, "{\"n\":1}"));
            Predicate<ConsumerRecord<String, String>> ours = r -> r.key().equals(stream);
            reader.readUntil(ours, 1, PATIENCE);
            List<ConsumerRecord<String, String>> records = reader.readFor(ours, timeout.multipliedBy(4));
            // a lost session would have cost the lead, and the new leader would have sent the event again
            assertThat(records).as("sent once").hasSize(1);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aRelayWhoseLoopStopsTurningIsNotLiveAndIsAgainOnceItTurns() throws Exception {
        String topic = uniqueTopic("turning");
        CountDownLatch release = new CountDownLatch(1);
        String stream = newStream("ledger");
        RelayHooks blocking = new RelayHooks() {
            @Override
            public void afterSendBeforeCheckpoint(List<StoredEvent> batch) {
                if (batch.stream().anyMatch(e -> e.streamId().equals(stream))) {
                    try {
                        release.await(); // as a read on a silent connection would
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        OutboxRelay relay = new OutboxRelay(settings("turning-" + UUID.randomUUID(), bootstrap()), new TestCatalog(topic), blocking);
        relay.start();
        try {
            Duration stallAfter = Duration.ofSeconds(1);
            await().atMost(PATIENCE).until(() -> relay.metrics().leading() && relay.turning(stallAfter));
            appendNow(pool, store, append(stream, 0, "{\"n\":1}"));
            await().atMost(PATIENCE).until(() -> !relay.turning(stallAfter));
            assertThat(relay.alive()).as("the thread lives: only the loop's turns tell").isTrue();
            release.countDown();
            await().atMost(PATIENCE).until(() -> relay.turning(stallAfter));
        } finally {
            release.countDown();
            relay.stop();
        }
    }

    /** A broker slow to take one stream's first event: the relay waits {@code delay} for its acknowledgement. */
    private static final class SlowOnce implements PublicEventCatalog {
        private final PublicEventCatalog catalog;
        private final String stream;
        private final Duration delay;
        private final AtomicBoolean slowed = new AtomicBoolean();

        SlowOnce(PublicEventCatalog catalog, String stream, Duration delay) {
            this.catalog = catalog;
            this.stream = stream;
            this.delay = delay;
        }

        @Override
        public String source() {
            return catalog.source();
        }

        @Override
        public Set<String> topics() {
            return catalog.topics();
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent event) {
            if (event.streamId().equals(stream) && slowed.compareAndSet(false, true)) {
                try {
                    Thread.sleep(delay.toMillis()); // the slowness under test, not a wait for a result
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return catalog.toPublic(event);
        }
    }

    private void appendStreams(Map<String, Integer> streams, int count, int eventsEach) {
        for (int i = 0; i < count; i++) {
            String stream = newStream("ledger");
            String[] payloads = new String[eventsEach];
            for (int v = 0; v < eventsEach; v++) payloads[v] = "{\"n\":" + v + "}";
            appendNow(pool, store, append(stream, 0, payloads));
            streams.put(stream, eventsEach);
        }
    }

    /** The stream's sequence numbers in the order they first arrived. */
    private static List<String> firstOccurrences(List<ConsumerRecord<String, String>> records, String stream) {
        return records.stream().filter(r -> r.key().equals(stream)).map(r -> TopicReader.header(r, "ce_sequence"))
                .distinct().toList();
    }

    private static List<String> versions(int events) {
        List<String> out = new ArrayList<>();
        for (int v = 1; v <= events; v++) out.add(Integer.toString(v));
        return out;
    }
}

package id.desatumis.kit.bench;

import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.OutboxRelay;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.kit.outbox.RelayHooks;
import id.desatumis.kit.outbox.RelaySettings;
import id.desatumis.kit.outbox.TopicCreator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relay publishing what the store holds, and its raw baseline: a plain idempotent {@code acks=all} producer
 * sending records of the same key and value size to the same broker. Both are timed from a cold start
 * (the relay from its start, the producer from its construction) to the last acknowledgement.
 */
final class RelayLoad {

    private static final int PARTITIONS = 3;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrap;

    RelayLoad(String jdbcUrl, String user, String password, String bootstrap) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.bootstrap = bootstrap;
    }

    /** Events per second, from the relay's start until it has published {@code total} events. */
    double relay(long total, int batchSize) throws Exception {
        String topic = "desatumis.bench.ledger-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
        ready(topic);
        OutboxRelay relay = new OutboxRelay(new RelaySettings("bench-" + topic, jdbcUrl, user, password, bootstrap,
                batchSize, Duration.ofMillis(200), PARTITIONS, (short) 1), new Catalog(topic), RelayHooks.NONE);
        long start = System.nanoTime();
        relay.start();
        try {
            while (relay.metrics().publishedTotal() < total) {
                if (relay.crash().isPresent()) throw new IllegalStateException("relay crashed", relay.crash().get());
                Thread.sleep(5);
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            relay.stop();
        }
    }

    /** Records per second of a raw producer: {@code total} records of the given key and value, all acknowledged. */
    double rawProducer(long total, String key, byte[] value) throws Exception {
        String topic = "desatumis.bench.raw-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
        ready(topic);
        CountDownLatch acked = new CountDownLatch((int) total);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < total; i++) {
                // keys vary as the relay's stream ids do, so records spread over the partitions alike
                String k = key.substring(0, key.length() - 8) + String.format("%08x", i);
                producer.send(new ProducerRecord<>(topic, k, value), (m, e) -> {
                    if (e != null) failure.compareAndSet(null, e);
                    acked.countDown();
                });
            }
            if (!acked.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("raw producer not acknowledged");
            if (failure.get() != null) throw failure.get();
            return total / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Creates the topic and waits until each partition has taken a record. A producer with five requests in flight
     * (the raw baseline's default) whose first request reaches a partition still being set up has the requests
     * behind it written first, and then retries the refused one as out of sequence until it expires.
     */
    private void ready(String topic) throws Exception {
        TopicCreator.ensure(bootstrap, Set.of(topic), PARTITIONS, (short) 1);
        try (KafkaProducer<String, byte[]> probe = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1), new StringSerializer(), new ByteArraySerializer())) {
            for (int p = 0; p < PARTITIONS; p++) {
                probe.send(new ProducerRecord<>(topic, p, "probe", new byte[0])).get(60, TimeUnit.SECONDS);
            }
        }
    }

    private record Catalog(String topic) implements PublicEventCatalog {
        @Override
        public String source() {
            return "/desatumis/bench";
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent e) {
            return Optional.of(new PublicRecord(topic, "id.desatumis.bench.Noted.v1", e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }
}

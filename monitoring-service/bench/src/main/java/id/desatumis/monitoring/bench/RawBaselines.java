package id.desatumis.monitoring.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The raw baselines, measured in the same run on the same servers. Of a rebuild: a plain KafkaConsumer reading the
 * same partitions from offset 0 to their ends, configured as the engine's (assign mode, no group, 5,000 records a
 * poll, 1 MiB per partition and 8 MiB per fetch), touching each record's headers and value and nothing more; and
 * plain INSERTs of as many rows as the rebuild read records into a scratch table of the monitoring database, 5,000
 * rows a transaction (the engine's batch), as a JDBC batch. Of a command's latency: a plain producer to a plain
 * consumer ({@link #kafkaRoundTrip}).
 */
final class RawBaselines {

    private static final int BATCH = 5_000;

    private RawBaselines() {
    }

    record Read(long records, long bytes, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    /** Reads the partitions from the start to the end offsets they had when it began; the clock includes the start. */
    static Read consumer(String bootstrap, Collection<TopicPartition> partitions) {
        long start = System.nanoTime();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH, ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1 << 20,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 << 20), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>(partitions);
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            long expected = ends.values().stream().mapToLong(Long::longValue).sum();
            long records = 0;
            long bytes = 0;
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    bytes += r.value() == null ? 0 : r.value().length();
                    for (Header h : r.headers()) bytes += h.value().length;
                    records++;
                }
            }
            if (records < expected) throw new IllegalStateException("read " + records + " of " + expected + " records");
            return new Read(records, bytes, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The raw baseline of a command's way to the funnel: a plain producer configured as platform-kit's relay
     * (idempotent, acks=all, linger 5 ms, one request in flight) sending {@code rate} small records a second for
     * {@code seconds} to a scratch topic of the same broker, and a plain consumer (assign mode, from the end) receiving
     * them; milliseconds from each send() to its receipt. The topic is deleted afterwards.
     */
    static List<Double> kafkaRoundTrip(String bootstrap, int rate, int seconds) throws Exception {
        String topic = "bench.raw.latency." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            int total = rate * seconds;
            long[] sent = new long[total];
            List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);
            Thread receiver = new Thread(() -> {
                try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
                    List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1),
                            new TopicPartition(topic, 2));
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    assigned.countDown();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
                    while (millis.size() < total && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                            millis.add((System.nanoTime() - sent[Integer.parseInt(r.value())]) / 1e6);
                        }
                    }
                }
            }, "bench-raw-receiver");
            receiver.start();
            assigned.await(30, TimeUnit.SECONDS);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1, ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new StringSerializer())) {
                long start = System.nanoTime();
                long interval = 1_000_000_000L / rate;
                for (int i = 0; i < total; i++) {
                    long wait = start + i * interval - System.nanoTime();
                    if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    sent[i] = System.nanoTime();
                    producer.send(new ProducerRecord<>(topic, "stream-" + i, Integer.toString(i)));
                }
                producer.flush();
            }
            receiver.join();
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            return millis;
        }
    }

    /** Rows per second of plain INSERTs of {@code rows} rows, {@value #BATCH} a transaction; the table is dropped after. */
    static double inserts(Platform platform, long rows) throws Exception {
        String table = "bench_raw_rows";
        try (Connection c = platform.database("monitoring")) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY, desa_code text NOT NULL, kind text, "
                        + "at timestamptz NOT NULL, amount bigint)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                    + " (id, desa_code, kind, at, amount) VALUES (?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now();
                for (long i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "33.14.07.2003");
                    insert.setString(3, "HOUSE_REPAIR");
                    insert.setObject(4, now);
                    insert.setLong(5, i);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == rows) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double perSecond = rows / ((System.nanoTime() - start) / 1e9);
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
            return perSecond;
        }
    }
}

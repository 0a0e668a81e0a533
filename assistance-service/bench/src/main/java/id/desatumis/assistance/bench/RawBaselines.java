package id.desatumis.assistance.bench;

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
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The raw baselines of the same run, on the same servers: plain INSERTs through JDBC of the rows assistance-service
 * writes (a copy of a stored InterventionPlanned: its payload and metadata) into a scratch copy of the assistance
 * database's events table, and a plain Kafka producer of records of the size assistance-service publishes (a copy of
 * the last one on its topic, headers and all) to the same broker.
 */
final class RawBaselines {

    static final String RAW_TOPIC = "bench.raw.assistance";
    private static final String SCRATCH = "bench_raw_events";

    private RawBaselines() {
    }

    /**
     * Rows per second of plain INSERTs into a scratch copy of {@code events} (its columns, defaults and indexes, no
     * trigger, no foreign key), {@code writers} connections at once, {@code perTransaction} rows a commit. The scratch
     * table is dropped afterwards.
     */
    static double inserts(RunningPlatform platform, int rows, int writers, int perTransaction) throws Exception {
        String payload;
        String metadata;
        try (Connection c = platform.database("assistance")) {
            c.createStatement().execute("DROP TABLE IF EXISTS " + SCRATCH);
            c.createStatement().execute("CREATE TABLE " + SCRATCH + " (LIKE events INCLUDING ALL)");
            try (ResultSet r = c.createStatement().executeQuery("SELECT payload::text, metadata::text FROM events"
                    + " WHERE event_type = 'InterventionPlanned' ORDER BY global_position DESC LIMIT 1")) {
                if (!r.next()) throw new IllegalStateException("no InterventionPlanned stored to copy");
                payload = r.getString(1);
                metadata = r.getString(2);
            }
        }
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int perWriter = rows / writers;
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                try (Connection c = platform.database("assistance");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO " + SCRATCH + " (stream_id, stream_type, "
                             + "version, event_id, event_type, schema_version, payload, metadata, recorded_at, hash) "
                             + "VALUES (?, 'intervention', 1, ?, 'InterventionPlanned', 1, ?::jsonb, ?::jsonb, ?, ?)")) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < perWriter; i++) {
                        insert.setString(1, "intervention-" + UUID.randomUUID());
                        insert.setObject(2, UUID.randomUUID());
                        insert.setString(3, payload);
                        insert.setString(4, metadata);
                        insert.setObject(5, OffsetDateTime.now());
                        insert.setBytes(6, new byte[32]);
                        insert.addBatch();
                        if ((i + 1) % perTransaction == 0 || i + 1 == perWriter) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-insert-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double perSecond = perWriter * writers / ((System.nanoTime() - start) / 1e9);
        try (Connection c = platform.database("assistance")) {
            c.createStatement().execute("DROP TABLE " + SCRATCH);
        }
        if (failure.get() != null) throw failure.get();
        return perSecond;
    }

    /** The record copied and its size in bytes (key, value and headers), for the report. */
    record Template(ConsumerRecord<String, String> record, int bytes) {
    }

    /** The last record assistance-service published on its topic. */
    static Template lastPublished(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            TopicPartition fullest = partitions.stream().max((a, b) -> Long.compare(ends.get(a), ends.get(b))).orElseThrow();
            if (ends.get(fullest) == 0) throw new IllegalStateException(topic + " is empty");
            consumer.seek(fullest, ends.get(fullest) - 1);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    int bytes = r.key().length() + r.value().getBytes(StandardCharsets.UTF_8).length;
                    for (Header h : r.headers()) bytes += h.key().length() + h.value().length;
                    return new Template(r, bytes);
                }
            }
            throw new IllegalStateException("could not read the last record of " + topic);
        }
    }

    /**
     * Records per second of one plain producer (acks=all, idempotent, as the kit's relay) sending {@code count} copies
     * of the template, each with its own key and ce_id, without waiting between sends; the clock stops when the last
     * is acknowledged.
     */
    static double producer(String bootstrap, Template template, int count) throws Exception {
        ensureTopic(bootstrap);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                var r = new ProducerRecord<>(RAW_TOPIC, "intervention-" + UUID.randomUUID(), template.record().value());
                for (Header h : template.record().headers()) {
                    byte[] value = h.key().equals("ce_id") ? UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8) : h.value();
                    r.headers().add(new RecordHeader(h.key(), value));
                }
                producer.send(r, (metadata, e) -> {
                    if (e != null) failure.compareAndSet(null, e);
                });
            }
            producer.flush();
            double perSecond = count / ((System.nanoTime() - start) / 1e9);
            if (failure.get() != null) throw failure.get();
            return perSecond;
        } finally {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.deleteTopics(List.of(RAW_TOPIC)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void ensureTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(RAW_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(RAW_TOPIC, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw e;
        }
    }
}

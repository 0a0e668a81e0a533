package id.desatumis.partner.bench;

import id.desatumis.devstack.PostgresServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The raw baselines of the same run, on the same broker and database: a plain Kafka responder (a consumer that writes
 * an answer for each request, nothing else) for the round trip, and plain INSERTs of the answers' rows.
 */
final class RawBaselines {

    static final String REQUESTS = "bench.raw.requests";
    static final String ANSWERS = "bench.raw.answers";

    private RawBaselines() {
    }

    /** Answers every request on {@link #REQUESTS} with a copy on {@link #ANSWERS}, until closed. */
    static final class Responder implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Responder(String bootstrap) {
            thread = new Thread(() -> respond(bootstrap), "bench-raw-responder");
            thread.start();
        }

        private void respond(String bootstrap) {
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(), new StringDeserializer());
                 var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                         ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(),
                         new StringSerializer())) {
                consumer.subscribe(List.of(REQUESTS));
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        var answer = new ProducerRecord<>(ANSWERS, r.key(), r.value());
                        r.headers().forEach(h -> answer.headers().add(h));
                        producer.send(answer);
                    }
                    producer.flush();
                    consumer.commitSync();
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /**
     * Rows per second of plain INSERTs of the answers' row shape into a copy of the events table (its columns,
     * defaults and indexes, no trigger), {@code writers} connections at once, {@code perTransaction} rows a commit.
     */
    static double inserts(PostgresServer pg, String database, int rows, int writers, int perTransaction) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password())) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_raw_events (LIKE events INCLUDING ALL)");
        }
        String payload = "{\"requestId\":\"%s\",\"interventionId\":\"%s\",\"needId\":\"%s\",\"pledgeId\":\"%s\","
                + "\"partnerId\":\"%s\",\"kind\":\"HOUSE_REPAIR\",\"desaCode\":\"33.14.07.2003\",\"amounts\":{\"rupiah\":null,\"units\":1}}";
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        int perWriter = rows / writers;
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
                     PreparedStatement insert = c.prepareStatement("""
                             INSERT INTO bench_raw_events (stream_id, stream_type, version, event_id, event_type, schema_version,
                                                           payload, metadata, recorded_at, hash)
                             VALUES (?, 'reservation', 1, ?, 'ReservationMade', 1, ?::jsonb, '{"actor":{"sub":"bench"}}'::jsonb, ?, ?)""")) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < perWriter; i++) {
                        UUID id = UUID.randomUUID();
                        insert.setString(1, "reservation-" + id);
                        insert.setObject(2, UUID.randomUUID());
                        insert.setString(3, String.format(payload, id, id, id, id, id));
                        insert.setObject(4, OffsetDateTime.now());
                        insert.setBytes(5, new byte[32]);
                        insert.addBatch();
                        if ((i + 1) % perTransaction == 0 || i + 1 == perWriter) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-insert-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        if (!failures.isEmpty()) throw failures.get(0);
        return perWriter * writers / ((System.nanoTime() - start) / 1e9);
    }
}

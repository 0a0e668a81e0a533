package id.desatumis.monitoring.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

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

/**
 * The raw baselines of a rebuild, measured in the same run on the same servers: a plain KafkaConsumer reading the
 * same partitions from offset 0 to their ends, configured as the engine's (assign mode, no group, 5,000 records a
 * poll, 1 MiB per partition and 8 MiB per fetch), touching each record's headers and value and nothing more; and
 * plain INSERTs of as many rows as the rebuild read records into a scratch table of the monitoring database, 5,000
 * rows a transaction (the engine's batch), as a JDBC batch.
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

package id.desatumis.monitoring.bench;

import id.desatumis.contracts.registry.RegistryTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The raw baseline: a plain KafkaConsumer of a fresh group reading the topic from the start with the service's
 * deserializers and poll size, touching each record's headers and value and nothing more.
 */
final class RawReplay {

    private RawReplay() {
    }

    /** Records per second to read {@code expected} records from the start; the clock starts at the first record. */
    static double recordsPerSecond(String bootstrap, long expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(RegistryTopics.HOUSEHOLD));
            long read = 0;
            long bytes = 0;
            long start = 0;
            while (read < expected) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) continue;
                if (start == 0) start = System.nanoTime();
                for (var r : records) {
                    bytes += r.value().length() + r.headers().lastHeader("ce_sequence").value().length;
                    read++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (bytes == 0) throw new IllegalStateException("nothing read");
            return read / seconds;
        }
    }
}

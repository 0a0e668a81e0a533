package id.desatumis.kit.inbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member of a consumer group that hands what it reads to the inbox as one batch and commits the offsets only after
 * the batch was applied, as the Kafka connector does; closing it without a commit is a consumer that crashed.
 */
final class BatchReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    BatchReader(String bootstrap, String group, String topic) {
        consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Exactly {@code count} records, however many polls that takes; fails if they do not come within a minute. */
    List<ConsumerRecord<String, String>> read(int count) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (batch.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
        }
        if (batch.size() != count) throw new AssertionError("read " + batch.size() + " records, expected " + count);
        return batch;
    }

    void commit() {
        consumer.commitSync();
    }

    @Override
    public void close() {
        consumer.close();
    }
}

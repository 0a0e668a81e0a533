package id.desatumis.devstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what a service published on a topic of the shared Kafka, as a reporting consumer would, for tests. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * The records with this key, from the start of the topic, once there are at least {@code atLeast}; polls until
     * then (the topic may not exist yet), and fails after {@code patience}.
     */
    public static List<ConsumerRecord<String, String>> withKey(String topic, String key, int atLeast, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                DevStack.shared().kafkaBootstrap(), ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500),
                new StringDeserializer(), new StringDeserializer())) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (!partitions.isEmpty()) {
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    found.clear();
                    var end = consumer.endOffsets(partitions);
                    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                        for (var r : consumer.poll(Duration.ofMillis(500))) {
                            if (key.equals(r.key())) found.add(r);
                        }
                    }
                    if (found.size() >= atLeast) return found;
                }
                consumer.poll(Duration.ofMillis(200)); // nothing to wait on but the broker
            }
            throw new AssertionError("fewer than " + atLeast + " records for " + key + " on " + topic + " within " + patience
                    + ": " + found.size());
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

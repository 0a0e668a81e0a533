package id.desatumis.assessment.api;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.devstack.DevStack;
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
import java.util.UUID;

/** Reads what assessment-service published on its topic, as a reporting consumer would. */
final class Published {

    private Published() {
    }

    /** The household's records on the topic, waiting until there are at least {@code atLeast}. */
    static List<ConsumerRecord<String, String>> of(UUID household, int atLeast) {
        String key = "assessment-" + household;
        Instant deadline = Instant.now().plus(Registry.PATIENCE);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                DevStack.shared().kafkaBootstrap(), ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500),
                new StringDeserializer(), new StringDeserializer())) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                var partitions = consumer.partitionsFor(AssessmentTopics.ASSESSMENT, Duration.ofSeconds(5)).stream()
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
                Thread.onSpinWait();
                consumer.poll(Duration.ofMillis(200));
            }
            throw new AssertionError("fewer than " + atLeast + " records for " + key + " within " + Registry.PATIENCE + ": " + found.size());
        }
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

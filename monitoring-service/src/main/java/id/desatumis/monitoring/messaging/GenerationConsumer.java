package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.config.ProjectionSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One generation's plain Kafka consumer: no group, every partition of its topics assigned, read from the positions its
 * transactions stored (a partition never read from its first offset). A topic that does not exist yet is looked for
 * again every few seconds and read from its start once it appears (the broker creates none by itself).
 */
final class GenerationConsumer implements AutoCloseable {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaConsumer<String, String> kafka;
    private final Set<String> topics;
    private final long metadataIntervalMillis;
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();
    private long metadataDueAt;
    private long lag;

    GenerationConsumer(ProjectionSettings settings, int generation, Set<String> topics) {
        this.topics = Set.copyOf(topics);
        this.metadataIntervalMillis = settings.metadataInterval().toMillis();
        this.kafka = new KafkaConsumer<>(Map.ofEntries(
                Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()),
                Map.entry(ConsumerConfig.CLIENT_ID_CONFIG, "monitoring-projection-g" + generation),
                Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Map.entry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.pollSize()),
                Map.entry(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.partitionFetchBytes()),
                Map.entry(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, settings.fetchBytes()),
                Map.entry(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis())),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Reads every partition from the stored positions from now on (after a failed batch too: it is read again). */
    void rewind(Map<TopicPartition, Long> stored) {
        committed.clear();
        committed.putAll(stored);
        for (TopicPartition tp : kafka.assignment()) kafka.seek(tp, committed.getOrDefault(tp, 0L));
    }

    /** Looks for partitions not read yet, when it is time to: a new topic, or a topic given more partitions. */
    void refreshAssignment() {
        long now = System.currentTimeMillis();
        if (now < metadataDueAt) return;
        Set<TopicPartition> found = new HashSet<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : kafka.listTopics(KAFKA_TIMEOUT).entrySet()) {
            if (!topics.contains(topic.getKey())) continue;
            topic.getValue().forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
        }
        metadataDueAt = now + metadataIntervalMillis;
        Set<TopicPartition> assigned = kafka.assignment();
        if (assigned.containsAll(found)) return;
        found.addAll(assigned);
        kafka.assign(found); // the partitions assigned before keep their positions (a batch may be in flight)
        for (TopicPartition tp : found) {
            if (!assigned.contains(tp)) kafka.seek(tp, committed.getOrDefault(tp, 0L));
        }
    }

    boolean assigned() {
        return !kafka.assignment().isEmpty();
    }

    ConsumerRecords<String, String> poll(Duration timeout) {
        return kafka.poll(timeout);
    }

    /** A batch committed: these partitions are stored read up to there. */
    void committed(Map<TopicPartition, Long> nextOffsets) {
        committed.putAll(nextOffsets);
    }

    /** Where the generation is stored to have read, as this loop knows it. */
    Map<TopicPartition, Long> positions() {
        return Map.copyOf(committed);
    }

    /** Records not applied yet: the end offsets minus the positions; the last measure while Kafka does not answer. */
    long measureLag() {
        long total = 0;
        List<TopicPartition> unknown = new ArrayList<>();
        for (TopicPartition tp : kafka.assignment()) {
            OptionalLong l = kafka.currentLag(tp);
            if (l.isPresent()) total += l.getAsLong();
            else unknown.add(tp);
        }
        if (!unknown.isEmpty()) {
            try {
                for (var end : kafka.endOffsets(unknown, KAFKA_TIMEOUT).entrySet()) {
                    total += Math.max(0, end.getValue() - kafka.position(end.getKey(), KAFKA_TIMEOUT));
                }
            } catch (KafkaException e) {
                return lag;
            }
        }
        lag = total;
        return lag;
    }

    /** Stops a poll under way (from another thread). */
    void wakeup() {
        kafka.wakeup();
    }

    @Override
    public void close() {
        kafka.close();
    }
}

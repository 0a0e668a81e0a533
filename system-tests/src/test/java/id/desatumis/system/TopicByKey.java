package id.desatumis.system;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A topic read once from its start and kept up with, its records grouped by key, as a reporting consumer would: for
 * waiting on many streams at once without reading the whole topic again for each.
 */
final class TopicByKey implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<ConsumerRecord<String, String>>> byKey = new HashMap<>();
    private List<TopicPartition> partitions = List.of();

    TopicByKey(String topic) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                DevStack.shared().kafkaBootstrap(), ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new StringDeserializer());
    }

    /** The CloudEvents types of a stream's records so far, in order. */
    List<String> types(String key) {
        return records(key).stream().map(r -> TopicRecords.header(r, "ce_type")).toList();
    }

    /** A stream's records so far, in order. */
    List<ConsumerRecord<String, String>> records(String key) {
        readAvailable();
        return List.copyOf(byKey.getOrDefault(key, List.of()));
    }

    /** Each stream's records once every one satisfies {@code done}; fails after {@code patience}. */
    Map<String, List<ConsumerRecord<String, String>>> await(Collection<String> keys,
                                                             Predicate<List<ConsumerRecord<String, String>>> done,
                                                             Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            readAvailable();
            if (keys.stream().allMatch(k -> done.test(byKey.getOrDefault(k, List.of())))) {
                Map<String, List<ConsumerRecord<String, String>>> out = new LinkedHashMap<>();
                keys.forEach(k -> out.put(k, List.copyOf(byKey.get(k))));
                return out;
            }
        }
        long waiting = keys.stream().filter(k -> !done.test(byKey.getOrDefault(k, List.of()))).count();
        throw new AssertionError(waiting + " of " + keys.size() + " streams on " + topic + " not there within " + patience);
    }

    private void readAvailable() {
        if (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                consumer.poll(Duration.ofMillis(200)); // the topic is not there yet: wait on the broker
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        var end = consumer.endOffsets(partitions);
        boolean read = false;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            read |= take(Duration.ofMillis(500));
        }
        if (!read) take(Duration.ofMillis(200)); // nothing new: wait on the broker a little
    }

    private boolean take(Duration wait) {
        boolean any = false;
        for (ConsumerRecord<String, String> r : consumer.poll(wait)) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            any = true;
        }
        return any;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

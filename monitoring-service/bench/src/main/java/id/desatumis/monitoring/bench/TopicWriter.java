package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes events onto the platform's topics as a service's relay publishes them (platform-kit's CloudEventHeaders):
 * CloudEvents binary mode, the JSON payload as the value, the stream id as the key and {@code ce_subject}, the
 * stream's version as {@code ce_sequence} (counted here, one stream's events sent in order), the event's recorded
 * instant as {@code ce_time}; an idempotent {@code acks=all} producer, as the relay's. Sends without waiting; {@link
 * #close} waits for every acknowledgement and fails if one is missing.
 */
final class TopicWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String bootstrap;
    private final KafkaProducer<String, String> producer;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Long> sentByTopic = new TreeMap<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    TopicWriter(String bootstrap) {
        this.bootstrap = bootstrap;
        producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"), new StringSerializer(), new StringSerializer());
    }

    /**
     * Continues the streams already on a topic from their versions there (a stream whose id is not random, such as a
     * cell of the responsibility matrix, {@code responsibility-<KIND>-<area>}, may have been published before).
     */
    void continueStreamsOf(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    var h = r.headers().lastHeader("ce_sequence");
                    if (h != null) versions.merge(topic + " " + r.key(), Long.parseLong(new String(h.value(), StandardCharsets.UTF_8)), Math::max);
                }
            }
        }
    }

    /** Publishes one event of a stream, the stream's next version, recorded at {@code at}. */
    void send(String topic, String source, String stream, String type, Instant at, Object payload) {
        long version = versions.merge(topic + " " + stream, 1L, Long::sum);
        var record = new ProducerRecord<>(topic, stream, json(payload));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_subject", stream);
        header(record, "ce_time", TIME.format(at.atOffset(ZoneOffset.UTC)));
        header(record, "ce_sequence", Long.toString(version));
        header(record, "ce_correlationid", stream);
        header(record, "content-type", "application/json");
        if (failure.get() != null) throw new IllegalStateException("a record was not acknowledged", failure.get());
        producer.send(record, (metadata, e) -> {
            if (e != null) failure.compareAndSet(null, e);
        });
        sentByTopic.merge(topic, 1L, Long::sum);
    }

    Map<String, Long> sentByTopic() {
        return sentByTopic;
    }

    long sent() {
        return sentByTopic.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
        if (failure.get() != null) throw new IllegalStateException("a record was not acknowledged", failure.get());
    }

    static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}

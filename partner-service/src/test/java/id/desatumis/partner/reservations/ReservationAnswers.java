package id.desatumis.partner.reservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads partner-service's answers from {@code desatumis.partner.reservation.v1}, as assistance-service would. */
final class ReservationAnswers implements AutoCloseable {

    /** One answer: its CloudEvents type and id, the id of the request that caused it, and its contract payload. */
    record Answer(String type, String eventId, String causationId, JsonNode body) {

        String reason() {
            return body.path("reason").asText(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<Answer>> byKey = new HashMap<>();
    private List<TopicPartition> partitions = List.of();

    ReservationAnswers(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), new StringDeserializer());
    }

    /**
     * The answers to each of these requests, once every one has at least one, with whatever else the topic held by
     * then (a second answer to a request would be there too). Fails after {@code patience}.
     */
    Map<UUID, List<Answer>> await(Collection<UUID> requestIds, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            readAvailable();
            if (requestIds.stream().allMatch(id -> byKey.containsKey(key(id)))) {
                readAvailable();
                Map<UUID, List<Answer>> out = new LinkedHashMap<>();
                requestIds.forEach(id -> out.put(id, List.copyOf(byKey.get(key(id)))));
                return out;
            }
        }
        long missing = requestIds.stream().filter(id -> !byKey.containsKey(key(id))).count();
        throw new AssertionError(missing + " of " + requestIds.size() + " requests unanswered within " + patience);
    }

    /** Everything on the topic up to its end as of now (polls for up to half a second when there is nothing new). */
    List<Answer> all(UUID requestId) {
        readAvailable();
        return List.copyOf(byKey.getOrDefault(key(requestId), List.of()));
    }

    private void readAvailable() {
        if (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(PartnerTopics.RESERVATION, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                consumer.poll(Duration.ofMillis(200)); // the relay has not created the topic yet
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
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(answer(r));
            any = true;
        }
        return any;
    }

    private static Answer answer(ConsumerRecord<String, String> r) {
        try {
            return new Answer(header(r, "ce_type"), header(r, "ce_id"), header(r, "ce_causationid"), JSON.readTree(r.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static String key(UUID requestId) {
        return "reservation-" + requestId;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Writes registry events to Kafka as registry-service's relay does (CloudEvents binary mode), for consumer tests. */
final class RegistryEvents {

    static final String TOPIC = "desatumis.registry.household.v1";

    private RegistryEvents() {
    }

    static String registered(String householdId, String desa, int members) {
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < members; i++) {
            if (i > 0) m.append(',');
            m.append("{\"memberId\":\"").append(UUID.randomUUID()).append("\",\"sex\":\"F\",\"ageBand\":\"25-59\",\"headOfHousehold\":")
                    .append(i == 0).append('}');
        }
        return "{\"householdId\":\"" + householdId + "\",\"desaCode\":\"" + desa + "\",\"memberCount\":" + members
                + ",\"members\":[" + m + "],\"registeredAt\":\"" + Instant.now() + "\"}";
    }

    static String memberAdded(String householdId, String desa) {
        return "{\"householdId\":\"" + householdId + "\",\"desaCode\":\"" + desa + "\",\"member\":{\"memberId\":\""
                + UUID.randomUUID() + "\",\"sex\":\"M\",\"ageBand\":\"0-6\",\"headOfHousehold\":false},\"addedAt\":\""
                + Instant.now() + "\"}";
    }

    static void send(String eventId, String type, String householdId, long sequence, String payload) throws Exception {
        send(TOPIC, eventId, type, householdId, sequence, payload);
    }

    static void send(String topic, String eventId, String type, String householdId, long sequence, String payload)
            throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                DevStack.shared().kafkaBootstrap()), new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, "household-" + householdId, payload);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_type", type);
            header(record, "ce_source", "/desatumis/registry");
            header(record, "ce_subject", "household-" + householdId);
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_sequence", Long.toString(sequence));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}

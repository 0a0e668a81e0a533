package id.desatumis.monitoring;

import id.desatumis.devstack.CloudEventSender;

import java.time.Instant;
import java.util.UUID;

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

    static void send(String eventId, String type, String householdId, long sequence, String payload) {
        send(TOPIC, eventId, type, householdId, sequence, payload);
    }

    static void send(String topic, String eventId, String type, String householdId, long sequence, String payload) {
        CloudEventSender.send(topic, "household-" + householdId, eventId, type, "/desatumis/registry", sequence, payload);
    }
}

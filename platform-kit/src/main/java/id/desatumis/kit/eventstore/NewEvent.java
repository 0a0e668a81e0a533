package id.desatumis.kit.eventstore;

import java.util.UUID;

/** An event about to be appended: its id, type, schema version and JSON payload. */
public record NewEvent(UUID eventId, String type, int schemaVersion, String payloadJson) {
    public NewEvent {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("event type is required");
        if (schemaVersion < 1) throw new IllegalArgumentException("schema version starts at 1");
    }

    public static NewEvent of(String type, int schemaVersion, String payloadJson) {
        return new NewEvent(UUID.randomUUID(), type, schemaVersion, payloadJson);
    }
}

package id.desatumis.kit.eventstore;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as the store holds it. {@code transactionId} is the xid8 of the appending transaction, as text. */
public record StoredEvent(long globalPosition, String streamId, String streamType, long version, UUID eventId,
                          String type, int schemaVersion, String payloadJson, String metadataJson,
                          OffsetDateTime recordedAt, String transactionId, byte[] hash) {
}

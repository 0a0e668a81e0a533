package id.desatumis.kit.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The per-stream hash chain: SHA-256 over the previous event's hash and the canonical JSON (RFC 8785)
 * of everything stored about the event, encrypted fields as stored. Altering, removing or reordering
 * an event breaks every later link; erasing a key (crypto-shredding) changes no stored byte and breaks none.
 */
public final class EventHash {

    /** The "previous hash" of a stream's first event. */
    public static final byte[] GENESIS = new byte[32];

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private EventHash() {
    }

    public static byte[] of(byte[] previous, String streamId, long version, UUID eventId, String type,
                            int schemaVersion, String payloadJson, String metadataJson, OffsetDateTime recordedAt) {
        String canonical = canonicalPrefix(streamId, eventId, type, schemaVersion, payloadJson, metadataJson, recordedAt)
                + version + "}";
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /**
     * The canonical JSON of the hashed document up to and including {@code "version":}. In RFC 8785 key order
     * "version" is the last key, so the document is this text followed by the version and {@code }}: the
     * database's append_events completes it once it has decided the version (an append at any version
     * learns it only there) and hashes the same bytes as {@link #of}.
     */
    public static String canonicalPrefix(String streamId, UUID eventId, String type, int schemaVersion,
                                         String payloadJson, String metadataJson, OffsetDateTime recordedAt) {
        try {
            ObjectNode doc = MAPPER.createObjectNode();
            doc.put("streamId", streamId);
            doc.put("eventId", eventId.toString());
            doc.put("eventType", type);
            doc.put("schemaVersion", schemaVersion);
            doc.set("payload", MAPPER.readTree(payloadJson));
            doc.set("metadata", MAPPER.readTree(metadataJson));
            doc.put("recordedAt", INSTANT.format(recordedAt.withOffsetSameInstant(ZoneOffset.UTC)));
            String withoutVersion = CanonicalJson.canonicalize(doc);
            // every other key sorts before "version": the closing brace is the document's last character
            return withoutVersion.substring(0, withoutVersion.length() - 1) + ",\"version\":";
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot hash event " + eventId + ": its JSON does not parse", e);
        }
    }

    public static byte[] of(byte[] previous, StoredEvent e) {
        return of(previous, e.streamId(), e.version(), e.eventId(), e.type(), e.schemaVersion(),
                e.payloadJson(), e.metadataJson(), e.recordedAt());
    }
}

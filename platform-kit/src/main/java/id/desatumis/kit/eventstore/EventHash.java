package id.desatumis.kit.eventstore;

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
        return prefixOfCanonical(streamId, eventId, type, schemaVersion, CanonicalJson.canonicalize(payloadJson),
                CanonicalJson.canonicalize(metadataJson), recordedAt);
    }

    /**
     * As {@link #canonicalPrefix}, from payload and metadata already in canonical form (an append canonicalizes
     * its metadata once for all its events). The keys are written in their RFC 8785 order: eventId, eventType,
     * metadata, payload, recordedAt, schemaVersion, streamId, version.
     */
    static String prefixOfCanonical(String streamId, UUID eventId, String type, int schemaVersion,
                                    String canonicalPayload, String canonicalMetadata, OffsetDateTime recordedAt) {
        StringBuilder doc = new StringBuilder(canonicalPayload.length() + canonicalMetadata.length() + 200);
        doc.append("{\"eventId\":\"").append(eventId).append("\",\"eventType\":");
        CanonicalJson.string(type, doc);
        doc.append(",\"metadata\":").append(canonicalMetadata)
                .append(",\"payload\":").append(canonicalPayload)
                .append(",\"recordedAt\":\"").append(INSTANT.format(recordedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .append("\",\"schemaVersion\":").append(schemaVersion)
                .append(",\"streamId\":");
        CanonicalJson.string(streamId, doc);
        return doc.append(",\"version\":").toString();
    }

    public static byte[] of(byte[] previous, StoredEvent e) {
        return of(previous, e.streamId(), e.version(), e.eventId(), e.type(), e.schemaVersion(),
                e.payloadJson(), e.metadataJson(), e.recordedAt());
    }
}

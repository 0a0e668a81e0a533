package id.desatumis.kit.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only event store of one service database.
 *
 * <p>{@link #append} (or {@link #lock}) must come before any write of its transaction. It takes a transaction-scoped lock
 * per stream, in sorted order, before anything is written, so the transaction id (assigned at the first
 * write) of a later append to a stream is always higher than that of an earlier one; the relay orders by
 * transaction id and so publishes each stream in version order. Inline read models are written after it,
 * in the same transaction.
 */
@ApplicationScoped
public class EventStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String LOCK_MANY = """
            SELECT pg_advisory_xact_lock(k) FROM (
                SELECT hashtextextended(s, 0) AS k, s FROM unnest($1::text[]) AS s ORDER BY s
            ) ordered""";
    private static final String CURRENT = "SELECT stream_id, version, last_hash FROM event_streams WHERE stream_id = ANY($1)";
    private static final String UPSERT_STREAM = """
            INSERT INTO event_streams (stream_id, stream_type, version, last_hash, updated_at)
            VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, last_hash = EXCLUDED.last_hash,
                                                  updated_at = now()""";
    private static final String INSERT_EVENT = """
            INSERT INTO events (stream_id, stream_type, version, event_id, event_type, schema_version,
                                payload, metadata, recorded_at, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9, $10)""";
    static final String SELECT_EVENTS = """
            SELECT global_position, stream_id, stream_type, version, event_id, event_type, schema_version,
                   payload::text AS payload, metadata::text AS metadata, recorded_at,
                   transaction_id::text AS transaction_id, hash
            FROM events""";

    /** Appends to one stream. */
    public Uni<AppendResult> append(SqlConnection tx, StreamAppend append) {
        return appendAll(tx, List.of(append)).map(results -> results.get(0));
    }

    /** Appends to several streams atomically; fails with {@link StreamVersionConflict} if any is not as expected. */
    public Uni<List<AppendResult>> appendAll(SqlConnection tx, List<StreamAppend> appends) {
        List<StreamAppend> sorted = new ArrayList<>(appends);
        sorted.sort(Comparator.comparing(StreamAppend::streamId));
        Set<String> ids = new HashSet<>();
        for (StreamAppend a : sorted) {
            if (!ids.add(a.streamId())) throw new IllegalArgumentException("stream twice in one append: " + a.streamId());
        }
        return lock(tx, ids)
                .chain(() -> tx.preparedQuery(CURRENT).execute(Tuple.of(ids.toArray(String[]::new))))
                .chain(rows -> {
                    Map<String, Row> current = new HashMap<>();
                    rows.forEach(r -> current.put(r.getString("stream_id"), r));
                    return write(tx, sorted, current);
                });
    }

    private Uni<List<AppendResult>> write(SqlConnection tx, List<StreamAppend> sorted, Map<String, Row> current) {
        List<Tuple> streams = new ArrayList<>();
        List<Tuple> events = new ArrayList<>();
        List<AppendResult> results = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (StreamAppend a : sorted) {
            Row row = current.get(a.streamId());
            long version = row == null ? 0 : row.getLong("version");
            if (a.expectedVersion() != StreamAppend.ANY_VERSION && a.expectedVersion() != version) {
                return Uni.createFrom().failure(new StreamVersionConflict(a.streamId(), a.expectedVersion(), version));
            }
            byte[] previous = row == null || row.getBuffer("last_hash") == null
                    ? EventHash.GENESIS : row.getBuffer("last_hash").getBytes();
            String metadata = metadataJson(a.metadata());
            for (NewEvent e : a.events()) {
                version++;
                byte[] hash = EventHash.of(previous, a.streamId(), version, e.eventId(), e.type(), e.schemaVersion(),
                        e.payloadJson(), metadata, now);
                events.add(Tuple.tuple(List.of(a.streamId(), a.streamType(), version, e.eventId(), e.type(),
                        e.schemaVersion(), e.payloadJson(), metadata, now, Buffer.buffer(hash))));
                previous = hash;
            }
            streams.add(Tuple.of(a.streamId(), a.streamType(), version, Buffer.buffer(previous)));
            results.add(new AppendResult(a.streamId(), version));
        }
        // the stream rows are the transaction's first write: the transaction id is taken only now, under the locks
        return tx.preparedQuery(UPSERT_STREAM).executeBatch(streams)
                .chain(() -> tx.preparedQuery(INSERT_EVENT).executeBatch(events))
                .replaceWith(results);
    }

    /**
     * Takes the streams' locks (transaction-scoped, in sorted order) without writing. A use case that must
     * write something before its append (a data key the events are sealed with) calls this first, so the
     * locks still come before the transaction's first write; {@link #append} takes them again at no cost.
     */
    public Uni<Void> lock(SqlConnection tx, java.util.Collection<String> streamIds) {
        if (streamIds.size() == 1) {
            return tx.preparedQuery(LOCK).execute(Tuple.of(streamIds.iterator().next())).replaceWithVoid();
        }
        // one round trip for many streams; the subquery's order is the order the locks are taken in
        return tx.preparedQuery(LOCK_MANY)
                .execute(Tuple.of(new java.util.TreeSet<>(streamIds).toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** The events of one stream in version order (empty if it does not exist). */
    public Uni<List<StoredEvent>> readStream(SqlClient client, String streamId) {
        return client.preparedQuery(SELECT_EVENTS + " WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of(streamId))
                .map(rows -> {
                    List<StoredEvent> out = new ArrayList<>();
                    rows.forEach(r -> out.add(toStoredEvent(r)));
                    return out;
                });
    }

    static StoredEvent toStoredEvent(Row r) {
        return new StoredEvent(r.getLong("global_position"), r.getString("stream_id"), r.getString("stream_type"),
                r.getLong("version"), r.getUUID("event_id"), r.getString("event_type"), r.getInteger("schema_version"),
                r.getString("payload"), r.getString("metadata"), r.getOffsetDateTime("recorded_at"),
                r.getString("transaction_id"), r.getBuffer("hash").getBytes());
    }

    /** The metadata as stored (and as parseMetadata reads it back). */
    public static String metadataJson(EventMetadata m) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode actor = node.putObject("actor");
        actor.put("sub", m.actorSubject());
        actor.put("role", m.actorRole());
        putIfPresent(node, "correlationId", m.correlationId());
        putIfPresent(node, "causationId", m.causationId());
        putIfPresent(node, "traceparent", m.traceparent());
        putIfPresent(node, "source", m.source());
        return node.toString();
    }

    /** Reads the metadata back, as the relay needs it for the CloudEvents headers. */
    public static EventMetadata parseMetadata(String json) {
        try {
            var node = MAPPER.readTree(json);
            var actor = node.path("actor");
            return new EventMetadata(text(actor, "sub"), text(actor, "role"), text(node, "correlationId"),
                    text(node, "causationId"), text(node, "traceparent"), text(node, "source"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        var v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value);
    }
}

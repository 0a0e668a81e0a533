package id.desatumis.kit.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The append-only event store of one service database.
 *
 * <p>{@link #append} (or {@link #lock}) must come before any write of its transaction. It takes a transaction-scoped lock
 * per stream, in sorted order, before anything is written, so the transaction id (assigned at the first
 * write) of a later append to a stream is always higher than that of an earlier one; the relay orders by
 * transaction id and so publishes each stream in version order. Inline read models are written after it,
 * in the same transaction. The database guards the rule: {@link #lock} refuses once the transaction has
 * written, and an append after a write refuses unless this transaction locked its streams before that write.
 *
 * <p>An append is one database call (append_events): locks, version check, stream rows, events and their
 * hash chain. The client sends each event's canonical JSON up to its version; the database decides the
 * versions and completes the chain with PostgreSQL's sha256, byte for byte as {@link EventHash} does.
 */
@ApplicationScoped
public class EventStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String LOCK = "SELECT lock_streams($1)";
    static final String SELECT_EVENTS = """
            SELECT global_position, stream_id, stream_type, version, event_id, event_type, schema_version,
                   payload::text AS payload, metadata::text AS metadata, recorded_at,
                   transaction_id::text AS transaction_id, hash
            FROM events""";

    /** Appends to one stream. */
    public Uni<AppendResult> append(SqlConnection tx, StreamAppend append) {
        return appendAll(tx, List.of(append)).map(results -> results.get(0));
    }

    /**
     * Appends to several streams atomically, in one database call (append_events, db/kit V1_12); fails with
     * {@link StreamVersionConflict} if any is not as expected, and with {@link LockOrderViolation} if the
     * transaction has already written without first locking these streams. The results are in stream id order.
     */
    public Uni<List<AppendResult>> appendAll(SqlConnection tx, List<StreamAppend> appends) {
        List<StreamAppend> sorted = new ArrayList<>(appends);
        sorted.sort(Comparator.comparing(StreamAppend::streamId));
        Set<String> ids = new HashSet<>();
        for (StreamAppend a : sorted) {
            if (!ids.add(a.streamId())) throw new IllegalArgumentException("stream twice in one append: " + a.streamId());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return tx.preparedQuery(AppendCall.SQL).execute(AppendCall.of(sorted, now))
                .onFailure(PgException.class).transform(EventStore::refusal)
                .map(rows -> {
                    Long[] versions = rows.iterator().next().getArrayOfLongs(0);
                    List<AppendResult> results = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        results.add(new AppendResult(sorted.get(i).streamId(), versions[i]));
                    }
                    return results;
                });
    }

    /**
     * Takes the streams' locks (transaction-scoped, in sorted order) without writing. A use case that must
     * write something before its append (a data key the events are sealed with) calls this first, so the
     * locks still come before the transaction's first write; {@link #append} takes them again at no cost.
     * Fails with {@link LockOrderViolation} once the transaction has written anything: a lock taken then
     * could no longer order this transaction after an earlier append to the stream.
     */
    public Uni<Void> lock(SqlConnection tx, Collection<String> streamIds) {
        return tx.preparedQuery(LOCK).execute(Tuple.of(streamIds.toArray(String[]::new)))
                .onFailure(PgException.class).transform(EventStore::refusal)
                .replaceWithVoid();
    }

    /** The database's refusals (SQLSTATEs of db/kit V1_11 and V1_12) as the exceptions callers handle. */
    private static Throwable refusal(Throwable failure) {
        PgException e = (PgException) failure;
        if ("DS409".equals(e.getSqlState())) {
            try {
                JsonNode d = MAPPER.readTree(e.getDetail());
                return new StreamVersionConflict(d.get("streamId").asText(), d.get("expected").asLong(), d.get("actual").asLong());
            } catch (IOException unreadable) {
                return new IllegalStateException("a version conflict without its detail: " + e.getMessage(), e);
            }
        }
        if ("DS428".equals(e.getSqlState())) {
            return new LockOrderViolation(e.getErrorMessage() + " (" + e.getDetail() + "): " + e.getHint(), e);
        }
        return e;
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
        } catch (IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        var v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value);
    }
}

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the outbox (the events table) in (transaction id, global position) order, past a position, and only
 * events of transactions below the snapshot horizon ({@code pg_snapshot_xmin}): every transaction there has
 * ended, so no event can still appear behind a position once read past. Also measures the relay's lag.
 */
final class OutboxReader {

    private static final String NEXT = """
            SELECT e.global_position, e.stream_id, e.stream_type, e.version, e.event_id, e.event_type,
                   e.schema_version, e.payload::text, e.metadata::text, e.recorded_at, e.transaction_id::text AS tx,
                   e.hash
            FROM events e
            WHERE (e.transaction_id, e.global_position) > (?::text::xid8, ?)
              AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY e.transaction_id, e.global_position
            LIMIT ?""";
    // ORDER BY names the table's xid8 column: an output column of the same name would be its text,
    // in which "1000" sorts before "738" and a relay would skip events

    private static final String HELD = """
            SELECT e.global_position, e.stream_id, e.stream_type, e.version, e.event_id, e.event_type,
                   e.schema_version, e.payload::text, e.metadata::text, e.recorded_at, e.transaction_id::text AS tx,
                   e.hash
            FROM events e
            WHERE e.stream_id = ? AND e.version >= ? AND (e.transaction_id, e.global_position) <= (?::text::xid8, ?)
            ORDER BY e.version""";

    private final Connection connection;
    private final int batchSize;
    private final RelayMetrics metrics;
    private long lagMeasuredAt;

    OutboxReader(Connection connection, int batchSize, RelayMetrics metrics) {
        this.connection = connection;
        this.batchSize = batchSize;
        this.metrics = metrics;
    }

    List<StoredEvent> next(OutboxPosition after) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(NEXT)) {
            st.setString(1, after.transactionId());
            st.setLong(2, after.globalPosition());
            st.setInt(3, batchSize);
            return events(st);
        }
    }

    /** A parked stream's events the checkpoint has passed over, from a version on, in order. */
    List<StoredEvent> held(String streamId, long fromVersion, OutboxPosition checkpoint) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(HELD)) {
            st.setString(1, streamId);
            st.setLong(2, fromVersion);
            st.setString(3, checkpoint.transactionId());
            st.setLong(4, checkpoint.globalPosition());
            return events(st);
        }
    }

    private static List<StoredEvent> events(PreparedStatement st) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                        rs.getBytes(12)));
            }
        }
        return out;
    }

    /** Unpublished events and their age past the checkpoint, and the server's oldest open transaction; once a second. */
    void measureLag(OutboxPosition checkpoint) throws SQLException {
        if (System.currentTimeMillis() - lagMeasuredAt < 1_000) return;
        lagMeasuredAt = System.currentTimeMillis();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(recorded_at)) * 1000, 0)::bigint
                FROM events WHERE (transaction_id, global_position) > (?::text::xid8, ?)""")) {
            st.setString(1, checkpoint.transactionId());
            st.setLong(2, checkpoint.globalPosition());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                metrics.unpublishedEvents.set(rs.getLong(1));
                metrics.oldestUnpublishedAgeMillis.set(rs.getLong(2));
            }
        }
        // the horizon is cluster-wide: any long transaction on the server holds every relay back
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT coalesce(extract(epoch FROM now() - min(xact_start)) * 1000, 0)::bigint
                FROM pg_stat_activity
                WHERE (backend_xid IS NOT NULL OR backend_xmin IS NOT NULL) AND pid <> pg_backend_pid()""")) {
            rs.next();
            metrics.oldestOpenTransactionAgeMillis.set(rs.getLong(1));
        }
    }
}

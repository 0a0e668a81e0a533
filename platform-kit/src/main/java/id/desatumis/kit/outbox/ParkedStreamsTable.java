package id.desatumis.kit.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The {@code relay_parked_streams} table: as the relay uses it, on its leader's connection (JDBC), and as operators
 * read it and ask for releases, through the service's pool.
 */
final class ParkedStreamsTable {

    /** A parked stream as operators see it. */
    @Schema(name = "ParkedStream", description = "A stream the outbox relay holds back: its first held event and why")
    public record Row(
            @Schema(description = "The stream (aggregate type and id)", required = true, examples = "household-0b8f3c52-3d1e-4a57-9b1a-7d2f0e6c9a41")
            String streamId,
            @Schema(description = "The version of the first held event; it and every later event of the stream wait", required = true, examples = "3")
            long fromVersion,
            @Schema(description = "The id of the event that cannot be mapped", required = true, format = "uuid")
            UUID eventId,
            @Schema(description = "Its stored type", required = true, examples = "MemberAdded")
            String eventType,
            @Schema(description = "Why it cannot be mapped (the mapper's message; never the event's content)", required = true,
                    examples = "no mapping for stored type MemberAdded v3")
            String reason,
            @Schema(description = "When the relay parked the stream", required = true)
            OffsetDateTime parkedAt,
            @Schema(description = "When an operator asked for its release; absent until then")
            OffsetDateTime releaseRequestedAt) {
    }

    static Uni<List<Row>> list(Pool pool, String relayName) {
        return pool.preparedQuery("""
                        SELECT stream_id, from_version, event_id, event_type, reason, parked_at, release_requested_at
                        FROM relay_parked_streams WHERE relay_name = $1 ORDER BY parked_at, stream_id""")
                .execute(Tuple.of(relayName))
                .map(rows -> {
                    List<Row> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Row(r.getString(0), r.getLong(1), r.getUUID(2), r.getString(3),
                            r.getString(4), r.getOffsetDateTime(5), r.getOffsetDateTime(6))));
                    return out;
                });
    }

    /** Asks the leading relay to release the stream; false when it is not parked. */
    static Uni<Boolean> requestRelease(Pool pool, String relayName, String streamId) {
        return pool.preparedQuery("""
                        UPDATE relay_parked_streams SET release_requested_at = now()
                        WHERE relay_name = $1 AND stream_id = $2""")
                .execute(Tuple.of(relayName, streamId)).map(rows -> rows.rowCount() == 1);
    }

    private final Connection connection;
    private final String relayName;

    ParkedStreamsTable(Connection connection, String relayName) {
        this.connection = connection;
        this.relayName = relayName;
    }

    /** Every stream this relay holds back, by stream id, with the version it holds from. */
    Map<String, Long> all() throws SQLException {
        return select("SELECT stream_id, from_version FROM relay_parked_streams WHERE relay_name = ?");
    }

    /** The parked streams an operator asked to release. */
    Map<String, Long> releaseRequested() throws SQLException {
        return select("SELECT stream_id, from_version FROM relay_parked_streams "
                + "WHERE relay_name = ? AND release_requested_at IS NOT NULL");
    }

    /** Parks streams (a stream parked already keeps its first row: its held events start there). */
    void park(List<ParkedStream> streams) throws SQLException {
        if (streams.isEmpty()) return;
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO relay_parked_streams (relay_name, stream_id, from_version, event_id, event_type, reason)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (relay_name, stream_id) DO NOTHING""")) {
            for (ParkedStream p : streams) {
                st.setString(1, relayName);
                st.setString(2, p.streamId());
                st.setLong(3, p.fromVersion());
                st.setObject(4, p.eventId());
                st.setString(5, p.eventType());
                st.setString(6, p.reason());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** A release that failed again: the stream stays parked, from the event that failed, with the new reason. */
    void parkAgain(ParkedStream p) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                UPDATE relay_parked_streams SET from_version = ?, event_id = ?, event_type = ?, reason = ?,
                       parked_at = now(), release_requested_at = NULL
                WHERE relay_name = ? AND stream_id = ?""")) {
            st.setLong(1, p.fromVersion());
            st.setObject(2, p.eventId());
            st.setString(3, p.eventType());
            st.setString(4, p.reason());
            st.setString(5, relayName);
            st.setString(6, p.streamId());
            st.executeUpdate();
        }
    }

    void released(String streamId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "DELETE FROM relay_parked_streams WHERE relay_name = ? AND stream_id = ?")) {
            st.setString(1, relayName);
            st.setString(2, streamId);
            st.executeUpdate();
        }
    }

    private Map<String, Long> select(String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, relayName);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}

package id.desatumis.assistance.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the services' event stores recorded of a run, read with plain SQL beside them: how many events each wrote
 * (by type) while the run lasted, and the saga's time as the store dates it, from the commit of
 * {@code InterventionPlanned} to that of {@code InterventionResourced} (no client polling in it).
 */
final class EventStoreFigures {

    private EventStoreFigures() {
    }

    /** The store's last position: events written after it are the run's. */
    static long lastPosition(RunningPlatform platform, String database) throws Exception {
        try (Connection c = platform.database(database);
             ResultSet r = c.createStatement().executeQuery("SELECT coalesce(max(global_position), 0) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Events written after {@code position}, by type. */
    static Map<String, Long> writtenSince(RunningPlatform platform, String database, long position) throws Exception {
        Map<String, Long> byType = new TreeMap<>();
        try (Connection c = platform.database(database);
             PreparedStatement s = c.prepareStatement("SELECT event_type, count(*) FROM events WHERE global_position > ?"
                     + " GROUP BY event_type")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) byType.put(r.getString(1), r.getLong(2));
            }
        }
        return byType;
    }

    /** Milliseconds from each intervention's InterventionPlanned to its InterventionResourced, as recorded. */
    static double[] plannedToResourced(RunningPlatform platform, List<String> interventionIds) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (Connection c = platform.database("assistance");
             PreparedStatement s = c.prepareStatement("""
                     SELECT extract(epoch FROM r.recorded_at - p.recorded_at) * 1000
                       FROM events p JOIN events r ON r.stream_id = p.stream_id AND r.event_type = 'InterventionResourced'
                      WHERE p.event_type = 'InterventionPlanned' AND p.stream_id = ANY (?)""")) {
            Array streams = c.createArrayOf("text", interventionIds.stream().map(id -> "intervention-" + id).toArray());
            s.setArray(1, streams);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) millis.add(r.getDouble(1));
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

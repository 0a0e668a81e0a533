package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TimelineEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The shape household_timeline and intervention_timeline share: an event keyed by a household or an intervention,
 * written a batch at a time, an event seen before left as it is.
 */
final class TimelineRows {

    private TimelineRows() {
    }

    /** The batch insert into one of the two tables, keyed by {@code key}. */
    static String insert(String table, String key) {
        return """
                INSERT INTO %1$s (%2$s, occurred_at, source, event_type, event_id, stream_id, stream_version, refs)
                SELECT k, t, s, y, e, i, v, r::jsonb FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[],
                    $5::uuid[], $6::text[], $7::bigint[], $8::text[]) AS b(k, t, s, y, e, i, v, r)
                ON CONFLICT (%2$s, event_id) DO NOTHING""".formatted(table, key);
    }

    static Object[] row(UUID key, TimelineEntry e) {
        return new Object[]{key, e.occurredAt(), e.source(), e.type(), e.eventId(), e.streamId(), e.streamVersion(),
                e.refsJson()};
    }

    static Uni<Void> add(SqlClient tx, String insert, List<Object[]> rows) {
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery(insert).execute(Columns.of(rows, UUID[]::new, OffsetDateTime[]::new, String[]::new,
                String[]::new, UUID[]::new, String[]::new, Long[]::new, String[]::new)).replaceWithVoid();
    }
}

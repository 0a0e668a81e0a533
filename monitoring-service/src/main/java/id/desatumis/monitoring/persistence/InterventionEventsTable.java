package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TimelineEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The intervention_timeline table (projection/10-households.sql): events that name an intervention and no household.
 * Its only writer; {@link TimelineTable} reads it into the household's timeline.
 */
@ApplicationScoped
public class InterventionEventsTable {

    private static final String ADD = """
            INSERT INTO intervention_timeline (intervention_id, occurred_at, source, event_type, event_id, stream_id,
                stream_version, refs)
            SELECT i, t, s, y, e, st, v, r::jsonb FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[],
                $5::uuid[], $6::text[], $7::bigint[], $8::text[]) AS b(i, t, s, y, e, st, v, r)
            ON CONFLICT (intervention_id, event_id) DO NOTHING""";

    /** Adds the entries that name an intervention and no household. */
    public Uni<Void> add(SqlClient tx, List<TimelineEntry> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.households().isEmpty() && e.interventionId() != null) {
                rows.add(new Object[]{e.interventionId(), e.occurredAt(), e.source(), e.type(), e.eventId(),
                        e.streamId(), e.streamVersion(), e.refsJson()});
            }
        }
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery(ADD).execute(Columns.of(rows, UUID[]::new, OffsetDateTime[]::new, String[]::new,
                String[]::new, UUID[]::new, String[]::new, Long[]::new, String[]::new)).replaceWithVoid();
    }
}

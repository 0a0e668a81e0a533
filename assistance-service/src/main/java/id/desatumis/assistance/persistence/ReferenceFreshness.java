package id.desatumis.assistance.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * How fresh the reference data is (table {@code reference_freshness}): per consumer, the time of the last partner
 * event applied and when, written in each batch's own transaction, so it never claims what was rolled back.
 */
@ApplicationScoped
public class ReferenceFreshness {

    /** What a consumer has applied: how many events, the time of the latest, when the last batch was applied. */
    public record Applied(long eventsApplied, OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt) {

        public static final Applied NOTHING = new Applied(0, null, null);
    }

    public Uni<Void> applied(SqlClient tx, String consumer, int events, OffsetDateTime lastEventAt) {
        return tx.preparedQuery("""
                        INSERT INTO reference_freshness AS f (consumer, events_applied, last_event_at, last_applied_at)
                        VALUES ($1, $2, $3, now())
                        ON CONFLICT (consumer) DO UPDATE SET events_applied = f.events_applied + EXCLUDED.events_applied,
                              last_event_at = greatest(f.last_event_at, EXCLUDED.last_event_at), last_applied_at = now()""")
                .execute(Tuple.of(consumer, (long) events, lastEventAt))
                .replaceWithVoid();
    }

    public Uni<Applied> of(SqlClient c, String consumer) {
        return c.preparedQuery("SELECT events_applied, last_event_at, last_applied_at FROM reference_freshness WHERE consumer = $1")
                .execute(Tuple.of(consumer))
                .map(rows -> {
                    if (rows.rowCount() == 0) return Applied.NOTHING;
                    var r = rows.iterator().next();
                    return new Applied(r.getLong(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2));
                });
    }
}

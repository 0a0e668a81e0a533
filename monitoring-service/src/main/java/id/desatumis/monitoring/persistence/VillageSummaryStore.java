package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.SummaryChanges.DesaChange;
import id.desatumis.monitoring.domain.VillageSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/** The village_summary table and the projection's freshness. */
@ApplicationScoped
public class VillageSummaryStore {

    public static final String PROJECTION = "village-summary";

    /**
     * Adds a batch's changes, one row per desa, and counts its applied events with the time of the latest one: one
     * statement, one round trip, whatever the batch's size.
     */
    public Uni<Void> add(SqlClient tx, List<DesaChange> changes, int events, OffsetDateTime lastEventTime) {
        return tx.preparedQuery("""
                        WITH summary AS (
                            INSERT INTO village_summary (desa_code, households, members, last_event_at, updated_at)
                            SELECT d, h, m, t, now() FROM unnest($1::text[], $2::int[], $3::int[], $4::timestamptz[]) AS c(d, h, m, t)
                            ON CONFLICT (desa_code) DO UPDATE SET households = village_summary.households + EXCLUDED.households,
                                  members = village_summary.members + EXCLUDED.members,
                                  last_event_at = greatest(village_summary.last_event_at, EXCLUDED.last_event_at),
                                  updated_at = now())
                        INSERT INTO projection_status (projection, events_applied, last_event_at, last_applied_at)
                        VALUES ($5, $6, $7, now())
                        ON CONFLICT (projection) DO UPDATE SET events_applied = projection_status.events_applied + EXCLUDED.events_applied,
                              last_event_at = greatest(projection_status.last_event_at, EXCLUDED.last_event_at),
                              last_applied_at = now()""")
                .execute(Tuple.tuple(List.of(changes.stream().map(DesaChange::desaCode).toArray(String[]::new),
                        changes.stream().map(DesaChange::households).toArray(Integer[]::new),
                        changes.stream().map(DesaChange::members).toArray(Integer[]::new),
                        changes.stream().map(DesaChange::lastEventAt).toArray(OffsetDateTime[]::new),
                        PROJECTION, (long) events, lastEventTime)))
                .replaceWithVoid();
    }

    public Uni<VillageSummary> find(SqlClient client, String desaCode) {
        return client.preparedQuery("SELECT households, members, last_event_at FROM village_summary WHERE desa_code = $1")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    if (rows.rowCount() == 0) return VillageSummary.empty(desaCode);
                    var r = rows.iterator().next();
                    return new VillageSummary(desaCode, r.getInteger("households"), r.getInteger("members"),
                            r.getOffsetDateTime("last_event_at"));
                });
    }

    public record Freshness(long eventsApplied, OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt) {
    }

    public Uni<Freshness> freshness(SqlClient client) {
        return client.preparedQuery("SELECT events_applied, last_event_at, last_applied_at FROM projection_status WHERE projection = $1")
                .execute(Tuple.of(PROJECTION))
                .map(rows -> {
                    if (rows.rowCount() == 0) return new Freshness(0, null, null);
                    var r = rows.iterator().next();
                    return new Freshness(r.getLong(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2));
                });
    }
}

package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A generation's freshness table (00-engine.sql): per topic, the events applied, the latest one's time, when. */
@ApplicationScoped
public class GenerationFreshness {

    /** What a batch applied of one topic: how many new events, and the latest {@code ce_time} among them. */
    public record TopicBatch(String topic, long events, OffsetDateTime lastEventAt) {
    }

    /** Adds a batch's new events, in its transaction (the generation's search_path set). */
    public Uni<Void> add(SqlConnection tx, Collection<TopicBatch> batch) {
        List<String> topics = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        batch.forEach(b -> {
            topics.add(b.topic());
            events.add(b.events());
            times.add(b.lastEventAt());
        });
        return tx.preparedQuery("""
                        INSERT INTO freshness AS f (topic, events_applied, last_event_at, last_applied_at)
                        SELECT t, n, at, clock_timestamp() FROM unnest($1::text[], $2::bigint[], $3::timestamptz[]) AS b(t, n, at)
                        ON CONFLICT (topic) DO UPDATE SET events_applied = f.events_applied + EXCLUDED.events_applied,
                              last_event_at = greatest(f.last_event_at, EXCLUDED.last_event_at),
                              last_applied_at = EXCLUDED.last_applied_at""")
                .execute(Tuple.of(topics.toArray(String[]::new), events.toArray(Long[]::new),
                        times.toArray(OffsetDateTime[]::new)))
                .replaceWithVoid();
    }

    /** The generation's latest event time and application time over every topic, and the events applied. */
    public record Figures(int generation, OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt, long eventsApplied) {
    }

    /** In a transaction whose search_path is a generation's (the first schema of it says which). */
    public Uni<Figures> figures(SqlConnection tx) {
        return tx.query("""
                        SELECT substring(current_schema() FROM '^projection_g([0-9]+)$')::int, max(last_event_at),
                               max(last_applied_at), coalesce(sum(events_applied), 0)::bigint FROM freshness""")
                .execute().map(rows -> {
                    var r = rows.iterator().next();
                    return new Figures(r.getInteger(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2), r.getLong(3));
                });
    }
}

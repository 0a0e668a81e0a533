package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TimelineEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The household_timeline table (projection/10-households.sql): its only writer, and the timeline read, which adds the
 * events of the household's interventions (intervention_timeline through intervention_households).
 */
@ApplicationScoped
public class TimelineTable {

    private static final String ADD = TimelineRows.insert("household_timeline", "household_id");

    private static final String EVENTS = """
            SELECT occurred_at, source, event_type, event_id, stream_id, stream_version, refs, count(*) OVER () AS total
            FROM (SELECT occurred_at, source, event_type, event_id, stream_id, stream_version, refs
                  FROM household_timeline WHERE household_id = $1
                  UNION ALL
                  SELECT t.occurred_at, t.source, t.event_type, t.event_id, t.stream_id, t.stream_version, t.refs
                  FROM intervention_timeline t JOIN intervention_households m USING (intervention_id)
                  WHERE m.household_id = $1) AS e
            ORDER BY occurred_at, stream_id, stream_version, event_id
            LIMIT $2 OFFSET $3""";

    private static final String COUNT = """
            SELECT (SELECT count(*) FROM household_timeline WHERE household_id = $1)
                 + (SELECT count(*) FROM intervention_timeline t JOIN intervention_households m USING (intervention_id)
                    WHERE m.household_id = $1) AS total""";

    /** One event of a household's timeline. */
    @Schema(name = "TimelineEvent")
    public record Event(OffsetDateTime occurredAt, String source, String type, UUID eventId, String streamId,
                        long streamVersion, Map<String, Object> refs) {
    }

    /** A page of a timeline, and how many events it has in all. */
    public record Page(List<Event> events, long total) {
    }

    /** Adds each entry to the timeline of every household it names (an entry seen before is left as it is). */
    public Uni<Void> add(SqlClient tx, List<TimelineEntry> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            for (UUID household : e.households()) rows.add(TimelineRows.row(household, e));
        }
        return TimelineRows.add(tx, ADD, rows);
    }

    /** A page of the household's timeline, in the order the events happened (a stream's in its order). */
    public Uni<Page> page(SqlClient client, UUID householdId, int page, int size) {
        return client.preparedQuery(EVENTS).execute(Tuple.of(householdId, size, (long) page * size))
                .chain(rows -> {
                    List<Event> events = new ArrayList<>();
                    long total = -1;
                    for (var r : rows) {
                        total = r.getLong("total");
                        events.add(new Event(r.getOffsetDateTime("occurred_at"), r.getString("source"),
                                r.getString("event_type"), r.getUUID("event_id"), r.getString("stream_id"),
                                r.getLong("stream_version"), r.getJsonObject("refs").getMap()));
                    }
                    if (total >= 0) return Uni.createFrom().item(new Page(events, total));
                    // a page past the end: the total from a count
                    return client.preparedQuery(COUNT).execute(Tuple.of(householdId))
                            .map(count -> new Page(events, count.iterator().next().getLong("total")));
                });
    }
}

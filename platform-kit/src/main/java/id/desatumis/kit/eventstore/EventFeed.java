package id.desatumis.kit.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of this service's own store in the order a projection must apply them, through the reactive client:
 * by (transaction id, global position) past a position, and only events of transactions below the snapshot horizon
 * ({@code pg_snapshot_xmin}). Every transaction below the horizon has ended, so no event can still appear behind a
 * position once read past; each stream's events come in version order (an append's stream lock is its first write,
 * see {@link EventStore}). The outbox relay reads the same order over JDBC; this is its reactive twin for
 * projections of a service's own events.
 */
@ApplicationScoped
public class EventFeed {

    // ORDER BY names the table's xid8 column: ordering by its text would put "1000" before "738"
    private static final String NEXT = EventStore.SELECT_EVENTS + """
             WHERE (transaction_id, global_position) > ($1::text::xid8, $2)
              AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY events.transaction_id, events.global_position
            LIMIT $3""";

    private static final String BEHIND = """
            SELECT count(*) FROM (
                SELECT 1 FROM events WHERE (transaction_id, global_position) > ($1::text::xid8, $2) LIMIT $3) past""";

    /** Up to {@code limit} events past {@code after}, in reading order; empty when nothing new has ended. */
    public Uni<List<StoredEvent>> next(SqlClient client, FeedPosition after, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
        return client.preparedQuery(NEXT)
                .execute(Tuple.of(after.transactionId(), after.globalPosition(), limit))
                .map(rows -> {
                    List<StoredEvent> out = new ArrayList<>(rows.rowCount());
                    rows.forEach(r -> out.add(EventStore.toStoredEvent(r)));
                    return out;
                });
    }

    /**
     * How many committed events lie past {@code after} (those of transactions above the horizon included: they are
     * there, just not readable yet), counting at most {@code cap} so that a projection far behind costs a bounded
     * read: an answer of {@code cap} means "at least".
     */
    public Uni<Long> countAfter(SqlClient client, FeedPosition after, int cap) {
        return client.preparedQuery(BEHIND)
                .execute(Tuple.of(after.transactionId(), after.globalPosition(), cap))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}

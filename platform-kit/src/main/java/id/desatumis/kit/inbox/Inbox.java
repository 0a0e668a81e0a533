package id.desatumis.kit.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * The idempotent inbox: an event is applied to a projection at most once per consumer. The
 * {@code processed_event} row and the projection's changes share one transaction; the Kafka offset is
 * committed after it, so a redelivery (a relay that sent twice, a consumer that crashed before its commit)
 * finds the row and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final Pool pool;

    public Inbox(Pool pool) {
        this.pool = pool;
    }

    /** Applies the projection unless this consumer has applied the event already; true if it was applied now. */
    public Uni<Boolean> applyOnce(String consumer, UUID eventId, Function<SqlConnection, Uni<Void>> projection) {
        return applyOnce(consumer, eventId, tx -> Uni.createFrom().voidItem(), projection);
    }

    /**
     * As above, running {@code first} before the transaction's first write: a projection that appends to the event
     * store takes its stream locks there, so its transaction id is taken under them (see EventStore).
     */
    public Uni<Boolean> applyOnce(String consumer, UUID eventId, Function<SqlConnection, Uni<Void>> first,
                                  Function<SqlConnection, Uni<Void>> projection) {
        return pool.withTransaction(tx -> first.apply(tx).chain(() -> tx.preparedQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES ($1, $2)
                        ON CONFLICT DO NOTHING""")
                .execute(Tuple.of(consumer, eventId))
                .chain(result -> result.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : projection.apply(tx).replaceWith(true))));
    }
}

package id.desatumis.kit.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;
import java.util.Optional;

/**
 * A projection fed by {@link Inbox} one batch of records at a time, in one transaction per batch.
 *
 * @param <T> what an event means to this projection (its change), read before the transaction opens
 */
public interface BatchProjection<T> {

    /**
     * What the event means to this projection; empty for a type it does not use (a tolerant reader skips it, and the
     * stream's mark still moves past it). A known type whose payload cannot be read throws
     * {@link ConsumedEvent.MalformedEvent}: the batch is refused whole and the channel stops.
     */
    Optional<T> read(ConsumedEvent event);

    /**
     * The first statement of the batch's transaction, before any write (the deduplication row included). A projection
     * that appends to the event store takes the locks of every stream its batch may touch here, sorted, in one call.
     * {@code batch} holds every known event of the batch, duplicates included: locking a superset is harmless.
     */
    default Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<T>> batch) {
        return Uni.createFrom().voidItem();
    }

    /** Applies the batch's events not applied before, in their stream's order, in the batch's transaction. */
    Uni<Void> apply(SqlConnection tx, List<Change<T>> fresh);

    /** A known event and what it means to the projection. */
    record Change<T>(ConsumedEvent event, T change) {
    }
}

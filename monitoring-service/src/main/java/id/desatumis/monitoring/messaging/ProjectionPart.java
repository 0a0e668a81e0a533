package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One part of the programme projection: the event types it reads and the tables it owns (declared in
 * {@code src/main/resources/projection/*.sql}). The projection engine feeds every part the same batches, in one
 * transaction per batch whose {@code search_path} is the generation being written (the live one, or one being
 * rebuilt): a part names its tables unqualified and never knows which generation it writes.
 *
 * <p>Kafka orders one stream's events, never two topics': a part keys its rows by entity id and writes them column
 * by column, so that any arrival order of events of different topics converges to the same rows.
 *
 * @param <T> what an event means to this part, read before the transaction opens
 */
public interface ProjectionPart<T> {

    /** A stable name, for logs. */
    String name();

    /** The topics this part reads (the engine reads the union of every part's). */
    Set<String> topics();

    /**
     * What the event means to this part; empty for a type it does not use. A known type whose payload does not read
     * throws {@link ConsumedEvent.MalformedEvent} ({@link ConsumedEvent#payloadAs} does): the batch is refused whole
     * and the projection stops, loudly.
     */
    Optional<T> read(ConsumedEvent event);

    /**
     * Applies the batch's events not applied before, in their stream's order, in the batch's transaction.
     *
     * @return the desa codes whose figures changed (the dashboard refreshes those), empty when none did
     */
    Uni<Set<String>> apply(SqlConnection tx, List<Change<T>> fresh);

    /**
     * As {@link #apply}, in a generation being rebuilt, which no query reads until it goes live: a part may leave out
     * what it derives from many rows (and would derive again batch after batch), for {@link #beforeLive} to derive
     * once. The desa it returns are not announced. By default, {@link #apply}.
     */
    default Uni<Set<String>> applyBuilding(SqlConnection tx, List<Change<T>> fresh) {
        return apply(tx, fresh);
    }

    /**
     * Derives, over the whole generation, what {@link #applyBuilding} left out: run in the transaction that makes a
     * rebuilt generation live, after its last batch while building and before any batch of it as the live one, so
     * no query sees it underived (a crash before that commit leaves it building, and the switch derives again).
     */
    default Uni<Void> beforeLive(SqlConnection tx) {
        return Uni.createFrom().voidItem();
    }
}

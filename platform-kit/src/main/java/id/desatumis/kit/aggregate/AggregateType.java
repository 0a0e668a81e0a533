package id.desatumis.kit.aggregate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * What a service tells the kit about one aggregate: its stream category, its initial state and {@code evolve} (from
 * its plain-Java domain), its declared stored event types, how its payloads are sealed, and the inline read models
 * written in the same transaction as its events. The kit does the rest (lock, load, fold, encode, seal, append).
 *
 * @param <S> the state folded from the events
 * @param <E> the event family
 */
public interface AggregateType<S, E> {

    /** The stream category: streams are {@code <category>-<id>}. */
    String category();

    S initial();

    S evolve(S state, E event);

    EventTypes<E> eventTypes();

    default PayloadSealing sealing() {
        return PayloadSealing.NONE;
    }

    /**
     * Brings the inline read models in line with new events, in the appending transaction (after the append, so
     * under the stream's lock); a unique constraint there fails the whole command.
     */
    default Uni<Void> updateInlineModels(SqlConnection tx, Loaded<S> after, List<E> events) {
        return Uni.createFrom().voidItem();
    }

    default String streamId(Object id) {
        return category() + "-" + id;
    }

    default S fold(S from, List<E> events) {
        S state = from;
        for (E e : events) {
            state = evolve(state, e);
        }
        return state;
    }
}

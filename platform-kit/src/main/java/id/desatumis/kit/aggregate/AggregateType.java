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

    /** One aggregate's new events and the aggregate after them, for {@link #updateInlineModels(SqlConnection, List)}. */
    record Changed<S, E>(Loaded<S> after, List<E> events) {
    }

    /**
     * The inline read models of several aggregates of this type changed in one append (an import's batch, say), in
     * the order appended. By default one by one; an aggregate whose models can be written set-based for the whole
     * batch overrides it.
     */
    default Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<S, E>> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Changed<S, E> c : changes) {
            chain = chain.chain(() -> updateInlineModels(tx, c.after(), c.events()));
        }
        return chain;
    }

    /**
     * This aggregate read through another sealing: a reader that needs only some sealed fields (the relay, say) opens
     * only those, and never seals (it does not append).
     */
    default AggregateType<S, E> openedWith(PayloadSealing reading) {
        return new ReadingView<>(this, reading);
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

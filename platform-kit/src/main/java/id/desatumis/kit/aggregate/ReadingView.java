package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/** An aggregate type read through another sealing, for readers only (see {@link AggregateType#openedWith}). */
final class ReadingView<S, E> implements AggregateType<S, E> {

    private final AggregateType<S, E> type;
    private final PayloadSealing sealing;

    ReadingView(AggregateType<S, E> type, PayloadSealing reading) {
        this.type = type;
        this.sealing = new PayloadSealing() {
            @Override
            public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
                throw new UnsupportedOperationException(type.category() + " is opened for reading only: it does not append");
            }

            @Override
            public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
                return reading.open(client, streamIds, stored);
            }
        };
    }

    @Override
    public String category() {
        return type.category();
    }

    @Override
    public S initial() {
        return type.initial();
    }

    @Override
    public S evolve(S state, E event) {
        return type.evolve(state, event);
    }

    @Override
    public EventTypes<E> eventTypes() {
        return type.eventTypes();
    }

    @Override
    public PayloadSealing sealing() {
        return sealing;
    }
}

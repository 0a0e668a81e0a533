package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an aggregate's stored payloads protect personal data (crypto-shredding): sealed under data keys on the way
 * in, opened on the way out. The hash chain covers the sealed form, so deleting a key breaks no link.
 *
 * <p>{@link #open} works on a batch that may span streams (the relay maps hundreds at once, with one key lookup),
 * and may hand back, per stream, a {@code context} (its data key, say) that {@link #seal} receives again for that
 * stream's next append, so a command reads a key once.
 */
public interface PayloadSealing {

    /**
     * Opened payloads, in the order given; {@code null} where a payload can no longer be opened at all (its
     * subject was erased). {@code contexts} by stream id, for the next {@link #seal}.
     */
    record Opened(List<ObjectNode> payloads, Map<String, Object> contexts) {
        public static Opened plain(List<ObjectNode> payloads) {
            return new Opened(payloads, Map.of());
        }
    }

    /**
     * Seals the payloads of one stream's new events (in place or as new trees). Making a data key is a write: the
     * caller holds the stream's lock already. Fails (a rule broken) when the subject was erased.
     */
    Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads);

    /**
     * Seals the new events of several streams in one go (an import's batch): {@code payloads.get(i)} are the events
     * of {@code streamIds.get(i)}, whose context is {@code contexts.get(i)}. By default stream by stream; a sealing
     * that can make the keys of a whole batch at once overrides it.
     */
    default Uni<List<List<ObjectNode>>> sealAll(SqlConnection tx, List<String> streamIds, List<Object> contexts,
                                               List<List<ObjectNode>> payloads) {
        Uni<List<List<ObjectNode>>> out = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < streamIds.size(); i++) {
            int at = i;
            out = out.chain(list -> seal(tx, streamIds.get(at), contexts.get(at), payloads.get(at)).map(sealed -> {
                list.add(sealed);
                return list;
            }));
        }
        return out;
    }

    /** Opens stored payloads; {@code streamIds.get(i)} is the stream of {@code stored.get(i)}. */
    Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored);

    /** Payloads stored as they are. */
    PayloadSealing NONE = new PayloadSealing() {
        @Override
        public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
            return Uni.createFrom().item(payloads);
        }

        @Override
        public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
            return Uni.createFrom().item(Opened.plain(new ArrayList<>(stored)));
        }
    };
}

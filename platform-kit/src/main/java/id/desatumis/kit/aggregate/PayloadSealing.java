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

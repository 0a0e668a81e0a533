package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * How an aggregate's stored payloads protect personal data (crypto-shredding): sealed under data keys on the way
 * in, opened on the way out. The hash chain covers the sealed form, so deleting a key breaks no link.
 *
 * <p>{@link #open} may hand back a {@code context} (the stream's data key, say) that {@link #seal} receives again
 * for the same stream's next append, so a command reads a key once.
 */
public interface PayloadSealing {

    /** Opened payloads, in order; {@code erased} when the stream's subject was erased and nothing can be read. */
    record Opened(List<ObjectNode> payloads, boolean erased, Object context) {
        public static Opened plain(List<ObjectNode> payloads) {
            return new Opened(payloads, false, null);
        }

        public static Opened erasedStream() {
            return new Opened(List.of(), true, null);
        }
    }

    /**
     * Seals the payloads of one stream's new events (in place or as new trees). Making a data key is a write: the
     * caller holds the stream's lock already. Fails (a rule broken) when the subject was erased.
     */
    Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads);

    /** Opens one stream's stored payloads. */
    Uni<Opened> open(SqlClient client, String streamId, List<ObjectNode> stored);

    /** Payloads stored as they are. */
    PayloadSealing NONE = new PayloadSealing() {
        @Override
        public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
            return Uni.createFrom().item(payloads);
        }

        @Override
        public Uni<Opened> open(SqlClient client, String streamId, List<ObjectNode> stored) {
            return Uni.createFrom().item(Opened.plain(stored));
        }
    };
}

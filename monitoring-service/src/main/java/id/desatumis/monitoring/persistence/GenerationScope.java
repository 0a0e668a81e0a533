package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The first statement of a batch's transaction: {@code SET LOCAL search_path} to the generation being written (its
 * parts name their tables unqualified), and the check that this instance still leads ({@link EngineLock}).
 */
@ApplicationScoped
public class GenerationScope {

    /** Thrown when the lock moved to another instance: the batch rolls back and the loop stops. */
    public static final class LeadLost extends RuntimeException {
        public LeadLost(String message) {
            super(message);
        }
    }

    public Uni<Void> enter(SqlConnection tx, Generation generation, int leaderPid) {
        return tx.preparedQuery("""
                        SELECT set_config('search_path', $1, true),
                               EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $2
                                       AND classid::bigint = $3 AND objid::bigint = $4 AND objsubid = 1)""")
                .execute(Tuple.of(generation.searchPath(), leaderPid, EngineLock.KEY >>> 32, EngineLock.KEY & 0xffffffffL))
                .map(rows -> rows.iterator().next().getBoolean(1))
                .chain(leading -> leading ? Uni.createFrom().voidItem() : Uni.createFrom().failure(
                        new LeadLost("this instance no longer holds the projection lock (generation " + generation.number() + ")")));
    }
}

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

    /**
     * Enters the generation and answers whether it is the live one, as this transaction sees it. Its row is locked
     * FOR SHARE until the commit: a switch ({@link Generations#switchLive}) waits for the batch under way, and a batch
     * that starts during a switch waits for it and sees the generation live, so no batch of a rebuilt generation
     * commits unseen between the switch's derivations and its commit.
     */
    public Uni<Boolean> enter(SqlConnection tx, Generation generation, int leaderPid) {
        return tx.preparedQuery("""
                        WITH g AS (SELECT state FROM projection_generations WHERE generation = $5 FOR SHARE)
                        SELECT set_config('search_path', $1, true),
                               EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $2
                                       AND classid::bigint = $3 AND objid::bigint = $4 AND objsubid = 1),
                               (SELECT state FROM g) = 'LIVE'""")
                .execute(Tuple.of(generation.searchPath(), leaderPid, EngineLock.KEY >>> 32, EngineLock.KEY & 0xffffffffL,
                        generation.number()))
                .map(rows -> rows.iterator().next())
                .chain(row -> row.getBoolean(1) ? Uni.createFrom().item(Boolean.TRUE.equals(row.getBoolean(2)))
                        : Uni.createFrom().failure(new LeadLost("this instance no longer holds the projection lock (generation "
                        + generation.number() + ")")));
    }
}

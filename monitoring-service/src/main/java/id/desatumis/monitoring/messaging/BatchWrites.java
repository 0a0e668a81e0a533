package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationFreshness;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.GenerationScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** What the engine itself writes in a batch's transaction, for the instance holding the lock as {@code leaderPid}. */
record BatchWrites(GenerationScope scope, GenerationPositions positions, GenerationFreshness freshness, int leaderPid) {

    /** Whether the generation is the live one, as the batch's transaction sees it (see {@link GenerationScope#enter}). */
    Uni<Boolean> enter(SqlConnection tx, Generation generation) {
        return scope.enter(tx, generation, leaderPid);
    }
}

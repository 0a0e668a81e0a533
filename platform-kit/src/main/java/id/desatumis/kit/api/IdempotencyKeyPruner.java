package id.desatumis.kit.api;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Deletes expired Idempotency-Key rows every ten minutes. (It pruned the consumers' processed_event inbox too, until
 * consumers moved to per-stream marks, which need no pruning.)
 */
@ApplicationScoped
public class IdempotencyKeyPruner {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPruner.class);

    private final Vertx vertx;
    private final Pool pool;

    public IdempotencyKeyPruner(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), id -> prune());
    }

    void prune() {
        pool.query("DELETE FROM idempotency_keys WHERE expires_at < now()").execute()
                .subscribe().with(ok -> { }, e -> LOG.warnf("pruning expired idempotency keys failed: %s", e.getMessage()));
    }
}

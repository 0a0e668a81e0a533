package id.desatumis.kit.api;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
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
    private final IdempotencyRecords records;

    public IdempotencyKeyPruner(Vertx vertx, IdempotencyRecords records) {
        this.vertx = vertx;
        this.records = records;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), id -> prune());
    }

    void prune() {
        records.pruneExpired().subscribe().with(ok -> { }, e -> LOG.warnf("pruning expired idempotency keys failed: %s", e.getMessage()));
    }
}

package id.desatumis.kit.inbox;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Prunes the inbox and expired idempotency keys. The inbox window (default 30 days) must be longer than
 * any redelivery: Kafka redelivers only what a consumer had not committed, which is minutes, not days.
 */
@ApplicationScoped
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);

    private final Vertx vertx;
    private final Pool pool;
    private final Duration retention;

    public InboxPruner(Vertx vertx, Pool pool,
                       @ConfigProperty(name = "desatumis.inbox.retention", defaultValue = "P30D") Duration retention) {
        this.vertx = vertx;
        this.pool = pool;
        this.retention = retention;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), id -> prune());
    }

    void prune() {
        pool.preparedQuery("DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .chain(() -> pool.query("DELETE FROM idempotency_keys WHERE expires_at < now()").execute())
                .subscribe().with(ok -> { }, e -> LOG.warnf("pruning failed: %s", e.getMessage()));
    }
}

package id.desatumis.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down if the relay thread died, or if its loop has not turned for {@code desatumis.relay.stall-after} (90 s): a relay
 * blocked on a connection that went silent holds nothing useful, and a restart is the way out. Kafka being unreachable
 * does not make the service unhealthy (the loop keeps turning while it retries): commands are still accepted and their
 * events wait in the table.
 */
@Liveness
@ApplicationScoped
public class RelayHealthCheck implements HealthCheck {

    private final RelayLifecycle lifecycle;
    private final RelayConfig config;

    public RelayHealthCheck(RelayLifecycle lifecycle, RelayConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox-relay");
        return lifecycle.relay()
                .map(r -> builder.status(r.turning(config.stallAfter()))
                        .withData("threadAlive", r.alive())
                        .withData("lastTurnSecondsAgo", r.metrics().sinceLastTurn().toSeconds())
                        .withData("leading", r.metrics().leading())
                        .withData("unpublishedEvents", r.metrics().unpublishedEvents())
                        .withData("parkedStreams", r.metrics().parkedStreams())
                        .build())
                .orElseGet(() -> builder.up().withData("relay", "none: this service publishes nothing").build());
    }
}

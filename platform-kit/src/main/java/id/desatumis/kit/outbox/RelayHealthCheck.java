package id.desatumis.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down only if the relay thread died. Kafka being unreachable does not make the service unhealthy:
 * commands are still accepted and their events wait in the table.
 */
@Liveness
@ApplicationScoped
public class RelayHealthCheck implements HealthCheck {

    private final RelayLifecycle lifecycle;

    public RelayHealthCheck(RelayLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox-relay");
        return lifecycle.relay()
                .map(r -> builder.status(r.alive())
                        .withData("leading", r.metrics().leading())
                        .withData("unpublishedEvents", r.metrics().unpublishedEvents())
                        .build())
                .orElseGet(() -> builder.up().withData("relay", "none: this service publishes nothing").build());
    }
}

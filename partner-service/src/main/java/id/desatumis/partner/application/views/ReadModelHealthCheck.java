package id.desatumis.partner.application.views;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down while the projector's batches fail: a malformed event stops the ordered projection rather than being skipped,
 * and this says so (with the log line) until the batch applies. Commands are still accepted meanwhile; the queries
 * answer what is projected, with how far behind it is.
 */
@Liveness
@ApplicationScoped
public class ReadModelHealthCheck implements HealthCheck {

    private final ProjectorLoop loop;

    public ReadModelHealthCheck(ProjectorLoop loop) {
        this.loop = loop;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("read-models");
        return loop.failing()
                .map(f -> builder.down().withData("failingSince", f.since().toString()).withData("failure", f.why()).build())
                .orElseGet(() -> builder.up().build());
    }
}

package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.config.ProjectionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Each generation's loop on this instance: its state, lag and last turn. DOWN when a loop stopped on a malformed
 * event (nothing after it is applied until a release reads it) or has not turned for {@code stall-after} (it hangs).
 * A database that is down is not a reason: the loop retries, and says so here.
 */
@Liveness
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    private final ProjectionEngine engine;
    private final ProjectionSettings settings;

    public EngineHealthCheck(ProjectionEngine engine, ProjectionSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("projection").withData("leading", engine.leading());
        boolean up = true;
        Instant stalledBefore = Instant.now().minus(settings.stallAfter());
        for (LoopStatus loop : engine.loops()) {
            boolean stalled = loop.state() != LoopStatus.State.STOPPED_MALFORMED && loop.lastTurnAt().isBefore(stalledBefore);
            up &= loop.state() != LoopStatus.State.STOPPED_MALFORMED && !stalled;
            String key = "g" + loop.generation();
            builder.withData(key, (loop.live() ? "LIVE " : "BUILDING ") + (stalled ? "STALLED" : loop.state())
                    + ", lag " + loop.lag() + ", last turn "
                    + Duration.between(loop.lastTurnAt(), Instant.now()).toMillis() + " ms ago");
            if (loop.failure() != null) builder.withData(key + ".failure", loop.failure());
        }
        return builder.status(up).build();
    }
}

package id.desatumis.assistance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a reservation request waits for partner-service, and how the wait is watched ({@code desatumis.reservation.*}). */
@ConfigMapping(prefix = "desatumis.reservation")
public interface ReservationSettings {

    /** How long a request may wait for partner-service's answer before it is given up (timed out and released). */
    @WithDefault("PT1H")
    Duration timeout();

    /** How often the requests waiting longer than {@link #timeout()} are looked for. */
    @WithDefault("PT1M")
    Duration sweepInterval();

    /** How many waiting requests one look times out per round (each in its own transaction); rounds follow until none is left. */
    @WithDefault("100")
    int sweepBatchSize();
}

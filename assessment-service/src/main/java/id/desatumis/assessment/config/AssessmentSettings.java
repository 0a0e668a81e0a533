package id.desatumis.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** assessment-service's own settings ({@code desatumis.assessment.*}). */
@ConfigMapping(prefix = "desatumis.assessment")
public interface AssessmentSettings {

    /** The policy new assessments are classified under (GET /policies lists every published one). */
    String policy();

    /** How long a form for a household the registry has not announced yet waits before it is refused as unknown. */
    @WithDefault("PT24H")
    Duration pendingTimeout();

    /** How often the held forms are swept. */
    @WithDefault("60s")
    Duration pendingSweepInterval();
}

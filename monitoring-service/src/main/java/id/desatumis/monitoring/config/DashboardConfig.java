package id.desatumis.monitoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The dashboard's settings ({@code desatumis.dashboard.*}). */
@ConfigMapping(prefix = "desatumis.dashboard")
public interface DashboardConfig {

    /**
     * The identity provider's login page, shown on the dashboard's login page beside the token field when set (for
     * example the provider's account console, where a user copies a token, or a gateway that sets the session).
     */
    Optional<String> loginUrl();

    /** How often the live stream sends a heartbeat comment, so proxies and browsers keep it open. */
    @WithDefault("15s")
    Duration heartbeat();
}

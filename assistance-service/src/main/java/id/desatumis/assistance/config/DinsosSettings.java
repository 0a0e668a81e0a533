package id.desatumis.assistance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How Dinas Sosial is known among the actors ({@code desatumis.assistance.dinsos.*}). partner-service registers it as
 * an OPD like any other office, with no mark of its own: the office code names it. Where Dinas Sosial is an
 * intervention's responsible actor, a {@code dinsos} token reports its deliveries as its own (no on-behalf reason).
 */
@ConfigMapping(prefix = "desatumis.assistance.dinsos")
public interface DinsosSettings {

    /** The office code Dinas Sosial is registered with in partner-service (the {@code opd} claim of its office tokens). */
    @WithDefault("DINSOS")
    String opdCode();
}

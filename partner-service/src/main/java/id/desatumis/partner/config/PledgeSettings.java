package id.desatumis.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How pledges are kept ({@code desatumis.pledge.*}). */
@ConfigMapping(prefix = "desatumis.pledge")
public interface PledgeSettings {

    /** How often pledges whose period has ended are looked for and expired. */
    @WithDefault("10m")
    Duration expiryInterval();

    /** How many pledges one look expires per round (each in its own transaction); rounds follow until none is left. */
    @WithDefault("100")
    int expiryBatchSize();
}

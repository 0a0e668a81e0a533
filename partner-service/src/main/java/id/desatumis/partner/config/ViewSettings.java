package id.desatumis.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The query-side projection's settings ({@code desatumis.views.*}). */
@ConfigMapping(prefix = "desatumis.views")
public interface ViewSettings {

    /** Whether this instance projects (the queries answer either way, from what is projected). */
    @WithDefault("true")
    boolean enabled();

    /** How long the projector waits after a batch that was not full (a full one is followed at once). */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** Events read and applied per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the projector waits after a failed batch before it tries the same batch again. */
    @WithDefault("PT5S")
    Duration retryAfter();

    /** The most events a query counts as "behind" in its freshness; that many means at least that many. */
    @WithDefault("10000")
    int behindCap();
}

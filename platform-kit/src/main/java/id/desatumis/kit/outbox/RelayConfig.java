package id.desatumis.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay's settings ({@code desatumis.relay.*}). */
@ConfigMapping(prefix = "desatumis.relay")
public interface RelayConfig {

    /** Off in a service's tests that start relays of their own. */
    @WithDefault("true")
    boolean enabled();

    /** Events read per batch; up to three batches are in flight at once. */
    @WithDefault("500")
    int batchSize();

    /** How long an idle relay waits for a wake-up before it reads again anyway. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** The producer's compression.type: none, lz4, zstd, snappy or gzip. */
    @WithDefault("none")
    String compression();
}

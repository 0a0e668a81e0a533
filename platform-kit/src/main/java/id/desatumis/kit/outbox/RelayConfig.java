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

    /**
     * How long the relay's database connection may go silent before a read fails; the server ends the relay's session
     * after twice as long without a statement, freeing the lead for a standby (see RelaySettings).
     */
    @WithDefault("PT30S")
    Duration databaseTimeout();

    /** Liveness is DOWN when the relay's loop has not turned for this long (it turns at least every 30 s or so). */
    @WithDefault("PT90S")
    Duration stallAfter();

    /** The producer's compression.type: none, lz4, zstd, snappy or gzip. */
    @WithDefault("none")
    String compression();
}

package id.desatumis.monitoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The projection engine's settings ({@code desatumis.projection.*}). */
@ConfigMapping(prefix = "desatumis.projection")
public interface ProjectionSettings {

    /** Off in a test that runs no projection at all. */
    @WithDefault("true")
    boolean enabled();

    /** Kafka's bootstrap servers (application.properties points it at {@code kafka.bootstrap.servers}). */
    String bootstrapServers();

    /** Records per batch at most (one poll, one transaction): large batches make a rebuild fast. */
    @WithDefault("5000")
    int pollSize();

    /** Bytes fetched per partition and request at most: a batch is only as large as what a poll brings. */
    @WithDefault("1048576")
    int partitionFetchBytes();

    /**
     * Bytes fetched per request over every partition at most: what a consumer buffers (a rebuild runs two, in a
     * service started with a small heap).
     */
    @WithDefault("8388608")
    int fetchBytes();

    /** How long an idle poll waits for records before the loop turns (the health check's heartbeat). */
    @WithDefault("PT0.5S")
    Duration pollTimeout();

    /** How often the topics' partitions are looked up: a topic created after startup is read from then on. */
    @WithDefault("PT3S")
    Duration metadataInterval();

    /** The first wait after a failed batch (the database is down, say); doubled after each failure. */
    @WithDefault("PT0.2S")
    Duration backoff();

    /** The longest wait between two attempts of a failed batch. */
    @WithDefault("PT10S")
    Duration maxBackoff();

    /** How often an instance that does not run the loops tries to take them over (and a leader checks its lock). */
    @WithDefault("PT2S")
    Duration leadershipInterval();

    /** A loop that has not turned for this long is reported DOWN (it hangs: restarting helps). */
    @WithDefault("PT60S")
    Duration stallAfter();

    /** A rebuilt generation takes over once at or past the live one everywhere and at most this many records behind. */
    @WithDefault("500")
    long switchLag();

    /** How long a retired generation's schema stays after the switch, for the reads that began before it. */
    @WithDefault("PT10S")
    Duration retiredGrace();
}

package id.desatumis.kit.outbox;

import java.time.Duration;

/**
 * How a relay reaches its database and Kafka. {@code name} scopes the checkpoint and the advisory lock:
 * one active relay per (database, name). {@code compression} is the producer's compression.type.
 * {@code databaseTimeout} bounds how long the relay's dedicated connection may go silent: a read waits at most that
 * long for the server (a half-open connection fails instead of blocking the loop), and the server ends the relay's
 * session after twice that long without a statement (the session's advisory lock, the lead, is then free for a
 * standby relay even though this one never closed its connection).
 */
public record RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                            int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor,
                            String compression, Duration databaseTimeout) {

    /** The default {@link #databaseTimeout}: well above a batch's wait for Kafka's acknowledgements (15 s at most). */
    public static final Duration DEFAULT_DATABASE_TIMEOUT = Duration.ofSeconds(30);

    /** Without compression (see OutboxPublisher for why that is the default). */
    public RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                         int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor) {
        this(name, jdbcUrl, user, password, kafkaBootstrap, batchSize, pollInterval, topicPartitions, replicationFactor, "none");
    }

    public RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                         int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor,
                         String compression) {
        this(name, jdbcUrl, user, password, kafkaBootstrap, batchSize, pollInterval, topicPartitions, replicationFactor,
                compression, DEFAULT_DATABASE_TIMEOUT);
    }

    public long advisoryLockKey() {
        // a fixed namespace in the high bits keeps clear of other advisory locks of the service
        return 0x44540000_00000000L | (name.hashCode() & 0xffffffffL);
    }

    /** The same relay with another database timeout. */
    public RelaySettings withDatabaseTimeout(Duration timeout) {
        return new RelaySettings(name, jdbcUrl, user, password, kafkaBootstrap, batchSize, pollInterval, topicPartitions,
                replicationFactor, compression, timeout);
    }
}

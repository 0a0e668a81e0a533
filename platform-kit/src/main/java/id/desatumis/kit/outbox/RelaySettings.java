package id.desatumis.kit.outbox;

import java.time.Duration;

/**
 * How a relay reaches its database and Kafka. {@code name} scopes the checkpoint and the advisory lock:
 * one active relay per (database, name). {@code compression} is the producer's compression.type.
 */
public record RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                            int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor,
                            String compression) {

    /** Without compression (see OutboxPublisher for why that is the default). */
    public RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                         int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor) {
        this(name, jdbcUrl, user, password, kafkaBootstrap, batchSize, pollInterval, topicPartitions, replicationFactor, "none");
    }

    public long advisoryLockKey() {
        // a fixed namespace in the high bits keeps clear of other advisory locks of the service
        return 0x44540000_00000000L | (name.hashCode() & 0xffffffffL);
    }
}

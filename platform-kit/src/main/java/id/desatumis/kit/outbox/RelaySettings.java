package id.desatumis.kit.outbox;

import java.time.Duration;

/**
 * How a relay reaches its database and Kafka. {@code name} scopes the checkpoint and the advisory lock:
 * one active relay per (database, name).
 */
public record RelaySettings(String name, String jdbcUrl, String user, String password, String kafkaBootstrap,
                            int batchSize, Duration pollInterval, int topicPartitions, short replicationFactor) {

    public long advisoryLockKey() {
        // a fixed namespace in the high bits keeps clear of other advisory locks of the service
        return 0x44540000_00000000L | (name.hashCode() & 0xffffffffL);
    }
}

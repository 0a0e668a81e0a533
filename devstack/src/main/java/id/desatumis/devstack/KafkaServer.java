package id.desatumis.devstack;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka broker in KRaft mode (combined controller and broker) inside this JVM,
 * on a free loopback port, at the version of the kafka-clients that Quarkus bundles.
 */
public final class KafkaServer implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;

    private KafkaServer(KafkaClusterTestKit cluster, String bootstrapServers) {
        this.cluster = cluster;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaServer start() {
        try {
            KafkaClusterTestKit cluster = withBrokerConfig(new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build()))
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaServer(cluster, cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    /** The settings of every broker devstack starts: small, single-node, topics only when asked for. */
    static KafkaClusterTestKit.Builder withBrokerConfig(KafkaClusterTestKit.Builder builder) {
        return builder
                // the default 128 MB dedupe buffer kills a broker running with a small heap
                .setConfigProp("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024))
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "5")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "3");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}

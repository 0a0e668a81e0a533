package id.desatumis.devstack;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A single-node KRaft broker that can be stopped and started again on the same log directory, behind a
 * stable loopback port: for tests that take Kafka away from a client and bring it back (nothing lost
 * in between), and for a local platform whose topics survive a restart.
 */
public final class RestartableKafka implements AutoCloseable {

    private static final String CLUSTER_ID = "ZGVzYXR1bWlzLWxvY2Fs"; // fixed: the log directory is formatted once

    private final Path baseDirectory;
    private final TcpProxy proxy;
    private KafkaClusterTestKit cluster;

    public RestartableKafka(Path baseDirectory, int port) throws Exception {
        this.baseDirectory = baseDirectory;
        this.proxy = new TcpProxy(port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + proxy.port();
    }

    public synchronized boolean running() {
        return cluster != null;
    }

    public synchronized void start() throws Exception {
        if (cluster != null) return;
        boolean formatted = Files.exists(baseDirectory.resolve("formatted"));
        KafkaClusterTestKit c = KafkaServer.withBrokerConfig(new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setClusterId(CLUSTER_ID)
                .setBaseDirectory(baseDirectory)
                .setPerServerProperties(Map.of(0, Map.of(
                        // clients are sent to the stable proxy port, whatever port this start bound
                        "advertised.listeners", "EXTERNAL://127.0.0.1:" + proxy.port())))
                .build()))
                .setDeleteOnClose(false)
                .build();
        if (!formatted) {
            c.format();
            Files.createDirectories(baseDirectory);
            Files.writeString(baseDirectory.resolve("formatted"), CLUSTER_ID);
        }
        c.startup();
        proxy.target(portOf(c.bootstrapServers()));
        c.waitForReadyBrokers();
        cluster = c;
    }

    /** Stops the broker; its log directory stays. Clients see connections cut and then refused. */
    public synchronized void stop() throws Exception {
        if (cluster == null) return;
        proxy.target(0);
        proxy.dropConnections();
        cluster.close();
        cluster = null;
    }

    private static int portOf(String bootstrap) {
        String first = bootstrap.split(",")[0];
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    }

    @Override
    public synchronized void close() throws Exception {
        stop();
        proxy.close();
    }
}

package id.desatumis.partner.reservations;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.RestartableKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared PostgreSQL, but a Kafka of this test's own that it can stop and start again (devstack's
 * {@link RestartableKafka}, behind a stable port), so that taking Kafka away disturbs no other test.
 */
public class OwnKafkaResource implements QuarkusTestResourceLifecycleManager {

    static RestartableKafka kafka;

    private final DevStackTestResource shared = new DevStackTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        shared.init(initArgs);
    }

    @Override
    public Map<String, String> start() {
        try {
            kafka = new RestartableKafka(Files.createTempDirectory("partner-own-kafka"), 0);
            kafka.start();
        } catch (Exception e) {
            throw new IllegalStateException("the test's own Kafka did not start", e);
        }
        Map<String, String> config = new HashMap<>(shared.start());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is ending; its folder goes with the temporary ones
        }
    }
}

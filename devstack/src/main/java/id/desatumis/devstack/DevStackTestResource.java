package id.desatumis.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test at the shared real PostgreSQL and Kafka: a database of the service's own
 * (init arg {@code database}, default {@code test}), the Kafka bootstrap, and the test token key.
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        DevStack stack = DevStack.shared();
        stack.postgres().ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", stack.postgres().reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", stack.postgres().user());
        config.put("quarkus.datasource.password", stack.postgres().password());
        config.put("kafka.bootstrap.servers", stack.kafkaBootstrap());
        config.put("mp.jwt.verify.publickey", stack.tokens().publicKeyPem());
        return config;
    }

    @Override
    public void stop() {
        // the stack is shared by every test of the JVM and stops with it
    }
}

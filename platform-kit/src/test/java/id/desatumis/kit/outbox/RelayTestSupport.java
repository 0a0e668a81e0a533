package id.desatumis.kit.outbox;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.UUID;

/** Relays of a test's own: a name of their own (so their own checkpoint and lock) and a topic of their own. */
final class RelayTestSupport {

    private RelayTestSupport() {
    }

    static RelaySettings settings(String name, String bootstrap) {
        return settings(name, bootstrap, Duration.ofMillis(200));
    }

    static RelaySettings settings(String name, String bootstrap, Duration pollInterval) {
        var config = ConfigProvider.getConfig();
        return new RelaySettings(name,
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                bootstrap, 100, pollInterval, 3, (short) 1);
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static String uniqueTopic(String prefix) {
        return "desatumis.kittest." + prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    }
}

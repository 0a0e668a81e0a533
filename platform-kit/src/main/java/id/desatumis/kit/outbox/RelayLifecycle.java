package id.desatumis.kit.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Starts the service's outbox relay when the service declares a {@link PublicEventCatalog}; a service with several
 * aggregates may declare one per aggregate, read as one.
 */
@ApplicationScoped
public class RelayLifecycle {

    /** The name of a service's relay: its checkpoint, its lock, its parked streams. */
    static final String RELAY_NAME = "main";

    private final Instance<PublicEventCatalog> catalog;
    private final MeterRegistry registry;
    private final RelayConfig config;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrap;
    private final int partitions;
    private final short replicationFactor;
    private OutboxRelay relay;

    public RelayLifecycle(Instance<PublicEventCatalog> catalog, MeterRegistry registry, RelayConfig config,
                          @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                          @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                          @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                          @ConfigProperty(name = "desatumis.topics.partitions", defaultValue = "3") int partitions,
                          @ConfigProperty(name = "desatumis.topics.replication-factor", defaultValue = "1") short replicationFactor) {
        this.catalog = catalog;
        this.registry = registry;
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
        this.bootstrap = bootstrap;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || catalog.isUnsatisfied()) {
            return;
        }
        relay = new OutboxRelay(new RelaySettings(RELAY_NAME, jdbcUrl, user, password, bootstrap, config.batchSize(),
                config.pollInterval(), partitions, replicationFactor, config.compression(), config.databaseTimeout()),
                CombinedCatalog.of(catalog.stream().toList()), RelayHooks.NONE);
        RelayMetrics m = relay.metrics();
        Gauge.builder("desatumis_relay_unpublished_events", m, RelayMetrics::unpublishedEvents)
                .description("events committed and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("desatumis_relay_oldest_unpublished_age_seconds", m, x -> x.oldestUnpublishedAgeMillis() / 1000.0)
                .description("age of the oldest unpublished event").register(registry);
        Gauge.builder("desatumis_db_oldest_open_transaction_age_seconds", m, x -> x.oldestOpenTransactionAgeMillis() / 1000.0)
                .description("age of the oldest open transaction on the PostgreSQL server (it holds every relay back)")
                .register(registry);
        // counters, so that rate() and increase() read them right across restarts; Prometheus names them *_total
        FunctionCounter.builder("desatumis_relay_published_events", m, RelayMetrics::publishedTotal)
                .description("events the relay has had acknowledged by Kafka since this process started").register(registry);
        FunctionCounter.builder("desatumis_relay_send_failures", m, RelayMetrics::sendFailuresTotal)
                .description("sends that failed and were retried since this process started").register(registry);
        Gauge.builder("desatumis_relay_leading", m, x -> x.leading() ? 1 : 0).register(registry);
        Gauge.builder("desatumis_relay_parked_streams", m, RelayMetrics::parkedStreams)
                .description("streams held back because one of their events cannot be mapped (GET /admin/relay/parked-streams)")
                .register(registry);
        FunctionCounter.builder("desatumis_relay_unmappable_events", m, RelayMetrics::unmappableEventsTotal)
                .description("events the catalog could not map, each parking its stream").register(registry);
        relay.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.stop();
        }
    }

    public Optional<OutboxRelay> relay() {
        return Optional.ofNullable(relay);
    }
}

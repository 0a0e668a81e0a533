package id.desatumis.kit.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the service's Flyway (the one Quarkus runs at start) in two: the kit's migrations, kept in their own
 * history table and run first by {@link KitMigrations}, and the service's own, kept in the service's history.
 * The kit's migrations are numbered below the service's ({@code V1_x} against {@code V10+}); in one shared history
 * a kit migration added later would be refused as "resolved but not applied, below the current version".
 */
@Singleton
public class KitSchemaCustomizer implements FlywayConfigurationCustomizer {

    private final KitSchemaConfig config;

    public KitSchemaCustomizer(KitSchemaConfig config) {
        this.config = config;
    }

    @Override
    public void customize(FluentConfiguration service) {
        ResourceProvider all = service.getResourceProvider();
        if (all == null) {
            throw new IllegalStateException("platform-kit: Flyway has no resource provider; the kit's schema runs "
                    + "inside Quarkus's Flyway only");
        }
        ResourceProvider kit = LocationView.under(all, config.location());
        if (KitMigrations.scripts(kit, service).isEmpty()) {
            throw new IllegalStateException("platform-kit: no kit migrations found under " + config.location()
                    + "; list it in quarkus.flyway.locations, before the service's own location");
        }
        service.resourceProvider(LocationView.outside(all, config.location()));

        List<Callback> callbacks = new ArrayList<>();
        callbacks.add(new KitMigrations(kit, config.historyTable(), config.retiredMigrations().orElse(Set.of())));
        callbacks.addAll(List.of(service.getCallbacks()));
        service.callbacks(callbacks.toArray(Callback[]::new));

        // the kit's migrations run in the callback before validation, so validation must happen on migrate
        service.validateOnMigrate(true);
        // on a new database the kit's tables exist before the service's history table does; Flyway refuses a
        // non-empty schema without a history unless it may start one, here below every service migration
        service.baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("platform-kit schema, kept in its own history");
    }
}

package id.desatumis.kit.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the kit's migrations, under the kit's own history table, just before the service's migrations are
 * validated: a service's migration may build on the kit's tables, and the handoff of an older database must be
 * done before the service's history is checked against the service's files.
 */
final class KitMigrations implements Callback {

    private final ResourceProvider kitResources;
    private final String kitHistory;
    private final Set<String> retiredScripts;

    KitMigrations(ResourceProvider kitResources, String kitHistory, Set<String> retiredScripts) {
        this.kitResources = kitResources;
        this.kitHistory = kitHistory;
        this.retiredScripts = retiredScripts;
    }

    /** The file names of the kit's versioned migrations, as Flyway records them in the script column. */
    static Set<String> scripts(ResourceProvider kitResources, Configuration service) {
        return kitResources.getResources(service.getSqlMigrationPrefix(), service.getSqlMigrationSuffixes()).stream()
                .map(LoadableResource::getFilename).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        // the handoff and each kit migration commit their own transactions
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration service = context.getConfiguration();
        LentConnection connection = new LentConnection(context.getConnection());
        new HistoryHandoff(connection).run(
                new HistoryHandoff.Tables(schemaOf(service), service.getTable(), kitHistory),
                scripts(kitResources, service), retiredScripts);
        kitFlyway(service, connection).migrate();
    }

    @Override
    public String getCallbackName() {
        return "platform-kit schema";
    }

    private Flyway kitFlyway(Configuration service, LentConnection connection) {
        return Flyway.configure(service.getClassLoader())
                // the service's schema, encoding and placeholders
                .configuration(service)
                // one connection for reading the history and migrating: a session lock instead of a transaction's
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .dataSource(connection)
                .table(kitHistory)
                .resourceProvider(kitResources)
                .javaMigrationClassProvider(() -> List.<Class<? extends JavaMigration>>of())
                // not this callback again, and none of the service's
                .callbacks(new Callback[0])
                .skipDefaultCallbacks(true)
                .validateOnMigrate(true)
                .baselineOnMigrate(false)
                // the kit's migrations are numbered in ranges given to work done in parallel: one merged later
                // with a lower number than one a database already has is still applied, not refused
                .outOfOrder(true)
                .load();
    }

    private static String schemaOf(Configuration service) {
        if (service.getDefaultSchema() != null) return service.getDefaultSchema();
        return service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
    }
}

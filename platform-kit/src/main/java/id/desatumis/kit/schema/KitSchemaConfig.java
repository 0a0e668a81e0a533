package id.desatumis.kit.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;
import java.util.Set;

/** How the kit keeps its own schema beside a service's: its own Flyway history, read from its own location. */
@ConfigMapping(prefix = "desatumis.schema")
public interface KitSchemaConfig {

    /** The kit's Flyway history table, in the service's schema beside the service's own history table. */
    @WithDefault("platform_kit_schema_history")
    String historyTable();

    /**
     * Where the kit's migrations are. It must also be listed in {@code quarkus.flyway.locations}: Quarkus finds
     * migration files at build time only in the locations listed there.
     */
    @WithDefault("db/kit")
    String location();

    /**
     * File names of the service's own migrations that once created tables the kit now owns (for example
     * {@code V13__subject_keys.sql}). Their rows leave the service's history, since the files are gone and the
     * kit's migrations create those tables now.
     */
    Optional<Set<String>> retiredMigrations();
}

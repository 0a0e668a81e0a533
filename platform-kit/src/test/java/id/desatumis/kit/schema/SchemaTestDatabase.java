package id.desatumis.kit.schema;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.PostgresServer;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A database of its own for a schema test, made anew on every run (so a run against a server that outlives the
 * JVM starts from the same state), filled by {@link #prepare} before the application starts on it.
 */
abstract class SchemaTestDatabase extends DevStackTestResource {

    /** A database made by the kit's migrations alone: the shape the kit's tables must have everywhere. */
    static final String REFERENCE = "kit_schema_reference";

    abstract String database();

    void prepare(Connection c, PostgresServer pg) throws SQLException {
    }

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", database()));
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = DevStack.shared().postgres();
        recreate(pg, database());
        recreate(pg, REFERENCE);
        Flyway.configure().dataSource(pg.jdbcUrl(REFERENCE), pg.user(), pg.password())
                .locations("classpath:db/kit").load().migrate();
        Map<String, String> config = super.start();
        try (Connection c = connect(pg, database())) {
            prepare(c, pg);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + database(), e);
        }
        return config;
    }

    static Connection connect(PostgresServer pg, String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
    }

    static List<String> referenceShape() throws SQLException {
        try (Connection c = connect(DevStack.shared().postgres(), REFERENCE)) {
            return SchemaSnapshot.kitTablesShape(c);
        }
    }

    /** Every version of the kit's migrations, as the kit's migrations alone record them. */
    static List<String> referenceKitVersions() throws SQLException {
        try (Connection c = connect(DevStack.shared().postgres(), REFERENCE)) {
            return SchemaSnapshot.versions(c, "flyway_schema_history");
        }
    }

    private static void recreate(PostgresServer pg, String database) {
        try (Connection c = connect(pg, "postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate " + database, e);
        }
    }
}

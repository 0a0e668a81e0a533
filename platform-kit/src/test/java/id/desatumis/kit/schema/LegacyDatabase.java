package id.desatumis.kit.schema;

import id.desatumis.devstack.PostgresServer;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A database as services made them until the kit kept its own schema history (main at e012114): one Flyway, one
 * history table, the kit's migrations (db/kit-old) and the service's (db/migration-old) together, including the
 * service's own copies of the kit's tables (assessment-service's V12 and V14, whose erasures allowed households
 * only). It holds keys, an erasure and access-log rows; what it held before the application started is kept in
 * {@code legacy_snapshot}, for the test to compare.
 */
public class LegacyDatabase extends SchemaTestDatabase {

    static final String NAME = "kit_schema_legacy";

    @Override
    String database() {
        return NAME;
    }

    @Override
    void prepare(Connection c, PostgresServer pg) throws SQLException {
        Flyway.configure().dataSource(pg.jdbcUrl(NAME), pg.user(), pg.password())
                .locations("classpath:db/kit-old", "classpath:db/migration-old").load().migrate();
        try (Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO subject_keys (subject_id, wrapped_key, created_at) VALUES
                      ('00000000-0000-0000-0000-00000000000a', '\\x0a0b0c', '2025-01-02T03:04:05Z'),
                      ('00000000-0000-0000-0000-00000000000b', '\\x0d0e0f', '2025-01-03T03:04:05Z')""");
            st.execute("""
                    INSERT INTO erasures (subject_id, kind, erased_by, legal_basis, erased_at) VALUES
                      ('00000000-0000-0000-0000-00000000000c', 'household', 'auditor-1', 'UU PDP art. 8',
                       '2025-02-01T00:00:00Z')""");
            st.execute("""
                    INSERT INTO personal_data_access (accessed_at, actor_sub, actor_role, household_id, purpose,
                                                      action, correlation_id) VALUES
                      ('2025-03-01T08:00:00Z', 'op-1', 'village-operator', '00000000-0000-0000-0000-00000000000a',
                       'visit', 'read-household', 'corr-1'),
                      ('2025-03-02T08:00:00Z', 'dinsos-1', 'dinsos', '00000000-0000-0000-0000-00000000000b',
                       'not stated', 'read-assessment', null)""");
            st.execute("INSERT INTO service_notes (id, note, author) VALUES (1, 'kept', 'tester')");
            st.execute("CREATE TABLE legacy_snapshot (what text, ord int, line text)");
        }
        snapshot(c, "history", SchemaSnapshot.history(c, "flyway_schema_history"));
        snapshot(c, "rows", SchemaSnapshot.kitTablesRows(c));
    }

    private static void snapshot(Connection c, String what, List<String> lines) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO legacy_snapshot VALUES (?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                ps.setString(1, what);
                ps.setInt(2, i);
                ps.setString(3, lines.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

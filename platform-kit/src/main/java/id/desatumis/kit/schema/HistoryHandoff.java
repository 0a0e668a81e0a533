package id.desatumis.kit.schema;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Brings a database made when the kit's migrations shared the service's Flyway history to the layout where the
 * kit keeps its own: the kit's rows move, with their checksums, from the service's history table to the kit's
 * (once, when the kit's table does not exist yet), and the rows of the service's retired migrations leave the
 * service's history. One transaction, logged row by row; a database that is already handed over is left as it is.
 */
final class HistoryHandoff {

    private static final Logger LOG = Logger.getLogger(HistoryHandoff.class);

    /** The two history tables, named as Flyway names them, in a schema (null: the connection's current schema). */
    record Tables(String schema, String serviceHistory, String kitHistory) {
    }

    private final DataSource dataSource;

    HistoryHandoff(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void run(Tables tables, Set<String> kitScripts, Set<String> retiredScripts) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                handOver(c, tables, kitScripts, retiredScripts);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("platform-kit: the schema history handoff failed", e);
        }
    }

    private void handOver(Connection c, Tables t, Set<String> kitScripts, Set<String> retiredScripts) throws SQLException {
        // two replicas of a service starting at once: the second waits here, then finds the work done
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('platform-kit schema history handoff'))");
        }
        String schema = t.schema() != null ? t.schema() : currentSchema(c);
        String service = qualified(schema, t.serviceHistory());
        String kit = qualified(schema, t.kitHistory());
        if (!exists(c, service)) return;
        if (!exists(c, kit)) {
            moveKitRows(c, service, kit, kitScripts);
        }
        retire(c, service, retiredScripts);
    }

    private void moveKitRows(Connection c, String service, String kit, Set<String> kitScripts) throws SQLException {
        try (Statement st = c.createStatement()) {
            // the same columns, keys and index as Flyway's own history table
            st.execute("CREATE TABLE " + kit + " (LIKE " + service + " INCLUDING ALL)");
        }
        String move = "WITH moved AS (DELETE FROM " + service + " WHERE script = ANY (?) RETURNING *) "
                + "INSERT INTO " + kit + " SELECT * FROM moved RETURNING version, script, checksum";
        int moved = 0;
        try (PreparedStatement ps = c.prepareStatement(move)) {
            ps.setArray(1, c.createArrayOf("text", kitScripts.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moved++;
                    LOG.infof("platform-kit: moved migration %s (%s, checksum %s) from %s to %s",
                            rs.getString(1), rs.getString(2), rs.getObject(3), service, kit);
                }
            }
        }
        LOG.infof("platform-kit: the kit's schema history now lives in %s (%d migrations moved from %s)", kit, moved, service);
    }

    private void retire(Connection c, String service, Set<String> retiredScripts) throws SQLException {
        if (retiredScripts.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM " + service + " WHERE script = ANY (?) RETURNING version, script, checksum")) {
            ps.setArray(1, c.createArrayOf("text", retiredScripts.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LOG.infof("platform-kit: removed retired migration %s (%s, checksum %s) from %s: the kit's "
                            + "migrations own its tables now", rs.getString(1), rs.getString(2), rs.getObject(3), service);
                }
            }
        }
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String qualified(String schema, String table) {
        return quoted(schema) + "." + quoted(table);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

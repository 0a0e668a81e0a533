package id.desatumis.devstack.proof;

import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dumps each table of a database as PostgreSQL itself prints it ({@code COPY ... TO STDOUT}, text format: one line
 * per row, bytea as hex), so what is matched is what a database dump or a backup would hold, column types and all.
 */
final class TableDump {

    /** Tables, partitions and materialized views of every schema but the system's (toast is read through its table). */
    private static final String RELATIONS = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            ORDER BY 1""";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    TableDump(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    SweepReport sweep(ValueMatcher matcher) {
        SweepReport report = new SweepReport();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            String database = c.getCatalog();
            for (String table : relations(c)) {
                String source = "table " + database + "." + table;
                report.read(source);
                String dump = copy(c, table);
                long row = 0;
                try (BufferedReader lines = new BufferedReader(new java.io.StringReader(dump))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        row++;
                        matcher.match(source, "row " + row, line, report);
                    }
                }
                report.counted(row, dump.length());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot dump " + jdbcUrl, e);
        }
        return report;
    }

    private static List<String> relations(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(RELATIONS)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** A table's rows as COPY prints them; a test database is small, so the dump is held in memory. */
    private static String copy(Connection c, String table) throws SQLException, IOException {
        StringWriter out = new StringWriter();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT * FROM " + table + ") TO STDOUT", out);
        return out.toString();
    }
}

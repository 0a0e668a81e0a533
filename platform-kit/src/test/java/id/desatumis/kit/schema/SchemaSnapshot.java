package id.desatumis.kit.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a test compares between databases: history rows, the shape of the kit's tables, their rows. */
final class SchemaSnapshot {

    static final String KIT_TABLES = "'subject_keys', 'erasures', 'personal_data_access'";

    private SchemaSnapshot() {
    }

    /** A history table's rows as "version script checksum success", in the order they were installed. */
    static List<String> history(Connection c, String table) throws SQLException {
        return lines(c, "SELECT coalesce(version, '-') || ' ' || script || ' ' || coalesce(checksum::text, '-') "
                + "|| ' ' || success FROM " + table + " ORDER BY installed_rank");
    }

    static List<String> versions(Connection c, String table) throws SQLException {
        return lines(c, "SELECT coalesce(version, '-') FROM " + table + " ORDER BY installed_rank");
    }

    /** Columns, constraints and indexes of the tables the kit owns, as PostgreSQL describes them. */
    static List<String> kitTablesShape(Connection c) throws SQLException {
        List<String> shape = new ArrayList<>(lines(c, """
                SELECT table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
                       || ' default=' || coalesce(column_default, '-') || ' identity=' || is_identity
                FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name IN (%s) ORDER BY 1""".formatted(KIT_TABLES)));
        shape.addAll(lines(c, """
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid::regclass::text IN (%s) ORDER BY 1""".formatted(KIT_TABLES)));
        shape.addAll(lines(c, """
                SELECT indexdef FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename IN (%s) ORDER BY 1""".formatted(KIT_TABLES)));
        return shape;
    }

    /** Every row of the tables the kit owns, as text. */
    static List<String> kitTablesRows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(lines(c, "SELECT t::text FROM subject_keys t ORDER BY subject_id"));
        rows.addAll(lines(c, "SELECT t::text FROM erasures t ORDER BY subject_id"));
        rows.addAll(lines(c, "SELECT t::text FROM personal_data_access t ORDER BY id"));
        return rows;
    }

    /** Both histories, the kit's tables' shape and rows: what a second start must leave as it is. */
    static List<String> everything(Connection c, String kitHistory) throws SQLException {
        List<String> all = new ArrayList<>(history(c, kitHistory));
        all.addAll(history(c, "flyway_schema_history"));
        all.addAll(kitTablesShape(c));
        all.addAll(kitTablesRows(c));
        return all;
    }

    static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}

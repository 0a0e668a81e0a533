package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Rows turned into one array per column: the parameters of a statement that writes a whole batch through
 * {@code unnest($1::uuid[], $2::text[], ...)} in one round trip.
 */
final class Columns {

    private Columns() {
    }

    /** The rows' columns, each as an array made by its factory ({@code UUID[]::new}, ...), in column order. */
    @SafeVarargs
    static Tuple of(List<Object[]> rows, IntFunction<? extends Object[]>... arrays) {
        List<Object> columns = new ArrayList<>(arrays.length);
        for (int c = 0; c < arrays.length; c++) {
            Object[] column = arrays[c].apply(rows.size());
            for (int r = 0; r < rows.size(); r++) column[r] = rows.get(r)[c];
            columns.add(column);
        }
        return Tuple.from(columns);
    }
}

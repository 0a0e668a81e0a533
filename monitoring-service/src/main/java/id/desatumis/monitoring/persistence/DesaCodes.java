package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

import java.util.HashSet;
import java.util.Set;

/** The desa codes a derivation's {@code RETURNING desa_code} named (a row without one names none). */
final class DesaCodes {

    private DesaCodes() {
    }

    static Set<String> of(RowSet<Row> rows) {
        Set<String> desa = new HashSet<>();
        rows.forEach(r -> {
            if (r.getString(0) != null) desa.add(r.getString(0));
        });
        return desa;
    }
}

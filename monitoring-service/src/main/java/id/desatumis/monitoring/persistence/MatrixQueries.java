package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The responsibility matrix as in force on a day, and the desa of a cohort. */
@ApplicationScoped
public class MatrixQueries {

    /** A cell of the matrix that has a lead on the day. */
    public record Led(String kind, String areaCode) {
    }

    /** Every kind-and-area whose latest entry in force on the day (the highest version not dated after it) has a lead. */
    public Uni<List<Led>> ledOn(SqlConnection tx, LocalDate day) {
        return tx.preparedQuery("""
                        SELECT kind, area_code FROM (
                            SELECT DISTINCT ON (kind, area_code) kind, area_code, lead_partner_id FROM responsibility
                            WHERE effective_from <= $1 ORDER BY kind, area_code, stream_version DESC) cells
                        WHERE lead_partner_id IS NOT NULL""")
                .execute(Tuple.of(day))
                .map(rows -> CollaborationQueries.list(rows, r -> new Led(r.getString(0), r.getString(1))));
    }

    /** The desa codes of a cohort, as desa_programme has them. */
    public Uni<List<String>> cohortDesa(SqlConnection tx, int intakeYear) {
        return tx.preparedQuery("SELECT desa_code FROM desa_programme WHERE intake_year = $1 ORDER BY desa_code")
                .execute(Tuple.of(intakeYear))
                .map(rows -> {
                    List<String> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getString(0)));
                    return out;
                });
    }
}

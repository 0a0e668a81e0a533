package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.NeedKind;
import id.desatumis.monitoring.domain.NeedStages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A desa's needs by kind and stage, from the needs table (its counting rules are in projection/30-assistance.sql). */
@ApplicationScoped
public class DesaNeedsQueries {

    /** One row per kind of need, every kind in order (zeros for a kind the desa has no need of). */
    public Uni<List<NeedStages>> byKind(SqlConnection tx, String desaCode) {
        return tx.preparedQuery("""
                        SELECT kind, count(*)::int, count(planned_at)::int, count(resourced_at)::int,
                               count(delivered_at)::int, count(verified_at)::int, count(disputed_at)::int,
                               (count(*) FILTER (WHERE status = 'CANCELLED'))::int,
                               (count(*) FILTER (WHERE status = 'CLOSED'))::int,
                               (count(*) FILTER (WHERE status IN ('IDENTIFIED', 'PLANNED', 'RESOURCED', 'DELIVERED',
                                                                  'DISPUTED')))::int
                        FROM needs WHERE desa_code = $1 GROUP BY kind""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    Map<String, NeedStages> byKind = new LinkedHashMap<>();
                    NeedKind.names().forEach(k -> byKind.put(k, NeedStages.none(k)));
                    rows.forEach(r -> byKind.put(r.getString(0), new NeedStages(r.getString(0), r.getInteger(1),
                            r.getInteger(2), r.getInteger(3), r.getInteger(4), r.getInteger(5), r.getInteger(6),
                            r.getInteger(7), r.getInteger(8), r.getInteger(9))));
                    return List.copyOf(byKind.values());
                });
    }
}

package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a desa's public report that no other query gives: its needs by kind and <em>current</em> status (each
 * need counted once, so the table adds up, unlike the cumulative stages of {@link DesaNeedsQueries}), what the village
 * confirmed of the deliveries by the responsible actors' partner type, and the forums held in it.
 */
@ApplicationScoped
public class PublicReportQueries {

    /** The desa's needs (as its desa page counts them: by the need's desa) by kind, then status; only those present. */
    public Uni<Map<String, Map<String, Long>>> needsByKindAndStatus(SqlConnection tx, String desaCode) {
        return tx.preparedQuery("""
                        SELECT kind, status, count(*) FROM needs WHERE desa_code = $1 GROUP BY kind, status""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
                    rows.forEach(r -> counts.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                            .put(r.getString(1), r.getLong(2)));
                    return counts;
                });
    }

    /**
     * Rupiah of the desa's counted deliveries that the village confirmed (verified, or a dispute accepted), by the
     * partner type of the intervention's responsible actor (null: an actor not registered yet).
     */
    public Uni<Map<String, Long>> verifiedByPartnerType(SqlConnection tx, String desaCode) {
        return tx.preparedQuery("""
                        SELECT a.type, coalesce(sum(x.rupiah), 0)::bigint
                        FROM deliveries x JOIN interventions i ON i.intervention_id = x.intervention_id
                             LEFT JOIN actors a ON a.partner_id = i.actor_id
                        WHERE x.status = 'VERIFIED' AND i.desa_code = $1 GROUP BY a.type""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    Map<String, Long> rupiah = new HashMap<>();
                    rows.forEach(r -> rupiah.put(r.getString(0), r.getLong(1)));
                    return rupiah;
                });
    }

    /** Forums held for the desa itself (its musyawarah desa) on or before today. */
    public Uni<Integer> forumsHeld(SqlConnection tx, String desaCode, LocalDate today) {
        return tx.preparedQuery("SELECT count(*)::int FROM forums WHERE area_code = $1 AND held_on <= $2")
                .execute(Tuple.of(desaCode, today))
                .map(rows -> rows.iterator().next().getInteger(0));
    }
}

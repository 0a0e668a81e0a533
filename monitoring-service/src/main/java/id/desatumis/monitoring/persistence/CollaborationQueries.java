package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.CollaborationIndicators.Participation;
import id.desatumis.monitoring.domain.CollaborationIndicators.PledgeFulfilment;
import id.desatumis.monitoring.domain.ForumAttendance;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Ratios;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.persistence.ScopeSql.concerns;
import static id.desatumis.monitoring.persistence.ScopeSql.inPeriod;
import static id.desatumis.monitoring.persistence.ScopeSql.inScope;
import static id.desatumis.monitoring.persistence.ScopeSql.pledgeWithin;

/** The collaboration indicators' figures, each over the same scope (see {@link ScopeSql}). */
@ApplicationScoped
public class CollaborationQueries {

    static final String COUNTED = "x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')";

    /** Delivered by the responsible actors' partner type (null: an actor not registered yet). */
    public record Delivered(String partnerType, long rupiah, long units, int interventions) {
    }

    public Uni<List<Delivered>> deliveredByPartnerType(SqlConnection tx, IndicatorScope scope) {
        return run(tx, scope, """
                SELECT a.type, coalesce(sum(x.rupiah), 0)::bigint, coalesce(sum(x.units), 0)::bigint,
                       count(DISTINCT i.intervention_id)::int
                FROM deliveries x JOIN interventions i ON i.intervention_id = x.intervention_id
                     LEFT JOIN actors a ON a.partner_id = i.actor_id
                WHERE %s AND %s AND %s GROUP BY a.type"""
                .formatted(COUNTED, inScope("i.desa_code"), inPeriod("x.delivered_on")))
                .map(rows -> list(rows, r -> new Delivered(r.getString(0), r.getLong(1), r.getLong(2), r.getInteger(3))));
    }

    public Uni<List<Participation>> forumParticipation(SqlConnection tx, IndicatorScope scope) {
        return run(tx, scope, """
                SELECT fa.partner_id, a.name, a.type,
                       (count(*) FILTER (WHERE fa.invited_at IS NOT NULL))::int,
                       (count(*) FILTER (WHERE fa.attendance IN ('PRESENT', 'REPRESENTED')))::int,
                       (count(*) FILTER (WHERE fa.attendance = 'ABSENT_WITHOUT_NOTICE'))::int
                FROM forum_attendance fa JOIN forums f ON f.forum_id = fa.forum_id
                     LEFT JOIN actors a ON a.partner_id = fa.partner_id
                WHERE f.held_on <= {today} AND %s AND %s
                GROUP BY fa.partner_id, a.name, a.type ORDER BY a.type, a.name, fa.partner_id"""
                .formatted(inScope("f.area_code"), inPeriod("f.held_on")))
                .map(rows -> list(rows, r -> {
                    ForumAttendance f = ForumAttendance.of(r.getInteger(3), r.getInteger(4), r.getInteger(5));
                    return new Participation(r.getUUID(0), r.getString(1), r.getString(2), f.invited(), f.attended(),
                            f.absentWithoutNotice(), f.attendanceRate());
                }));
    }

    /** Decisions that hold for the scope, by the type of forum that took them. */
    public Uni<Map<String, Integer>> decisionVenues(SqlConnection tx, IndicatorScope scope) {
        return run(tx, scope, """
                SELECT forum_type, count(*)::int FROM decisions d WHERE %s AND %s GROUP BY forum_type"""
                .formatted(concerns("d.area_code"), inPeriod("d.decided_on")))
                .map(rows -> {
                    Map<String, Integer> venues = new LinkedHashMap<>();
                    for (String type : List.of("MUSYAWARAH_DESA", "MUSYAWARAH_KECAMATAN", "TKPKD_COORDINATION")) {
                        venues.put(type, 0);
                    }
                    rows.forEach(r -> venues.put(r.getString(0), r.getInteger(1)));
                    return venues;
                });
    }

    public Uni<PledgeFulfilment> pledgeFulfilment(SqlConnection tx, IndicatorScope scope) {
        return run(tx, scope, """
                WITH pl AS (SELECT pledge_id, accepted_at,
                                   greatest(coalesce(rupiah, 0) - withdrawn_rupiah, 0) AS r,
                                   greatest(coalesce(units, 0) - withdrawn_units, 0) AS u
                            FROM pledges WHERE accepted_at IS NOT NULL AND %s
                              AND %s),
                used AS (SELECT rs.pledge_id, sum(rs.consumed_rupiah) AS cr, sum(rs.consumed_units) AS cu,
                                max(rs.last_consumed_at) AS last_used
                         FROM reservations rs JOIN pl ON pl.pledge_id = rs.pledge_id GROUP BY rs.pledge_id),
                days AS (SELECT percentile_cont(0.5) WITHIN GROUP (
                                    ORDER BY extract(epoch FROM rs.last_consumed_at - pl.accepted_at) / 86400) AS p50
                         FROM reservations rs JOIN pl ON pl.pledge_id = rs.pledge_id
                         WHERE rs.last_consumed_at IS NOT NULL)
                SELECT coalesce(sum(pl.r), 0)::bigint, coalesce(sum(used.cr), 0)::bigint,
                       coalesce(sum(pl.u), 0)::bigint, coalesce(sum(used.cu), 0)::bigint,
                       (SELECT p50 FROM days)::float8
                FROM pl LEFT JOIN used ON used.pledge_id = pl.pledge_id"""
                .formatted(pledgeWithin("scope_codes"), inPeriod("(accepted_at AT TIME ZONE 'Asia/Jakarta')::date")))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    long pr = r.getLong(0), cr = r.getLong(1), pu = r.getLong(2), cu = r.getLong(3);
                    Double ratio = pr > 0 ? Ratios.of(cr, pr) : Ratios.of(cu, pu);
                    return new PledgeFulfilment(pr, cr, pu, cu, ratio, Ratios.twoDecimals(r.getDouble(4)));
                });
    }

    /** Disputes raised per hundred deliveries reported (null when none was). */
    public Uni<Double> disputesPerHundredDeliveries(SqlConnection tx, IndicatorScope scope) {
        return run(tx, scope, """
                SELECT count(*), count(x.disputed_at)
                FROM deliveries x JOIN interventions i ON i.intervention_id = x.intervention_id
                WHERE %s AND %s""".formatted(inScope("i.desa_code"), inPeriod("x.delivered_on")))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    long deliveries = r.getLong(0);
                    return deliveries == 0 ? null : Ratios.twoDecimals(100.0 * r.getLong(1) / deliveries);
                });
    }

    static Uni<RowSet<Row>> run(SqlConnection tx, IndicatorScope scope, String sql) {
        NamedStatement s = ScopeSql.statement(sql, scope);
        return tx.preparedQuery(s.sql()).execute(s.values());
    }

    static <T> List<T> list(RowSet<Row> rows, java.util.function.Function<Row, T> map) {
        List<T> out = new ArrayList<>();
        rows.forEach(r -> out.add(map.apply(r)));
        return out;
    }
}

package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.Amount;
import id.desatumis.monitoring.domain.ForumAttendance;
import id.desatumis.monitoring.domain.LeadTimes;
import id.desatumis.monitoring.domain.Ratios;
import id.desatumis.monitoring.domain.Scorecard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Actors' scorecards, from the actors, pledges, reservations, budget lines, interventions and forums tables. */
@ApplicationScoped
public class ScorecardQueries {

    /** A page of registered actors (of one type, or all), by type and name. */
    public record ActorPage(List<UUID> ids, long total) {
    }

    public Uni<ActorPage> actors(SqlConnection tx, String type, int page, int size) {
        return tx.preparedQuery("""
                        SELECT partner_id, count(*) OVER () AS total FROM actors
                        WHERE type IS NOT NULL AND ($1::text IS NULL OR type = $1)
                        ORDER BY type, name, partner_id LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(type, size, (long) page * size))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    long[] total = {0};
                    rows.forEach(r -> {
                        ids.add(r.getUUID(0));
                        total[0] = r.getLong(1);
                    });
                    if (!ids.isEmpty() || page == 0) return Uni.createFrom().item(new ActorPage(ids, total[0]));
                    return tx.preparedQuery("SELECT count(*) FROM actors WHERE type IS NOT NULL AND ($1::text IS NULL OR type = $1)")
                            .execute(Tuple.of(type)).map(c -> new ActorPage(ids, c.iterator().next().getLong(0)));
                });
    }

    /** The registered actor with this id, if any: its office code (null for a partner). */
    public Uni<Optional<String>> officeOf(SqlConnection tx, UUID partnerId) {
        return tx.preparedQuery("SELECT coalesce(opd_code, '') FROM actors WHERE partner_id = $1 AND type IS NOT NULL")
                .execute(Tuple.of(partnerId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
    }

    /** The actor of an office code (the first registered, should there be several). */
    public Uni<Optional<UUID>> actorOfOffice(SqlConnection tx, String opdCode) {
        return tx.preparedQuery("""
                        SELECT partner_id FROM actors WHERE opd_code = $1 AND type IS NOT NULL
                        ORDER BY registered_at, partner_id LIMIT 1""")
                .execute(Tuple.of(opdCode))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    /** The scorecards of these actors (those registered), in the order given; overdue and forums as of today. */
    public Uni<List<Scorecard>> of(SqlConnection tx, List<UUID> actorIds, LocalDate today) {
        if (actorIds.isEmpty()) return Uni.createFrom().item(List.of());
        return tx.preparedQuery(SCORECARDS).execute(Tuple.of(actorIds.toArray(UUID[]::new), today)).map(rows -> {
            Map<UUID, Scorecard> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.getUUID("partner_id"), scorecard(r)));
            return actorIds.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    private static Scorecard scorecard(Row r) {
        return new Scorecard(r.getUUID("partner_id"), r.getString("name"), r.getString("type"),
                amount(r, "pledged"), amount(r, "reserved"), amount(r, "consumed"), amount(r, "delivered"),
                amount(r, "verified"), r.getInteger("interventions"), r.getInteger("overdue"),
                r.getInteger("disputes"),
                new LeadTimes(Ratios.twoDecimals(r.getDouble("pd50")), Ratios.twoDecimals(r.getDouble("pd90"))),
                new LeadTimes(Ratios.twoDecimals(r.getDouble("dv50")), Ratios.twoDecimals(r.getDouble("dv90"))),
                ForumAttendance.of(r.getInteger("invited"), r.getInteger("attended"), r.getInteger("absent")));
    }

    private static Amount amount(Row r, String prefix) {
        return new Amount(r.getLong(prefix + "_rupiah"), r.getLong(prefix + "_units"));
    }

    private static final String SCORECARDS = """
            WITH a AS (SELECT partner_id, type, name, opd_code FROM actors WHERE partner_id = ANY($1) AND type IS NOT NULL),
            p AS (SELECT partner_id, sum(greatest(coalesce(rupiah, 0) - withdrawn_rupiah, 0)) AS r,
                         sum(greatest(coalesce(units, 0) - withdrawn_units, 0)) AS u
                  FROM pledges WHERE partner_id = ANY($1) AND accepted_at IS NOT NULL GROUP BY partner_id),
            b AS (SELECT a.partner_id, sum(l.ceiling) AS ceiling, sum(l.committed + l.realised) AS held,
                         sum(l.realised) AS realised
                  FROM a JOIN budget_lines l ON l.owner_opd_code = a.opd_code GROUP BY a.partner_id),
            r AS (SELECT partner_id, sum(coalesce(rupiah, 0) - released_rupiah) AS rr,
                         sum(coalesce(units, 0) - released_units) AS ru,
                         sum(consumed_rupiah) AS cr, sum(consumed_units) AS cu
                  FROM reservations WHERE partner_id = ANY($1) AND confirmed_at IS NOT NULL GROUP BY partner_id),
            i AS (SELECT actor_id,
                         count(*) FILTER (WHERE stage IS DISTINCT FROM 'CANCELLED') AS n,
                         count(*) FILTER (WHERE NOT unplanned AND due_date < $2 AND delivered_at IS NULL
                                            AND stage NOT IN ('CANCELLED', 'WRITTEN_OFF')) AS overdue,
                         sum(delivered_rupiah) AS dr, sum(delivered_units) AS du,
                         sum(verified_rupiah) AS vr, sum(verified_units) AS vu, sum(disputes) AS disputes,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY delivered_on - planned_on)
                             FILTER (WHERE NOT unplanned AND delivered_on IS NOT NULL) AS pd50,
                         percentile_cont(0.9) WITHIN GROUP (ORDER BY delivered_on - planned_on)
                             FILTER (WHERE NOT unplanned AND delivered_on IS NOT NULL) AS pd90,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY verified_on - delivered_on)
                             FILTER (WHERE verified_on IS NOT NULL AND delivered_on IS NOT NULL) AS dv50,
                         percentile_cont(0.9) WITHIN GROUP (ORDER BY verified_on - delivered_on)
                             FILTER (WHERE verified_on IS NOT NULL AND delivered_on IS NOT NULL) AS dv90
                  FROM interventions WHERE actor_id = ANY($1) GROUP BY actor_id),
            f AS (SELECT fa.partner_id, count(*) FILTER (WHERE fa.invited_at IS NOT NULL) AS invited,
                         count(*) FILTER (WHERE fa.attendance IN ('PRESENT', 'REPRESENTED')) AS attended,
                         count(*) FILTER (WHERE fa.attendance = 'ABSENT_WITHOUT_NOTICE') AS absent
                  FROM forum_attendance fa JOIN forums fo ON fo.forum_id = fa.forum_id
                  WHERE fa.partner_id = ANY($1) AND fo.held_on <= $2 GROUP BY fa.partner_id)
            SELECT a.partner_id, a.name, a.type,
                   (coalesce(p.r, 0) + coalesce(b.ceiling, 0))::bigint AS pledged_rupiah,
                   coalesce(p.u, 0)::bigint AS pledged_units,
                   (coalesce(r.rr, 0) + coalesce(b.held, 0))::bigint AS reserved_rupiah,
                   coalesce(r.ru, 0)::bigint AS reserved_units,
                   (coalesce(r.cr, 0) + coalesce(b.realised, 0))::bigint AS consumed_rupiah,
                   coalesce(r.cu, 0)::bigint AS consumed_units,
                   coalesce(i.dr, 0)::bigint AS delivered_rupiah, coalesce(i.du, 0)::bigint AS delivered_units,
                   coalesce(i.vr, 0)::bigint AS verified_rupiah, coalesce(i.vu, 0)::bigint AS verified_units,
                   coalesce(i.n, 0)::int AS interventions, coalesce(i.overdue, 0)::int AS overdue,
                   coalesce(i.disputes, 0)::int AS disputes, i.pd50, i.pd90, i.dv50, i.dv90,
                   coalesce(f.invited, 0)::int AS invited, coalesce(f.attended, 0)::int AS attended,
                   coalesce(f.absent, 0)::int AS absent
            FROM a LEFT JOIN p ON p.partner_id = a.partner_id LEFT JOIN b ON b.partner_id = a.partner_id
                   LEFT JOIN r ON r.partner_id = a.partner_id LEFT JOIN i ON i.actor_id = a.partner_id
                   LEFT JOIN f ON f.partner_id = a.partner_id""";
}

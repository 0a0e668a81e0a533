package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.Funnel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.persistence.TuntasQueries.NOW;
import static id.desatumis.monitoring.persistence.TuntasQueries.identifiedAt;
import static id.desatumis.monitoring.persistence.TuntasQueries.open;
import static id.desatumis.monitoring.persistence.TuntasQueries.verifiedPoor;

/**
 * The funnel over a set of desa (a desa, a kecamatan's, the regency's, a cohort's), as of an instant, and the figures
 * of each desa of a list; docs/indicators.md ("Funnel and tuntas") defines every figure. A household counts in the
 * desa it is in now (the projection keeps no history of moves). Run through {@link ProjectionReads#read}.
 */
@ApplicationScoped
public class FunnelQueries {

    /** The instant of a funnel: the one asked for ($3; null is now), or each desa's joining (a cohort's baseline). */
    private static final String AS_ASKED = "coalesce($3::timestamptz, " + NOW + ")";
    private static final String AT_JOINING = "coalesce($3::timestamptz, p.joined_at)";

    /* $1 the desa codes, $2 a cohort (intake year) or null; the instant (with $3) is in the figures. */
    private static final String SCOPE = """
            FROM households h LEFT JOIN desa_programme p ON p.desa_code = h.desa_code
            WHERE h.desa_code = ANY($1) AND ($2::int IS NULL OR p.intake_year = $2)""";

    private static final String NEEDS_SCOPE = """
            FROM needs n JOIN households h USING (household_id) LEFT JOIN desa_programme p ON p.desa_code = h.desa_code
            WHERE h.desa_code = ANY($1) AND ($2::int IS NULL OR p.intake_year = $2)""";

    /** One desa's row of a list. */
    public record DesaRow(String desaCode, Integer intakeYear, long listed, long verifiedPoor, long needsOpen,
                          long needsSettled) {
    }

    /** The funnel of these desa (of this cohort, when one is named) as of an instant (null: now). */
    public Uni<Funnel> funnel(SqlConnection tx, List<String> desaCodes, Integer cohort, OffsetDateTime asOf) {
        return funnel(tx, desaCodes, cohort, asOf, AS_ASKED);
    }

    /** A cohort's baseline: the funnel of each of its desa as of the instant it joined the programme, summed. */
    public Uni<Funnel> baseline(SqlConnection tx, List<String> desaCodes, int cohort) {
        return funnel(tx, desaCodes, cohort, null, AT_JOINING);
    }

    /** The figures of each of these desa now, in the order given. */
    public Uni<List<DesaRow>> desaRows(SqlConnection tx, List<String> desaCodes) {
        String sql = """
                WITH d AS (SELECT code, ord FROM unnest($1::text[]) WITH ORDINALITY AS d(code, ord)),
                     hh AS (SELECT h.desa_code, count(*) FILTER (WHERE h.listed_at IS NOT NULL AND h.gone_at IS NULL) AS listed,
                                   count(*) FILTER (WHERE %1$s) AS verified_poor
                            FROM households h WHERE h.desa_code = ANY($1) GROUP BY h.desa_code),
                     nn AS (SELECT h.desa_code, count(*) FILTER (WHERE %2$s) AS open,
                                   count(*) FILTER (WHERE n.status IN ('VERIFIED', 'CLOSED')) AS settled
                            FROM needs n JOIN households h USING (household_id)
                            WHERE h.desa_code = ANY($1) AND %1$s GROUP BY h.desa_code)
                SELECT d.code, p.intake_year, coalesce(hh.listed, 0) AS listed,
                       coalesce(hh.verified_poor, 0) AS verified_poor, coalesce(nn.open, 0) AS open,
                       coalesce(nn.settled, 0) AS settled
                FROM d LEFT JOIN desa_programme p ON p.desa_code = d.code LEFT JOIN hh ON hh.desa_code = d.code
                       LEFT JOIN nn ON nn.desa_code = d.code
                ORDER BY d.ord""".formatted(verifiedPoor("h", NOW), open("n", NOW));
        return tx.preparedQuery(sql).execute(Tuple.of(desaCodes.toArray(String[]::new))).map(rows -> {
            List<DesaRow> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new DesaRow(r.getString("code"), r.getInteger("intake_year"), r.getLong("listed"),
                        r.getLong("verified_poor"), r.getLong("open"), r.getLong("settled")));
            }
            return out;
        });
    }

    private Uni<Funnel> funnel(SqlConnection tx, List<String> desaCodes, Integer cohort, OffsetDateTime asOf, String t) {
        Tuple params = Tuple.of(desaCodes.toArray(String[]::new), cohort, asOf);
        return tx.preparedQuery(households(t)).execute(params).chain(hh ->
                tx.preparedQuery(needs(t)).execute(params).chain(nn ->
                        tx.preparedQuery(identifiedByKind(t)).execute(params).map(kinds -> {
                            Map<String, Long> byKind = new HashMap<>();
                            kinds.forEach(r -> byKind.put(r.getString("kind"), r.getLong("identified")));
                            return new Funnel(households(hh.iterator().next()), needs(nn.iterator().next(), byKind));
                        })));
    }

    private static String households(String t) {
        String present = "(h.gone_at IS NULL OR h.gone_at > " + t + ")";
        String vp = verifiedPoor("h", t);
        return """
                SELECT count(*) FILTER (WHERE h.listed_at <= %1$s AND %2$s) AS listed,
                       count(*) FILTER (WHERE h.assessed_at <= %1$s AND %2$s) AS assessed,
                       count(*) FILTER (WHERE h.assessed_at <= %1$s AND %2$s
                                        AND h.found_class IN ('EXTREME_POOR', 'POOR', 'NEAR_POOR')) AS found_poor,
                       count(*) FILTER (WHERE %3$s) AS verified_poor,
                       count(*) FILTER (WHERE %3$s AND h.verified_class = 'EXTREME_POOR') AS extreme_poor,
                       count(*) FILTER (WHERE %3$s AND h.verified_class = 'POOR') AS poor,
                       count(*) FILTER (WHERE %3$s AND h.verified_class = 'NEAR_POOR') AS near_poor,
                       count(*) FILTER (WHERE %3$s AND NOT EXISTS (SELECT 1 FROM needs n
                                        WHERE n.household_id = h.household_id AND %4$s)) AS all_needs_met
                """.formatted(t, present, vp, open("n", t)) + SCOPE;
    }

    private static String needs(String t) {
        return """
                SELECT count(*) FILTER (WHERE %2$s <= %1$s) AS identified,
                       count(*) FILTER (WHERE least(n.planned_at, n.resourced_at, n.delivered_at, n.verified_at,
                                                    n.disputed_at) <= %1$s) AS planned,
                       count(*) FILTER (WHERE least(n.resourced_at, n.delivered_at, n.verified_at, n.disputed_at) <= %1$s)
                           AS resourced,
                       count(*) FILTER (WHERE least(n.delivered_at, n.verified_at, n.disputed_at) <= %1$s) AS delivered,
                       count(*) FILTER (WHERE n.verified_at <= %1$s) AS verified,
                       count(*) FILTER (WHERE n.disputed_at <= %1$s) AS disputed,
                       count(*) FILTER (WHERE n.cancelled_at <= %1$s) AS cancelled,
                       count(*) FILTER (WHERE n.closed_at <= %1$s) AS closed
                """.formatted(t, identifiedAt("n")) + NEEDS_SCOPE;
    }

    private static String identifiedByKind(String t) {
        return "SELECT n.kind, count(*) AS identified " + NEEDS_SCOPE + " AND " + identifiedAt("n") + " <= " + t
                + " GROUP BY n.kind";
    }

    private static Funnel.Households households(Row r) {
        return new Funnel.Households(r.getLong("listed"), r.getLong("assessed"), r.getLong("found_poor"),
                r.getLong("verified_poor"), Map.of("EXTREME_POOR", r.getLong("extreme_poor"),
                "POOR", r.getLong("poor"), "NEAR_POOR", r.getLong("near_poor")), r.getLong("all_needs_met"));
    }

    private static Funnel.Needs needs(Row r, Map<String, Long> byKind) {
        return new Funnel.Needs(r.getLong("identified"), byKind, r.getLong("planned"), r.getLong("resourced"),
                r.getLong("delivered"), r.getLong("verified"), r.getLong("disputed"), r.getLong("cancelled"),
                r.getLong("closed"));
    }
}

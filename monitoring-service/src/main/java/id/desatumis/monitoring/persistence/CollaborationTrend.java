package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.CollaborationIndicators.Period;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Interval;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.persistence.CollaborationQueries.COUNTED;
import static id.desatumis.monitoring.persistence.ScopeSql.inPeriod;
import static id.desatumis.monitoring.persistence.ScopeSql.inScope;

/**
 * The collaboration indicators over time: per period, rupiah delivered (counted deliveries, by their date),
 * deliveries reported (by their date), disputes raised (by the day raised) and forums held; every period from the
 * first to the last with anything in it, empty ones included.
 */
@ApplicationScoped
public class CollaborationTrend {

    public Uni<List<Period>> of(SqlConnection tx, IndicatorScope scope, Interval interval) {
        String sql = """
                WITH ev AS (
                    SELECT x.delivered_on AS d, CASE WHEN %1$s THEN coalesce(x.rupiah, 0) ELSE 0 END AS rupiah,
                           1 AS deliveries, 0 AS disputes, 0 AS forums
                    FROM deliveries x JOIN interventions i ON i.intervention_id = x.intervention_id WHERE %2$s
                    UNION ALL
                    SELECT (x.disputed_at AT TIME ZONE 'Asia/Jakarta')::date, 0, 0, 1, 0
                    FROM deliveries x JOIN interventions i ON i.intervention_id = x.intervention_id
                    WHERE x.disputed_at IS NOT NULL AND %2$s
                    UNION ALL
                    SELECT f.held_on, 0, 0, 0, 1 FROM forums f WHERE f.held_on <= {today} AND %3$s
                ), inp AS (
                    SELECT date_trunc(CAST({unit} AS text), d::timestamp) AS p, rupiah, deliveries, disputes, forums
                    FROM ev WHERE d IS NOT NULL AND %4$s
                ), periods AS (
                    SELECT generate_series(min(p), max(p), CAST(CAST({step} AS text) AS interval)) AS p FROM inp
                )
                SELECT to_char(periods.p, CAST({format} AS text)), coalesce(sum(inp.rupiah), 0)::bigint,
                       coalesce(sum(inp.deliveries), 0)::int, coalesce(sum(inp.disputes), 0)::int,
                       coalesce(sum(inp.forums), 0)::int
                FROM periods LEFT JOIN inp ON inp.p = periods.p GROUP BY periods.p ORDER BY periods.p"""
                .formatted(COUNTED, inScope("i.desa_code"), inScope("f.area_code"), inPeriod("d"));
        Map<String, Object> named = new HashMap<>();
        named.put("unit", interval.name().toLowerCase());
        named.put("step", switch (interval) {
            case MONTH -> "1 month";
            case QUARTER -> "3 months";
            case YEAR -> "1 year";
        });
        named.put("format", switch (interval) {
            case MONTH -> "YYYY-MM";
            case QUARTER -> "YYYY-\"Q\"Q";
            case YEAR -> "YYYY";
        });
        named.put("area", scope.areaCode());
        named.put("cohort", scope.cohort());
        named.put("from", scope.from());
        named.put("to", scope.to());
        named.put("today", scope.today());
        NamedStatement s = NamedStatement.of(sql, named);
        return tx.preparedQuery(s.sql()).execute(s.values()).map(rows -> CollaborationQueries.list(rows,
                r -> new Period(r.getString(0), r.getLong(1), r.getInteger(2), r.getInteger(3), r.getInteger(4))));
    }
}

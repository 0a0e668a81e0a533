package id.desatumis.assessment.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A desa's funnel, needs and verification queue, from the read model. Each household counts once, by its latest
 * assessment (by visit date); needs come from each household's current (latest verified) assessment.
 */
@ApplicationScoped
public class VillageQueries {

    private final Pool pool;

    public VillageQueries(Pool pool) {
        this.pool = pool;
    }

    private static final String LATEST = """
            SELECT DISTINCT ON (household_id) household_id, status, poverty_class, needs FROM assessment_view
            WHERE desa_code = $1 %s ORDER BY household_id, visit_date DESC, arrival DESC""";

    public Uni<Map<String, Object>> funnel(String desaCode) {
        return pool.preparedQuery("WITH latest AS (" + LATEST.formatted("") + """
                        )
                        SELECT count(*) AS assessed,
                               count(*) FILTER (WHERE poverty_class = 'EXTREME_POOR') AS extreme_poor,
                               count(*) FILTER (WHERE poverty_class = 'POOR') AS poor,
                               count(*) FILTER (WHERE poverty_class = 'NEAR_POOR') AS near_poor,
                               count(*) FILTER (WHERE poverty_class = 'NOT_POOR') AS not_poor,
                               count(*) FILTER (WHERE status = 'SUBMITTED') AS waiting,
                               count(*) FILTER (WHERE status = 'VERIFIED') AS verified,
                               count(*) FILTER (WHERE status = 'VERIFIED' AND poverty_class <> 'NOT_POOR') AS verified_poor,
                               count(*) FILTER (WHERE status = 'REJECTED') AS rejected,
                               count(*) FILTER (WHERE status = 'RETURNED') AS returned,
                               (SELECT count(*) FROM pending_assessment WHERE desa_code = $1 AND outcome IS NULL) AS pending,
                               (SELECT count(*) FROM registry_household WHERE desa_code = $1 AND standing = 'ACTIVE') AS listed
                        FROM latest""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    Map<String, Object> byClass = new LinkedHashMap<>();
                    byClass.put("EXTREME_POOR", r.getLong("extreme_poor"));
                    byClass.put("POOR", r.getLong("poor"));
                    byClass.put("NEAR_POOR", r.getLong("near_poor"));
                    byClass.put("NOT_POOR", r.getLong("not_poor"));
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("desaCode", desaCode);
                    f.put("listed", r.getLong("listed"));
                    f.put("assessed", r.getLong("assessed"));
                    f.put("byClass", byClass);
                    f.put("waitingForVerification", r.getLong("waiting"));
                    f.put("verified", r.getLong("verified"));
                    f.put("verifiedPoor", r.getLong("verified_poor"));
                    f.put("rejected", r.getLong("rejected"));
                    f.put("returned", r.getLong("returned"));
                    f.put("waitingForRegistry", r.getLong("pending"));
                    return f;
                });
    }

    public Uni<List<Map<String, Object>>> needsByKind(String desaCode) {
        return pool.preparedQuery("WITH current AS (" + LATEST.formatted("AND status = 'VERIFIED'") + """
                        )
                        SELECT n ->> 'kind' AS kind, count(DISTINCT household_id) AS households, count(*) AS needs,
                               count(*) FILTER (WHERE n ->> 'memberId' IS NOT NULL) AS members
                        FROM current, jsonb_array_elements(needs) n GROUP BY 1 ORDER BY 1""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (Row r : rows) {
                        Map<String, Object> k = new LinkedHashMap<>();
                        k.put("kind", r.getString("kind"));
                        k.put("households", r.getLong("households"));
                        k.put("members", r.getLong("members"));
                        k.put("needs", r.getLong("needs"));
                        out.add(k);
                    }
                    return out;
                });
    }

    /** Assessments waiting for verification, oldest visit first. */
    public Uni<Map<String, Object>> queue(String desaCode, int limit, int offset) {
        return pool.preparedQuery("""
                        SELECT assessment_id, household_id, visit_date, poverty_class, criteria_met, policy_version,
                               jsonb_array_length(needs) AS needs, submitted_at, count(*) OVER () AS total
                        FROM assessment_view WHERE desa_code = $1 AND status = 'SUBMITTED'
                        ORDER BY visit_date, submitted_at, assessment_id LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(desaCode, limit, offset))
                .map(rows -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    long total = 0;
                    for (Row r : rows) {
                        total = r.getLong("total");
                        Map<String, Object> i = new LinkedHashMap<>();
                        i.put("assessmentId", r.getUUID("assessment_id").toString());
                        i.put("householdId", r.getUUID("household_id").toString());
                        i.put("visitDate", r.getLocalDate("visit_date").toString());
                        i.put("povertyClass", r.getString("poverty_class"));
                        i.put("criteriaMet", r.getInteger("criteria_met"));
                        i.put("policyVersion", r.getString("policy_version"));
                        i.put("needs", r.getInteger("needs"));
                        i.put("submittedAt", r.getOffsetDateTime("submitted_at").toString());
                        items.add(i);
                    }
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("desaCode", desaCode);
                    page.put("total", total);
                    page.put("limit", limit);
                    page.put("offset", offset);
                    page.put("items", items);
                    return page;
                });
    }
}

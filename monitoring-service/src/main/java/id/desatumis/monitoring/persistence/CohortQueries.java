package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The cohorts (yearly intakes) as desa_programme has them. Run through {@link ProjectionReads#read}. */
@ApplicationScoped
public class CohortQueries {

    /** A yearly intake: its desa and the decisions that chose them. */
    public record Cohort(int intakeYear, List<String> desaCodes, List<String> decisionNumbers) {
    }

    /** A desa of a cohort: when it joined, on which decision. */
    public record Member(String desaCode, OffsetDateTime joinedAt, String decisionNumber) {
    }

    /** Every cohort, by year. */
    public Uni<List<Cohort>> all(SqlConnection tx) {
        return tx.query("""
                        SELECT intake_year, array_agg(desa_code ORDER BY desa_code) AS desa_codes,
                               array_agg(DISTINCT intake_decision) FILTER (WHERE intake_decision IS NOT NULL) AS decisions
                        FROM desa_programme WHERE intake_year IS NOT NULL GROUP BY intake_year ORDER BY intake_year""")
                .execute().map(rows -> {
                    List<Cohort> cohorts = new ArrayList<>();
                    for (Row r : rows) {
                        cohorts.add(new Cohort(r.getInteger("intake_year"), list(r.getArrayOfStrings("desa_codes")),
                                list(r.getArrayOfStrings("decisions"))));
                    }
                    return cohorts;
                });
    }

    /** The desa of one cohort, by code; empty when no desa joined that year. */
    public Uni<List<Member>> members(SqlConnection tx, int intakeYear) {
        return tx.preparedQuery("""
                        SELECT desa_code, joined_at, intake_decision FROM desa_programme WHERE intake_year = $1
                        ORDER BY desa_code""")
                .execute(Tuple.of(intakeYear)).map(rows -> {
                    List<Member> members = new ArrayList<>();
                    for (Row r : rows) {
                        members.add(new Member(r.getString("desa_code"), r.getOffsetDateTime("joined_at"),
                                r.getString("intake_decision")));
                    }
                    return members;
                });
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}

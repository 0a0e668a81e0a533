package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection's {@code desa_programme} table (owned by DesaProgrammePart): each desa's intake and tuntas
 * declaration, from monitoring's own topic. Each fact writes its own columns only, a batch's facts of one kind in one
 * statement, so the two kinds converge whatever order they come in.
 */
@ApplicationScoped
public class DesaProgrammeRows {

    /** A fact about a desa's place in the programme. */
    public sealed interface Fact {
        String desaCode();
    }

    /** The desa joined the programme: the cohort's baseline instant for it is {@code joinedAt}. */
    public record Joined(String desaCode, int intakeYear, String decisionNumber, OffsetDateTime joinedAt) implements Fact {
    }

    /** The desa was declared tuntas, with what was settled then. */
    public record Declared(String desaCode, String decisionNumber, OffsetDateTime declaredAt, int householdsMet,
                           int needsMet, int needsClosed) implements Fact {
    }

    public Uni<Void> joined(SqlConnection tx, Collection<Joined> facts) {
        List<Joined> rows = lastPerDesa(facts);
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO desa_programme (desa_code, intake_year, intake_decision, joined_at)
                        SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::timestamptz[])
                        ON CONFLICT (desa_code) DO UPDATE SET intake_year = EXCLUDED.intake_year,
                            intake_decision = EXCLUDED.intake_decision, joined_at = EXCLUDED.joined_at""")
                .execute(Tuple.of(rows.stream().map(Joined::desaCode).toArray(String[]::new),
                        rows.stream().map(Joined::intakeYear).toArray(Integer[]::new),
                        rows.stream().map(Joined::decisionNumber).toArray(String[]::new),
                        rows.stream().map(Joined::joinedAt).toArray(OffsetDateTime[]::new)))
                .replaceWithVoid();
    }

    public Uni<Void> declared(SqlConnection tx, Collection<Declared> facts) {
        List<Declared> rows = lastPerDesa(facts);
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO desa_programme (desa_code, tuntas_decision, tuntas_declared_at, households_met,
                                                    needs_met, needs_closed)
                        SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::integer[], $5::integer[],
                                             $6::integer[])
                        ON CONFLICT (desa_code) DO UPDATE SET tuntas_decision = EXCLUDED.tuntas_decision,
                            tuntas_declared_at = EXCLUDED.tuntas_declared_at, households_met = EXCLUDED.households_met,
                            needs_met = EXCLUDED.needs_met, needs_closed = EXCLUDED.needs_closed""")
                .execute(Tuple.tuple(List.of(rows.stream().map(Declared::desaCode).toArray(String[]::new),
                        rows.stream().map(Declared::decisionNumber).toArray(String[]::new),
                        rows.stream().map(Declared::declaredAt).toArray(OffsetDateTime[]::new),
                        rows.stream().map(Declared::householdsMet).toArray(Integer[]::new),
                        rows.stream().map(Declared::needsMet).toArray(Integer[]::new),
                        rows.stream().map(Declared::needsClosed).toArray(Integer[]::new))))
                .replaceWithVoid();
    }

    /** One row per desa (an upsert touches a row once): a desa's later fact of the batch wins. */
    private static <F extends Fact> List<F> lastPerDesa(Collection<F> facts) {
        Map<String, F> last = new LinkedHashMap<>();
        facts.forEach(f -> last.put(f.desaCode(), f));
        return List.copyOf(last.values());
    }
}

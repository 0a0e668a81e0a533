package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.NeedsOfHousehold;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The households table: each household as its stream last left it. Its only writer. */
@ApplicationScoped
public class HouseholdRows {

    /** A household after an append, at its stream's version. */
    public record Written(NeedsOfHousehold household, long version) {
    }

    /** A household as the queries read it. */
    public record Row(UUID householdId, String desaCode, String standing, boolean needsMetAnnounced, long version) {
    }

    /** Every household of a batch in one statement; a row behind the one written (a replay) is left as it is. */
    public Uni<Void> write(SqlClient tx, List<Written> households) {
        if (households.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO households AS h (household_id, desa_code, poverty_class, assessment_id, standing,
                                                     needs_met_announced, version)
                        SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::boolean[],
                                             $7::bigint[])
                        ON CONFLICT (household_id) DO UPDATE SET desa_code = EXCLUDED.desa_code,
                            poverty_class = EXCLUDED.poverty_class, assessment_id = EXCLUDED.assessment_id,
                            standing = EXCLUDED.standing, needs_met_announced = EXCLUDED.needs_met_announced,
                            version = EXCLUDED.version, updated_at = now()
                        WHERE h.version < EXCLUDED.version""")
                .execute(Tuple.tuple(List.of(
                        households.stream().map(w -> w.household().householdId()).toArray(UUID[]::new),
                        households.stream().map(w -> w.household().desaCode()).toArray(String[]::new),
                        households.stream().map(w -> w.household().povertyClass()).toArray(String[]::new),
                        households.stream().map(w -> w.household().assessmentId()).toArray(UUID[]::new),
                        households.stream().map(w -> w.household().standing().name()).toArray(String[]::new),
                        households.stream().map(w -> w.household().needsMetAnnounced()).toArray(Boolean[]::new),
                        households.stream().map(Written::version).toArray(Long[]::new))))
                .replaceWithVoid();
    }

    public Uni<Optional<Row>> find(SqlClient c, UUID householdId) {
        return c.preparedQuery("""
                        SELECT household_id, desa_code, standing, needs_met_announced, version
                        FROM households WHERE household_id = $1""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    if (rows.rowCount() == 0) return Optional.empty();
                    var r = rows.iterator().next();
                    return Optional.of(new Row(r.getUUID("household_id"), r.getString("desa_code"), r.getString("standing"),
                            r.getBoolean("needs_met_announced"), r.getLong("version")));
                });
    }
}

package id.desatumis.registry.persistence;

import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The normalised names of current members, per desa, for search by name. Written with the command's transaction. */
@ApplicationScoped
public class NameIndex {

    /** Replaces a household's rows with its current members' names. */
    public Uni<Void> replace(SqlClient tx, UUID householdId, String desaCode, List<Member> members) {
        return tx.preparedQuery("DELETE FROM person_names WHERE household_id = $1").execute(Tuple.of(householdId))
                .chain(() -> add(tx, householdId, desaCode, members));
    }

    public Uni<Void> add(SqlClient tx, UUID householdId, String desaCode, List<Member> members) {
        List<Tuple> rows = new ArrayList<>();
        for (Member m : members) {
            if (m.name() != null) rows.add(Tuple.of(m.memberId(), householdId, desaCode, DuplicateReview.normalisedName(m.name())));
        }
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO person_names (member_id, household_id, desa_code, name_norm) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (member_id) DO UPDATE SET household_id = EXCLUDED.household_id,
                              desa_code = EXCLUDED.desa_code, name_norm = EXCLUDED.name_norm""")
                .executeBatch(rows).replaceWithVoid();
    }

    /** Households of a desa with a member whose name contains the words given (in any case, with or without accents). */
    public Uni<List<UUID>> households(SqlClient client, String desaCode, String name, int page, int size) {
        String pattern = "%" + DuplicateReview.normalisedName(name).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return client.preparedQuery("""
                        SELECT household_id FROM person_names WHERE desa_code = $1 AND name_norm LIKE $2
                        GROUP BY household_id ORDER BY min(name_norm), household_id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(desaCode, pattern, size, page * size))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }
}

package id.desatumis.registry.persistence;

import id.desatumis.registry.domain.DuplicateReview;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The {@code person_names} table, and every statement on it: the normalised names of current members, per desa, for
 * search by name. Written in the command's transaction.
 */
@ApplicationScoped
public class PersonNames {

    /** A current member's name as compared ({@link DuplicateReview#normalisedName}). */
    public record Name(UUID memberId, UUID householdId, String desaCode, String normalised) {
    }

    public Uni<Void> addAll(SqlClient tx, List<Name> names) {
        if (names.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO person_names (member_id, household_id, desa_code, name_norm) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (member_id) DO UPDATE SET household_id = EXCLUDED.household_id,
                              desa_code = EXCLUDED.desa_code, name_norm = EXCLUDED.name_norm""")
                .executeBatch(names.stream().map(n -> Tuple.of(n.memberId(), n.householdId(), n.desaCode(), n.normalised()))
                        .toList())
                .replaceWithVoid();
    }

    /** Replaces a household's rows with its current members' names. */
    public Uni<Void> replace(SqlClient tx, UUID householdId, List<Name> current) {
        return tx.preparedQuery("DELETE FROM person_names WHERE household_id = $1").execute(Tuple.of(householdId))
                .chain(() -> addAll(tx, current));
    }

    /** A household's rows, and those of the given people wherever they are: an erasure. */
    public Uni<Void> forget(SqlClient tx, UUID householdId, Collection<UUID> people) {
        return tx.preparedQuery("DELETE FROM person_names WHERE household_id = $1 OR member_id = ANY($2)")
                .execute(Tuple.of(householdId, people.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** Households of a desa with a member whose name contains the words given (in any case, with or without accents). */
    public Uni<List<UUID>> households(SqlClient client, String desaCode, String name, int page, int size) {
        String pattern = "%" + DuplicateReview.normalisedName(name).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return client.preparedQuery("""
                        SELECT household_id FROM person_names WHERE desa_code = $1 AND name_norm LIKE $2
                        GROUP BY household_id ORDER BY min(name_norm), household_id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(desaCode, pattern, size, (long) page * size))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }
}

package id.desatumis.registry.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The {@code person_names} table, and every statement on it: the words of current members' names, each as a keyed hash,
 * per desa, for search by name. Written in the command's transaction. Rows from before names were hashed keep the
 * normalised name until {@link #inClear}/{@link #hashed} replace it.
 */
@ApplicationScoped
public class PersonNames {

    /** A current member's name as searched: the keyed hashes of its words. */
    public record Name(UUID memberId, UUID householdId, String desaCode, List<byte[]> words) {
    }

    /** A row still holding its normalised name in clear. */
    public record InClear(UUID memberId, String normalised) {
    }

    public Uni<Void> addAll(SqlClient tx, List<Name> names) {
        if (names.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO person_names (member_id, household_id, desa_code, name_words) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (member_id) DO UPDATE SET household_id = EXCLUDED.household_id,
                              desa_code = EXCLUDED.desa_code, name_words = EXCLUDED.name_words, name_norm = NULL""")
                .executeBatch(names.stream().map(n -> Tuple.of(n.memberId(), n.householdId(), n.desaCode(), buffers(n.words())))
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

    /** Households of a desa with a member whose name has every one of these words (by their keyed hashes). */
    public Uni<List<UUID>> households(SqlClient client, String desaCode, List<byte[]> words, int page, int size) {
        return client.preparedQuery("""
                        SELECT DISTINCT household_id FROM person_names WHERE desa_code = $1 AND name_words @> $2
                        ORDER BY household_id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(desaCode, buffers(words), size, (long) page * size))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }

    /** Up to {@code limit} rows still holding a name in clear (written before names were hashed). */
    public Uni<List<InClear>> inClear(SqlClient client, int limit) {
        return client.preparedQuery("SELECT member_id, name_norm FROM person_names WHERE name_norm IS NOT NULL LIMIT $1")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<InClear> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new InClear(r.getUUID(0), r.getString(1))));
                    return out;
                });
    }

    /** The row's name replaced by its words' hashes. */
    public Uni<Void> hashed(SqlClient client, UUID memberId, List<byte[]> words) {
        return client.preparedQuery("UPDATE person_names SET name_words = $2, name_norm = NULL WHERE member_id = $1")
                .execute(Tuple.of(memberId, buffers(words))).replaceWithVoid();
    }

    private static Buffer[] buffers(List<byte[]> words) {
        return words.stream().map(Buffer::buffer).toArray(Buffer[]::new);
    }
}

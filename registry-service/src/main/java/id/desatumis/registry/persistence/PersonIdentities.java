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
 * The {@code person_identity} table, and every statement on it: which living, current member holds a NIK (by keyed
 * hash). Written in the command's transaction; its primary key is the backstop when two registrations race.
 */
@ApplicationScoped
public class PersonIdentities {

    /** A NIK (keyed hash) and the member who holds it, in their household. */
    public record Identity(byte[] nikHash, UUID householdId, UUID memberId) {
    }

    /** A NIK of this household's member is held by a current member of another household. */
    public static final class NikHeldElsewhere extends RuntimeException {
        public NikHeldElsewhere() {
            super("nik held by another current member", null, false, false);
        }
    }

    /** The current holders of any of these NIK hashes. */
    public Uni<List<Identity>> holders(SqlClient client, List<byte[]> nikHashes) {
        if (nikHashes.isEmpty()) return Uni.createFrom().item(List.of());
        return client.preparedQuery("SELECT nik_hash, household_id, member_id FROM person_identity WHERE nik_hash = ANY($1)")
                .execute(Tuple.of(nikHashes.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
                .map(rows -> {
                    List<Identity> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Identity(r.getBuffer(0).getBytes(), r.getUUID(1), r.getUUID(2))));
                    return out;
                });
    }

    /** New members' NIKs: one held already fails the whole statement (23505 on person_identity). */
    public Uni<Void> insertAll(SqlClient tx, List<Identity> identities) {
        if (identities.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("INSERT INTO person_identity (nik_hash, household_id, member_id) VALUES ($1, $2, $3)")
                .executeBatch(identities.stream().map(i -> Tuple.of(Buffer.buffer(i.nikHash()), i.householdId(), i.memberId()))
                        .toList())
                .replaceWithVoid();
    }

    /**
     * Makes a household's current members the holders of their NIKs, in one statement: a member who came from another
     * household takes their row along; a NIK held by someone else fails with {@link NikHeldElsewhere}. Rows of people
     * no longer current in the household go.
     */
    public Uni<Void> claim(SqlClient tx, UUID householdId, List<Identity> current) {
        UUID[] members = current.stream().map(Identity::memberId).toArray(UUID[]::new);
        Uni<Void> stale = tx.preparedQuery("DELETE FROM person_identity WHERE household_id = $1 AND NOT (member_id = ANY($2))")
                .execute(Tuple.of(householdId, members)).replaceWithVoid();
        if (current.isEmpty()) return stale;
        return stale.chain(() -> tx.preparedQuery("""
                        INSERT INTO person_identity (nik_hash, household_id, member_id)
                        SELECT nik, $2, member FROM unnest($1::bytea[], $3::uuid[]) AS claimed(nik, member)
                        ON CONFLICT (nik_hash) DO UPDATE SET household_id = EXCLUDED.household_id
                          WHERE person_identity.member_id = EXCLUDED.member_id
                        RETURNING member_id""")
                .execute(Tuple.of(current.stream().map(i -> Buffer.buffer(i.nikHash())).toArray(Buffer[]::new), householdId,
                        members))
                .invoke(rows -> {
                    if (rows.rowCount() < current.size()) throw new NikHeldElsewhere();
                })
                .replaceWithVoid());
    }

    /** A household's rows, and those of the given people wherever they are: an erasure. */
    public Uni<Void> forget(SqlClient tx, UUID householdId, Collection<UUID> people) {
        return tx.preparedQuery("DELETE FROM person_identity WHERE household_id = $1 OR member_id = ANY($2)")
                .execute(Tuple.of(householdId, people.toArray(UUID[]::new))).replaceWithVoid();
    }
}

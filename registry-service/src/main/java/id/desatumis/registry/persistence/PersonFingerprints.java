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
 * The {@code person_fingerprint} table, and every statement on it: each registered person's likeness (a keyed hash of
 * normalised name, birth date and desa), to flag likely duplicates.
 */
@ApplicationScoped
public class PersonFingerprints {

    public record Fingerprint(byte[] fingerprint, UUID householdId, UUID memberId) {
    }

    /** The people who have any of these fingerprints. */
    public Uni<List<Fingerprint>> holders(SqlClient client, List<byte[]> fingerprints) {
        if (fingerprints.isEmpty()) return Uni.createFrom().item(List.of());
        return client.preparedQuery("SELECT fingerprint, household_id, member_id FROM person_fingerprint WHERE fingerprint = ANY($1)")
                .execute(Tuple.of(fingerprints.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
                .map(rows -> {
                    List<Fingerprint> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Fingerprint(r.getBuffer(0).getBytes(), r.getUUID(1), r.getUUID(2))));
                    return out;
                });
    }

    public Uni<Void> rememberAll(SqlClient tx, List<Fingerprint> prints) {
        if (prints.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO person_fingerprint (member_id, fingerprint, household_id) VALUES ($1, $2, $3)
                        ON CONFLICT (member_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, household_id = EXCLUDED.household_id""")
                .executeBatch(prints.stream().map(p -> Tuple.of(p.memberId(), Buffer.buffer(p.fingerprint()), p.householdId()))
                        .toList())
                .replaceWithVoid();
    }

    /** A household's rows (if any is given), and those of the given people wherever they are: an erasure. */
    public Uni<Void> forget(SqlClient tx, UUID householdId, Collection<UUID> people) {
        return tx.preparedQuery("DELETE FROM person_fingerprint WHERE household_id = $1 OR member_id = ANY($2)")
                .execute(Tuple.of(householdId, people.toArray(UUID[]::new))).replaceWithVoid();
    }
}

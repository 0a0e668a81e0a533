package id.desatumis.kit.crypto;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Data keys per subject, kept wrapped in {@code subject_keys}. Created on first use in the writing transaction;
 * read back for decryption; destroyed by erasure (the row stays, with no key). A subject without a key is erased: its
 * fields read as absent.
 */
@ApplicationScoped
public class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final MasterKey master;

    public SubjectKeys(MasterKey master) {
        this.master = master;
    }

    /** The keys of these subjects, made for those that have none yet (an erased subject gets none back). */
    public Uni<Map<UUID, byte[]>> forWriting(SqlClient tx, Set<UUID> subjects) {
        if (subjects.isEmpty()) return Uni.createFrom().item(Map.of());
        List<Tuple> rows = new ArrayList<>();
        for (UUID s : subjects) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            rows.add(Tuple.of(s, Buffer.buffer(master.wrap(key))));
        }
        return tx.preparedQuery("""
                        INSERT INTO subject_keys (subject_id, wrapped_key) SELECT $1, $2
                        WHERE NOT EXISTS (SELECT 1 FROM erasures WHERE subject_id = $1)
                        ON CONFLICT (subject_id) DO NOTHING""")
                .executeBatch(rows)
                .chain(() -> forReading(tx, subjects));
    }

    public Uni<Map<UUID, byte[]>> forReading(SqlClient client, Collection<UUID> subjects) {
        if (subjects.isEmpty()) return Uni.createFrom().item(Map.of());
        return client.preparedQuery("""
                        SELECT subject_id, wrapped_key FROM subject_keys
                         WHERE subject_id = ANY($1) AND wrapped_key IS NOT NULL""")
                .execute(Tuple.of(subjects.toArray(UUID[]::new)))
                .map(result -> {
                    Map<UUID, byte[]> keys = new HashMap<>();
                    result.forEach(r -> keys.put(r.getUUID(0), master.unwrap(r.getBuffer(1).getBytes())));
                    return keys;
                });
    }

    /** Those of these subjects that were erased (none of them is given a key again). */
    public Uni<Set<UUID>> erasedAmong(SqlClient client, Collection<UUID> subjects) {
        if (subjects.isEmpty()) return Uni.createFrom().item(Set.of());
        return client.preparedQuery("SELECT subject_id FROM erasures WHERE subject_id = ANY($1)")
                .execute(Tuple.of(subjects.toArray(UUID[]::new)))
                .map(rows -> {
                    Set<UUID> erased = new HashSet<>();
                    rows.forEach(r -> erased.add(r.getUUID(0)));
                    return erased;
                });
    }

    /**
     * Crypto-shredding: the subjects' keys are destroyed and the erasure recorded (who, when, on what basis). Each row
     * stays, with no key: a writer asking for the key of a subject whose erasure is not yet committed meets that row
     * (waits for it, or is given the key the erasure then destroys), where a deleted one let it make a new key.
     */
    public Uni<Void> erase(SqlClient tx, Map<UUID, String> subjectsByKind, String actor, String legalBasis) {
        if (subjectsByKind.isEmpty()) return Uni.createFrom().voidItem();
        List<Tuple> rows = new ArrayList<>();
        subjectsByKind.forEach((id, kind) -> rows.add(Tuple.of(id, kind, actor, legalBasis)));
        return tx.preparedQuery("""
                        INSERT INTO subject_keys (subject_id, wrapped_key) SELECT s, NULL FROM unnest($1::uuid[]) s
                        ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL""")
                .execute(Tuple.of(subjectsByKind.keySet().toArray(UUID[]::new)))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO erasures (subject_id, kind, erased_by, legal_basis) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (subject_id) DO NOTHING""").executeBatch(rows))
                .replaceWithVoid();
    }
}

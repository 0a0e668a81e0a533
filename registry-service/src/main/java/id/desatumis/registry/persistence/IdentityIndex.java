package id.desatumis.registry.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Inline read models the registry's commands check, written in the command's transaction: which living
 * person holds a NIK, which household holds a KK number (both by keyed hash), and each household's desa.
 * Unique constraints are the backstop when two registrations race.
 */
@ApplicationScoped
public class IdentityIndex {

    /** Households holding any of these NIK hashes, by hex of the hash. */
    public Uni<Map<String, UUID>> nikHolders(SqlClient client, List<byte[]> nikHashes) {
        if (nikHashes.isEmpty()) return Uni.createFrom().item(Map.of());
        return client.preparedQuery("SELECT nik_hash, household_id FROM person_identity WHERE nik_hash = ANY($1)")
                .execute(Tuple.of(nikHashes.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
                .map(rows -> {
                    Map<String, UUID> out = new HashMap<>();
                    rows.forEach(r -> out.put(HexFormat.of().formatHex(r.getBuffer("nik_hash").getBytes()), r.getUUID("household_id")));
                    return out;
                });
    }

    public Uni<UUID> kkHolder(SqlClient client, byte[] kkHash) {
        return client.preparedQuery("SELECT household_id FROM household_index WHERE kk_hash = $1")
                .execute(Tuple.of(Buffer.buffer(kkHash)))
                .map(rows -> rows.rowCount() == 0 ? null : rows.iterator().next().getUUID("household_id"));
    }

    public Uni<Void> recordPersons(SqlClient client, UUID householdId, List<UUID> memberIds, List<byte[]> nikHashes) {
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            if (nikHashes.get(i) != null) {
                rows.add(Tuple.of(Buffer.buffer(nikHashes.get(i)), householdId, memberIds.get(i)));
            }
        }
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return client.preparedQuery("INSERT INTO person_identity (nik_hash, household_id, member_id) VALUES ($1, $2, $3)")
                .executeBatch(rows).replaceWithVoid();
    }

    public Uni<Void> recordHousehold(SqlClient client, UUID householdId, String desaCode, byte[] kkHash, int members, long version,
                                     Integer desil) {
        return client.preparedQuery("""
                        INSERT INTO household_index (household_id, desa_code, kk_hash, member_count, version, desil)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (household_id) DO UPDATE SET desa_code = EXCLUDED.desa_code,
                              member_count = EXCLUDED.member_count, version = EXCLUDED.version""")
                .execute(Tuple.tuple(java.util.Arrays.asList(householdId, desaCode, Buffer.buffer(kkHash), members, version,
                        desil == null ? null : desil.shortValue())))
                .replaceWithVoid();
    }

    public Uni<Void> memberAdded(SqlClient client, UUID householdId, long version) {
        return client.preparedQuery("UPDATE household_index SET member_count = member_count + 1, version = $2 WHERE household_id = $1")
                .execute(Tuple.of(householdId, version)).replaceWithVoid();
    }
}

package id.desatumis.registry.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code household_index} table, and every statement on it: each household's desa, KK number (keyed hash), size,
 * version, desil, the household it was merged into, and whether it has its reference code. Written in the command's transaction; its unique KK hash is
 * the backstop when two registrations of one KK number race.
 */
@ApplicationScoped
public class HouseholdIndex {

    /** One household's row. */
    public record Entry(UUID householdId, String desaCode, byte[] kkHash, int memberCount, long version, UUID mergedInto,
                        Integer desil, boolean referenceCodeIssued) {
    }

    @Schema(name = "HouseholdSummary", description = "A household in a desa's list: no personal data")
    public record Summary(
            @Schema(description = "The household's id", required = true, format = "uuid",
                    examples = "8a3c1f52-6e2b-4d8f-9b1a-2f4e6c8d0a17") String householdId,
            @Schema(description = "Its desa", required = true, pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$",
                    examples = "33.14.07.2001") String desaCode,
            @Schema(description = "How many current members", required = true, minimum = "0", examples = "4") int memberCount,
            @Schema(description = "Its version, as its ETag", required = true, minimum = "1", examples = "3") long version,
            @Schema(description = "Its DTSEN decile; null when not known", nullable = true, minimum = "1", maximum = "10", examples = "2") Integer desil) {
    }

    public record Filter(String desaCode, int minMembers, int maxMembers, Integer desil, Boolean flagged) {
    }

    public record Page(List<Summary> items, long total) {
    }

    public Uni<UUID> holderOfKk(SqlClient client, byte[] kkHash) {
        return client.preparedQuery("SELECT household_id FROM household_index WHERE kk_hash = $1")
                .execute(Tuple.of(Buffer.buffer(kkHash)))
                .map(rows -> rows.rowCount() == 0 ? null : rows.iterator().next().getUUID(0));
    }

    /** Which of these KK hashes are registered already, as hex. */
    public Uni<Set<String>> kkTaken(SqlClient client, List<byte[]> kkHashes) {
        return client.preparedQuery("SELECT kk_hash FROM household_index WHERE kk_hash = ANY($1)")
                .execute(Tuple.of(kkHashes.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
                .map(rows -> {
                    Set<String> out = new HashSet<>();
                    rows.forEach(r -> out.add(HexFormat.of().formatHex(r.getBuffer(0).getBytes())));
                    return out;
                });
    }

    /** New households: a KK number held already fails the whole statement (23505 on household_index_kk). */
    public Uni<Void> insertAll(SqlClient tx, List<Entry> entries) {
        if (entries.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO household_index (household_id, desa_code, kk_hash, member_count, version, merged_into, desil,
                                                     reference_code_issued)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .executeBatch(entries.stream().map(HouseholdIndex::tuple).toList()).replaceWithVoid();
    }

    public Uni<Void> upsert(SqlClient tx, Entry e) {
        return tx.preparedQuery("""
                        INSERT INTO household_index (household_id, desa_code, kk_hash, member_count, version, merged_into, desil,
                                                     reference_code_issued)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                        ON CONFLICT (household_id) DO UPDATE SET desa_code = EXCLUDED.desa_code, kk_hash = EXCLUDED.kk_hash,
                              member_count = EXCLUDED.member_count, version = EXCLUDED.version,
                              merged_into = EXCLUDED.merged_into, desil = EXCLUDED.desil,
                              reference_code_issued = EXCLUDED.reference_code_issued""")
                .execute(tuple(e)).replaceWithVoid();
    }

    public Uni<Void> forget(SqlClient tx, UUID householdId) {
        return tx.preparedQuery("DELETE FROM household_index WHERE household_id = $1").execute(Tuple.of(householdId))
                .replaceWithVoid();
    }

    /**
     * A desa's households not merged away, oldest first, with the total. {@code flagged} filters on open duplicate
     * flags (read from {@code duplicate_flags}, which {@link DuplicateFlags} writes).
     */
    public Uni<Page> page(SqlClient client, Filter f, int page, int size) {
        String where = " FROM household_index WHERE desa_code = $1 AND merged_into IS NULL AND member_count BETWEEN $2 AND $3"
                + " AND ($4::int IS NULL OR desil = $4::int)"
                + " AND ($5::boolean IS NULL OR $5::boolean = EXISTS (SELECT 1 FROM duplicate_flags f"
                + " WHERE f.household_id = household_index.household_id AND f.status = 'open'))";
        List<Object> params = Arrays.asList(f.desaCode(), f.minMembers(), f.maxMembers(), f.desil(), f.flagged());
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        return client.preparedQuery("SELECT household_id, desa_code, member_count, version, desil" + where
                        + " ORDER BY registered_at, household_id LIMIT $6 OFFSET $7")
                .execute(Tuple.tuple(paged))
                .chain(rows -> {
                    List<Summary> items = new ArrayList<>();
                    rows.forEach(r -> items.add(new Summary(r.getUUID(0).toString(), r.getString(1), r.getInteger(2),
                            r.getLong(3), r.getInteger(4))));
                    return client.preparedQuery("SELECT count(*)" + where).execute(Tuple.tuple(params))
                            .map(c -> new Page(items, c.iterator().next().getLong(0)));
                });
    }

    /**
     * Up to {@code limit} households, in id order after {@code after} (null: from the first), that are not merged away
     * and have no reference code yet: the backfill's next batch.
     */
    public Uni<List<UUID>> withoutReferenceCode(SqlClient client, UUID after, int limit) {
        return client.preparedQuery("""
                        SELECT household_id FROM household_index
                        WHERE NOT reference_code_issued AND merged_into IS NULL AND ($1::uuid IS NULL OR household_id > $1::uuid)
                        ORDER BY household_id LIMIT $2""")
                .execute(Tuple.of(after, limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return ids;
                });
    }

    private static Tuple tuple(Entry e) {
        return Tuple.tuple(Arrays.asList(e.householdId(), e.desaCode(), Buffer.buffer(e.kkHash()), e.memberCount(),
                e.version(), e.mergedInto(), e.desil() == null ? null : e.desil().shortValue(), e.referenceCodeIssued()));
    }
}

package id.desatumis.registry.persistence;

import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Brings the inline indexes of one household in line with its state after a command, in the command's
 * transaction: its desa, KK number (keyed hash) and size, and one identity row per current member with a NIK.
 * A NIK held by another current person fails with {@link NikHeldElsewhere}; a KK number held by another household
 * fails on the unique constraint. Sync the household people leave before the one they join.
 */
@ApplicationScoped
public class IndexSync {

    private final IdentityHasher hasher;
    private final NameIndex names;

    public IndexSync(IdentityHasher hasher, NameIndex names) {
        this.hasher = hasher;
        this.names = names;
    }

    /** A NIK of this household's member is held by a current member of another household. */
    public static final class NikHeldElsewhere extends RuntimeException {
        public NikHeldElsewhere() {
            super("nik held by another current member", null, false, false);
        }
    }

    public Uni<Void> sync(SqlClient tx, Household.State s) {
        UUID[] current = s.members().stream().map(Member::memberId).toArray(UUID[]::new);
        Uni<Void> chain = tx.preparedQuery("""
                        INSERT INTO household_index (household_id, desa_code, kk_hash, member_count, version, merged_into, desil)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        ON CONFLICT (household_id) DO UPDATE SET desa_code = EXCLUDED.desa_code, kk_hash = EXCLUDED.kk_hash,
                              member_count = EXCLUDED.member_count, version = EXCLUDED.version,
                              merged_into = EXCLUDED.merged_into, desil = EXCLUDED.desil""")
                .execute(Tuple.tuple(java.util.Arrays.asList(s.householdId(), s.desaCode(),
                        Buffer.buffer(hasher.kk(s.kkNumber())), s.members().size(), s.version(), s.mergedInto(),
                        s.desil() == null ? null : s.desil().shortValue())))
                .chain(() -> tx.preparedQuery("DELETE FROM person_identity WHERE household_id = $1 AND NOT (member_id = ANY($2))")
                        .execute(Tuple.of(s.householdId(), current)))
                .replaceWithVoid();
        for (Member m : s.members()) {
            if (m.nik() == null) continue;
            chain = chain.chain(() -> claim(tx, s.householdId(), m));
        }
        return chain.chain(() -> names.replace(tx, s.householdId(), s.desaCode(), s.members()));
    }

    private Uni<Void> claim(SqlClient tx, UUID householdId, Member m) {
        return tx.preparedQuery("""
                        INSERT INTO person_identity (nik_hash, household_id, member_id) VALUES ($1, $2, $3)
                        ON CONFLICT (nik_hash) DO UPDATE SET household_id = EXCLUDED.household_id
                          WHERE person_identity.member_id = EXCLUDED.member_id
                        RETURNING member_id""")
                .execute(Tuple.of(Buffer.buffer(hasher.nik(m.nik())), householdId, m.memberId()))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) throw new NikHeldElsewhere();
                })
                .replaceWithVoid();
    }

}

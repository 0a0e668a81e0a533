package id.desatumis.registry.application;

import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;
import id.desatumis.registry.domain.Member;
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
 * Finds the likely duplicates of new members among those registered (reads only, so it may run before the
 * append) and keeps the fingerprints and the review queue (after it, in the same transaction).
 */
@ApplicationScoped
public class DuplicateDetector {

    private final IdentityHasher hasher;

    public DuplicateDetector(IdentityHasher hasher) {
        this.hasher = hasher;
    }

    /** A new member and the registered one it resembles. */
    public record Candidate(UUID householdId, String desaCode, UUID memberId, UUID otherHouseholdId, UUID otherMemberId,
                            String reason) {
        public LikelyDuplicateFlagged flag() {
            return new LikelyDuplicateFlagged(householdId, desaCode, UUID.randomUUID(), memberId, otherHouseholdId,
                    otherMemberId, reason);
        }
    }

    /** A new household's members, with its id and desa. */
    public record NewMembers(UUID householdId, String desaCode, List<Member> members) {
    }

    public Uni<List<Candidate>> find(SqlClient tx, List<NewMembers> households) {
        Map<String, Object[]> byFingerprint = new HashMap<>();
        Map<String, Object[]> byTransposition = new HashMap<>();
        for (NewMembers h : households) {
            for (Member m : h.members()) {
                Object[] who = {h.householdId(), h.desaCode(), m.memberId()};
                if (m.name() != null && m.birthDate() != null) {
                    byFingerprint.put(hex(fingerprint(m, h.desaCode())), who);
                }
                if (m.nik() != null) {
                    for (String t : DuplicateReview.transpositions(m.nik())) byTransposition.put(hex(hasher.nik(t)), who);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        return tx.preparedQuery("SELECT fingerprint, household_id, member_id FROM person_fingerprint WHERE fingerprint = ANY($1)")
                .execute(Tuple.of(buffers(byFingerprint)))
                .invoke(rows -> rows.forEach(r -> add(out, byFingerprint.get(hex(r.getBuffer(0).getBytes())),
                        r.getUUID(1), r.getUUID(2), DuplicateReview.SAME_NAME_AND_BIRTH_DATE)))
                .chain(() -> tx.preparedQuery("SELECT nik_hash, household_id, member_id FROM person_identity WHERE nik_hash = ANY($1)")
                        .execute(Tuple.of(buffers(byTransposition))))
                .invoke(rows -> rows.forEach(r -> add(out, byTransposition.get(hex(r.getBuffer(0).getBytes())),
                        r.getUUID(1), r.getUUID(2), DuplicateReview.NIK_TRANSPOSITION)))
                .replaceWith(out);
    }

    /** Keeps the new members' fingerprints and the flags' review rows. */
    public Uni<Void> remember(SqlClient tx, List<NewMembers> households, List<LikelyDuplicateFlagged> flags) {
        List<Tuple> prints = new ArrayList<>();
        for (NewMembers h : households) {
            for (Member m : h.members()) {
                if (m.name() != null && m.birthDate() != null) {
                    prints.add(Tuple.of(m.memberId(), Buffer.buffer(fingerprint(m, h.desaCode())), h.householdId()));
                }
            }
        }
        List<Tuple> rows = new ArrayList<>();
        for (LikelyDuplicateFlagged f : flags) {
            rows.add(Tuple.tuple(List.of(f.flagId(), f.householdId(), f.memberId(), f.otherHouseholdId(), f.otherMemberId(),
                    f.desaCode(), f.reason())));
        }
        Uni<Void> chain = prints.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO person_fingerprint (member_id, fingerprint, household_id) VALUES ($1, $2, $3)
                        ON CONFLICT (member_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, household_id = EXCLUDED.household_id""")
                .executeBatch(prints).replaceWithVoid();
        return rows.isEmpty() ? chain : chain.chain(() -> tx.preparedQuery("""
                        INSERT INTO duplicate_flags (flag_id, household_id, member_id, other_household_id, other_member_id,
                                                     desa_code, reason, status)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, 'open')""").executeBatch(rows).replaceWithVoid());
    }

    private byte[] fingerprint(Member m, String desa) {
        return hasher.fingerprint(DuplicateReview.normalisedName(m.name()), m.birthDate(), desa);
    }

    private static void add(List<Candidate> out, Object[] who, UUID otherHousehold, UUID otherMember, String reason) {
        if (who == null || otherHousehold.equals(who[0])) return;
        out.add(new Candidate((UUID) who[0], (String) who[1], (UUID) who[2], otherHousehold, otherMember, reason));
    }

    private static Buffer[] buffers(Map<String, Object[]> byHex) {
        return byHex.keySet().stream().map(h -> Buffer.buffer(HexFormat.of().parseHex(h))).toArray(Buffer[]::new);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

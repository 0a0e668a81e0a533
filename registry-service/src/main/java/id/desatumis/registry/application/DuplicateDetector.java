package id.desatumis.registry.application;

import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.persistence.PersonFingerprints;
import id.desatumis.registry.persistence.PersonIdentities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the likely duplicates of new members among those registered: the same likeness (name, birth date, desa), or a
 * NIK one transposition away. Reads only, so it runs before the append; the likenesses of the new members are kept
 * with the append ({@link HouseholdReadModels}).
 */
@ApplicationScoped
public class DuplicateDetector {

    private final IdentityHasher hasher;
    private final PersonFingerprints fingerprints;
    private final PersonIdentities identities;

    public DuplicateDetector(IdentityHasher hasher, PersonFingerprints fingerprints, PersonIdentities identities) {
        this.hasher = hasher;
        this.fingerprints = fingerprints;
        this.identities = identities;
    }

    /** A new household's members, with its id and desa. */
    public record NewMembers(UUID householdId, String desaCode, List<Member> members) {
    }

    /** A new member who resembles someone registered, by hex of the hash they share. */
    private record Who(UUID householdId, String desaCode, UUID memberId) {
    }

    /** The flags to raise, each on a new member and the registered person they resemble. */
    public Uni<List<LikelyDuplicateFlagged>> find(SqlClient tx, List<NewMembers> households) {
        Map<String, Who> byFingerprint = new HashMap<>();
        Map<String, Who> byTransposition = new HashMap<>();
        for (NewMembers h : households) {
            for (Member m : h.members()) {
                Who who = new Who(h.householdId(), h.desaCode(), m.memberId());
                byte[] print = hasher.fingerprint(m, h.desaCode());
                if (print != null) byFingerprint.put(hex(print), who);
                if (m.nik() != null) {
                    for (String t : DuplicateReview.transpositions(m.nik())) byTransposition.put(hex(hasher.nik(t)), who);
                }
            }
        }
        List<LikelyDuplicateFlagged> out = new ArrayList<>();
        return fingerprints.holders(tx, unhex(byFingerprint))
                .invoke(found -> found.forEach(f -> flag(out, byFingerprint.get(hex(f.fingerprint())), f.householdId(),
                        f.memberId(), DuplicateReview.SAME_NAME_AND_BIRTH_DATE)))
                .chain(() -> identities.holders(tx, unhex(byTransposition)))
                .invoke(found -> found.forEach(i -> flag(out, byTransposition.get(hex(i.nikHash())), i.householdId(),
                        i.memberId(), DuplicateReview.NIK_TRANSPOSITION)))
                .replaceWith(out);
    }

    private static void flag(List<LikelyDuplicateFlagged> out, Who who, UUID otherHousehold, UUID otherMember, String reason) {
        if (who == null || otherHousehold.equals(who.householdId())) return;
        out.add(new LikelyDuplicateFlagged(who.householdId(), who.desaCode(), UUID.randomUUID(), who.memberId(),
                otherHousehold, otherMember, reason));
    }

    private static List<byte[]> unhex(Map<String, Who> byHex) {
        return byHex.keySet().stream().map(HexFormat.of()::parseHex).toList();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

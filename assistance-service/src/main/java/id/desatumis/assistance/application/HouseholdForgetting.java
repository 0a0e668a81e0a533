package id.desatumis.assistance.application;

import id.desatumis.assistance.persistence.HouseholdMerges;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * When the registry erases a household, this service forgets what was written about it: the household's data key is
 * deleted with the keys of the households merged into it (crypto-shredding), so the free texts sealed under them, in
 * every event of its needs and of its interventions, can no longer be read by anyone, and the erasure is recorded (no
 * key is made for it again). The events stay, so the hash chains still verify. A person erased alone takes nothing
 * here: the texts are the household's (see the README).
 */
@ApplicationScoped
public class HouseholdForgetting {

    private final SubjectKeys keys;
    private final HouseholdMerges merges;

    public HouseholdForgetting(SubjectKeys keys, HouseholdMerges merges) {
        this.keys = keys;
        this.merges = merges;
    }

    /**
     * Deletes the keys of the households erased by this batch's news ({@code causes} holds each one's metadata), after
     * its events were appended (a withdrawn intervention's reason is sealed with the key first): an erased household's
     * with its family's, and a household's merged into one already erased (the registry tells of the merge on the
     * duplicate's stream and of the erasure on the survivor's, so they may come in either order).
     */
    public Uni<Void> forget(SqlConnection tx, List<HouseholdNews> fresh, List<EventMetadata> causes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < fresh.size(); i++) {
            String cause = "(event " + causes.get(i).causationId() + ")";
            if (fresh.get(i) instanceof HouseholdNews.Erased erased) {
                chain = chain.chain(() -> eraseFamily(tx, erased.householdId(), "erased in the registry " + cause));
            } else if (fresh.get(i) instanceof HouseholdNews.MergedAway merged) {
                UUID survivor = merged.survivorId();
                chain = chain.chain(() -> merges.lock(tx, Set.of(survivor)))
                        .chain(() -> keys.erasedAmong(tx, Set.of(survivor)))
                        .chain(erasedBefore -> erasedBefore.isEmpty() ? Uni.createFrom().voidItem() : eraseFamily(tx,
                                merged.householdId(), "merged into " + survivor + ", erased in the registry " + cause));
            }
        }
        return chain;
    }

    private Uni<Void> eraseFamily(SqlConnection tx, UUID household, String basis) {
        return lockedFamily(tx, household, Set.of()).chain(family -> {
            Map<UUID, String> subjects = new TreeMap<>();
            family.forEach(h -> subjects.put(h, "household"));
            return keys.erase(tx, subjects, "registry-service", basis);
        });
    }

    /**
     * The household and every household merged into it, each locked before the family is read again: a merge into one
     * of them that commits meanwhile is found, and one that comes later finds the erasure.
     */
    private Uni<Set<UUID>> lockedFamily(SqlConnection tx, UUID household, Set<UUID> locked) {
        return merges.withMergedInto(tx, Set.of(household)).chain(family -> {
            Set<UUID> unlocked = new TreeSet<>(family);
            unlocked.removeAll(locked);
            if (unlocked.isEmpty()) return Uni.createFrom().item(family);
            Set<UUID> nowLocked = new HashSet<>(locked);
            nowLocked.addAll(unlocked);
            return merges.lock(tx, unlocked).chain(() -> lockedFamily(tx, household, nowLocked));
        });
    }
}

package id.desatumis.assistance.application;

import id.desatumis.assistance.persistence.HouseholdMerges;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
     * its events were appended (a withdrawn intervention's reason is sealed with the key first).
     */
    public Uni<Void> forget(SqlConnection tx, List<HouseholdNews> fresh, List<EventMetadata> causes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < fresh.size(); i++) {
            if (!(fresh.get(i) instanceof HouseholdNews.Erased erased)) continue;
            String basis = "erased in the registry (event " + causes.get(i).causationId() + ")";
            chain = chain.chain(() -> merges.withMergedInto(tx, Set.of(erased.householdId())))
                    .chain(family -> {
                        Map<UUID, String> subjects = new TreeMap<>();
                        family.forEach(h -> subjects.put(h, "household"));
                        return keys.erase(tx, subjects, "registry-service", basis);
                    });
        }
        return chain;
    }
}

package id.desatumis.registry.application.imports;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.registry.application.DuplicateDetector;
import id.desatumis.registry.application.HouseholdAggregate;
import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.registry.application.ReferenceCodeIssuer;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.persistence.HouseholdIndex;
import id.desatumis.registry.persistence.PersonIdentities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registers many families in one short transaction: those whose KK number or a member's NIK is already
 * registered (or appears earlier in the same batch) are refused, the rest appended together with their first reference
 * codes (their stream locks first, their keys made and their read models written set-based for the whole batch).
 */
@ApplicationScoped
public class BulkRegistration {

    private final Pool pool;
    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final HouseholdIndex index;
    private final PersonIdentities identities;
    private final IdentityHasher hasher;
    private final DuplicateDetector detector;
    private final ReferenceCodeIssuer referenceCodes;

    public BulkRegistration(Pool pool, AggregateStore aggregates, HouseholdAggregate households, HouseholdIndex index,
                            PersonIdentities identities, IdentityHasher hasher, DuplicateDetector detector,
                            ReferenceCodeIssuer referenceCodes) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.households = households;
        this.index = index;
        this.identities = identities;
        this.hasher = hasher;
        this.detector = detector;
        this.referenceCodes = referenceCodes;
    }

    /** Which plans were registered; the others are returned with the rule that refused them. */
    public record Outcome(List<FamilyPlan> registered, List<FamilyPlan> duplicates, List<String> duplicateRules,
                          int flaggedRows) {
        public Outcome(List<FamilyPlan> registered, List<FamilyPlan> duplicates, List<String> duplicateRules) {
            this(registered, duplicates, duplicateRules, 0);
        }
    }

    private static final String KK = "kk:";
    private static final String NIK = "nik:";

    public Uni<Outcome> register(List<FamilyPlan> plans, EventMetadata metadata) {
        // each family's NIK and KK numbers hashed once, for the lookup and the clashes within the batch
        List<Keyed> keyed = plans.stream().map(p -> new Keyed(p, keysOf(p.command()))).toList();
        return pool.withTransaction(tx -> existing(tx, keyed).chain(taken -> {
            List<FamilyPlan> fresh = new ArrayList<>();
            List<FamilyPlan> duplicates = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            Set<String> seen = new HashSet<>(taken);
            for (Keyed k : keyed) {
                String clash = clash(k.keys(), seen);
                if (clash != null) {
                    duplicates.add(k.plan());
                    rules.add(clash);
                } else {
                    fresh.add(k.plan());
                    seen.addAll(k.keys());
                }
            }
            if (fresh.isEmpty()) return Uni.createFrom().item(new Outcome(fresh, duplicates, rules));
            List<String> streams = fresh.stream().map(p -> HouseholdAggregate.stream(p.command().householdId())).sorted().toList();
            List<DuplicateDetector.NewMembers> newMembers = fresh.stream().map(p -> new DuplicateDetector.NewMembers(
                    p.command().householdId(), p.command().desaCode(), p.command().members())).toList();
            return aggregates.lock(tx, streams)
                    .chain(() -> detector.find(tx, newMembers))
                    .chain(flags -> appended(tx, fresh, flags, metadata).map(ignored -> new Outcome(fresh, duplicates, rules,
                            (int) flags.stream().map(HouseholdEvent.LikelyDuplicateFlagged::memberId).distinct().count())));
        }));
    }

    private Uni<Void> appended(SqlConnection tx, List<FamilyPlan> fresh, List<HouseholdEvent.LikelyDuplicateFlagged> flags,
                                  EventMetadata metadata) {
        Map<UUID, List<HouseholdEvent>> events = new HashMap<>();
        for (FamilyPlan p : fresh) {
            events.put(p.command().householdId(), referenceCodes.withFirstCode(Household.decide(Household.State.EMPTY, p.command())));
        }
        flags.forEach(f -> events.get(f.householdId()).add(f));
        List<Change<?, ?>> changes = fresh.stream().<Change<?, ?>>map(p -> new Change<>(households,
                aggregates.fresh(households, p.command().householdId()), events.get(p.command().householdId()))).toList();
        return aggregates.appendAll(tx, changes, metadata).replaceWithVoid();
    }

    /** A family and its identity keys: {@code kk:<hex>} first, then {@code nik:<hex>} of each member with a NIK. */
    private record Keyed(FamilyPlan plan, List<String> keys) {
    }

    /** The NIK and KK hashes of the batch that are registered already (as hex, prefixed with their kind). */
    private Uni<Set<String>> existing(SqlConnection tx, List<Keyed> keyed) {
        List<byte[]> niks = new ArrayList<>();
        List<byte[]> kks = new ArrayList<>();
        for (Keyed k : keyed) {
            for (String key : k.keys()) {
                if (key.startsWith(KK)) kks.add(HexFormat.of().parseHex(key.substring(KK.length())));
                else niks.add(HexFormat.of().parseHex(key.substring(NIK.length())));
            }
        }
        Set<String> taken = new HashSet<>();
        return identities.holders(tx, niks)
                .invoke(found -> found.forEach(i -> taken.add(NIK + hex(i.nikHash()))))
                .chain(() -> index.kkTaken(tx, kks))
                .invoke(found -> found.forEach(h -> taken.add(KK + h)))
                .replaceWith(taken);
    }

    /** The rule a family breaks against what is registered or earlier in the batch: its KK number first. */
    private static String clash(List<String> keys, Set<String> seen) {
        if (seen.contains(keys.get(0))) return "kk-already-registered";
        for (String key : keys.subList(1, keys.size())) {
            if (seen.contains(key)) return "nik-already-registered";
        }
        return null;
    }

    private List<String> keysOf(RegisterHousehold c) {
        List<String> keys = new ArrayList<>();
        keys.add(KK + hex(hasher.kk(c.kkNumber())));
        c.members().stream().filter(m -> m.nik() != null).forEach(m -> keys.add(NIK + hex(hasher.nik(m.nik()))));
        return keys;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

package id.desatumis.registry.application.imports;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.registry.application.DuplicateDetector;
import id.desatumis.registry.application.HouseholdAggregate;
import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
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
 * registered (or appears earlier in the same batch) are refused, the rest appended together (their stream locks
 * first, their keys made and their read models written set-based for the whole batch).
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

    public BulkRegistration(Pool pool, AggregateStore aggregates, HouseholdAggregate households, HouseholdIndex index,
                            PersonIdentities identities, IdentityHasher hasher, DuplicateDetector detector) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.households = households;
        this.index = index;
        this.identities = identities;
        this.hasher = hasher;
        this.detector = detector;
    }

    /** Which plans were registered; the others are returned with the rule that refused them. */
    public record Outcome(List<FamilyPlan> registered, List<FamilyPlan> duplicates, List<String> duplicateRules,
                          int flaggedRows) {
        public Outcome(List<FamilyPlan> registered, List<FamilyPlan> duplicates, List<String> duplicateRules) {
            this(registered, duplicates, duplicateRules, 0);
        }
    }

    public Uni<Outcome> register(List<FamilyPlan> plans, EventMetadata metadata) {
        return pool.withTransaction(tx -> existing(tx, plans).chain(taken -> {
            List<FamilyPlan> fresh = new ArrayList<>();
            List<FamilyPlan> duplicates = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            Set<String> seen = new HashSet<>(taken);
            for (FamilyPlan p : plans) {
                String clash = clash(p.command(), seen);
                if (clash != null) {
                    duplicates.add(p);
                    rules.add(clash);
                } else {
                    fresh.add(p);
                    seen.addAll(keysOf(p.command()));
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
            events.put(p.command().householdId(), new ArrayList<>(Household.decide(Household.State.EMPTY, p.command())));
        }
        flags.forEach(f -> events.get(f.householdId()).add(f));
        List<Change<?, ?>> changes = fresh.stream().<Change<?, ?>>map(p -> new Change<>(households,
                aggregates.fresh(households, p.command().householdId()), events.get(p.command().householdId()))).toList();
        return aggregates.appendAll(tx, changes, metadata).replaceWithVoid();
    }

    /** The NIK and KK hashes of the batch that are registered already (as hex, prefixed with their kind). */
    private Uni<Set<String>> existing(SqlConnection tx, List<FamilyPlan> plans) {
        List<byte[]> niks = new ArrayList<>();
        List<byte[]> kks = new ArrayList<>();
        for (FamilyPlan p : plans) {
            kks.add(hasher.kk(p.command().kkNumber()));
            for (Member m : p.command().members()) if (m.nik() != null) niks.add(hasher.nik(m.nik()));
        }
        Set<String> taken = new HashSet<>();
        return identities.holders(tx, niks)
                .invoke(found -> found.forEach(i -> taken.add("nik:" + hex(i.nikHash()))))
                .chain(() -> index.kkTaken(tx, kks))
                .invoke(found -> found.forEach(h -> taken.add("kk:" + h)))
                .replaceWith(taken);
    }

    private String clash(RegisterHousehold c, Set<String> seen) {
        if (seen.contains("kk:" + hex(hasher.kk(c.kkNumber())))) return "kk-already-registered";
        for (Member m : c.members()) {
            if (m.nik() != null && seen.contains("nik:" + hex(hasher.nik(m.nik())))) return "nik-already-registered";
        }
        return null;
    }

    private List<String> keysOf(RegisterHousehold c) {
        List<String> keys = new ArrayList<>();
        keys.add("kk:" + hex(hasher.kk(c.kkNumber())));
        c.members().stream().filter(m -> m.nik() != null).forEach(m -> keys.add("nik:" + hex(hasher.nik(m.nik()))));
        return keys;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

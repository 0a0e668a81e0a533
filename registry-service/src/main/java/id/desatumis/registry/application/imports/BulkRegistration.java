package id.desatumis.registry.application.imports;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.registry.application.DuplicateDetector;
import id.desatumis.registry.application.HouseholdEventCodec;
import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Registers many families in one short transaction: those whose KK number or a member's NIK is already
 * registered (or appears earlier in the same batch) are refused, the rest appended together with their
 * indexes. The stream locks come first, before the data-key writes, as in every append.
 */
@ApplicationScoped
public class BulkRegistration {

    private final Pool pool;
    private final EventStore store;
    private final HouseholdEventCodec codec;
    private final IdentityHasher hasher;
    private final DuplicateDetector detector;

    public BulkRegistration(Pool pool, EventStore store, HouseholdEventCodec codec, IdentityHasher hasher,
                            DuplicateDetector detector) {
        this.detector = detector;
        this.pool = pool;
        this.store = store;
        this.codec = codec;
        this.hasher = hasher;
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
                    keysOf(p.command()).forEach(seen::add);
                }
            }
            if (fresh.isEmpty()) return Uni.createFrom().item(new Outcome(fresh, duplicates, rules));
            List<String> streams = fresh.stream().map(p -> HouseholdEventCodec.streamId(p.command().householdId())).toList();
            List<DuplicateDetector.NewMembers> newMembers = fresh.stream().map(p -> new DuplicateDetector.NewMembers(
                    p.command().householdId(), p.command().desaCode(), p.command().members())).toList();
            return detector.find(tx, newMembers).chain(candidates -> {
                List<HouseholdEvent.LikelyDuplicateFlagged> flags = candidates.stream().map(DuplicateDetector.Candidate::flag).toList();
                Map<UUID, List<HouseholdEvent>> eventsByHousehold = new HashMap<>();
                for (FamilyPlan p : fresh) {
                    eventsByHousehold.put(p.command().householdId(),
                            new ArrayList<>(Household.decide(Household.State.EMPTY, p.command())));
                }
                flags.forEach(f -> eventsByHousehold.get(f.householdId()).add(f));
                int flaggedRows = (int) flags.stream().map(HouseholdEvent.LikelyDuplicateFlagged::memberId).distinct().count();
                return store.lock(tx, streams)
                        .chain(() -> encodeAll(tx, fresh, eventsByHousehold))
                        .chain(encoded -> {
                            List<StreamAppend> appends = new ArrayList<>();
                            for (int i = 0; i < fresh.size(); i++) {
                                appends.add(new StreamAppend(streams.get(i), HouseholdEventCodec.STREAM_TYPE,
                                        StreamAppend.NEW_STREAM, encoded.get(i), metadata));
                            }
                            return store.appendAll(tx, appends);
                        })
                        .chain(() -> indexes(tx, fresh))
                        .chain(() -> detector.remember(tx, newMembers, flags))
                        .chain(() -> names(tx, fresh))
                        .map(ignored -> new Outcome(fresh, duplicates, rules, flaggedRows));
            });
        }));
    }

    /** Each family's events sealed, in one pass for the whole batch (one key query). */
    private Uni<List<List<id.desatumis.kit.eventstore.NewEvent>>> encodeAll(SqlConnection tx, List<FamilyPlan> fresh,
                                                                           Map<UUID, List<HouseholdEvent>> events) {
        List<HouseholdEvent> all = new ArrayList<>();
        for (FamilyPlan p : fresh) all.addAll(events.get(p.command().householdId()));
        return codec.encode(tx, all).map(encoded -> {
            List<List<id.desatumis.kit.eventstore.NewEvent>> out = new ArrayList<>();
            int at = 0;
            for (FamilyPlan p : fresh) {
                int n = events.get(p.command().householdId()).size();
                out.add(encoded.subList(at, at + n));
                at += n;
            }
            return out;
        });
    }

    /** The NIK and KK hashes of the batch that are registered already (as hex, prefixed with their kind). */
    private Uni<Set<String>> existing(SqlConnection tx, List<FamilyPlan> plans) {
        List<Buffer> niks = new ArrayList<>();
        List<Buffer> kks = new ArrayList<>();
        for (FamilyPlan p : plans) {
            kks.add(Buffer.buffer(hasher.kk(p.command().kkNumber())));
            for (Member m : p.command().members()) if (m.nik() != null) niks.add(Buffer.buffer(hasher.nik(m.nik())));
        }
        Set<String> taken = new HashSet<>();
        return tx.preparedQuery("SELECT nik_hash FROM person_identity WHERE nik_hash = ANY($1)")
                .execute(Tuple.of(niks.toArray(Buffer[]::new)))
                .invoke(rows -> rows.forEach(r -> taken.add("nik:" + hex(r.getBuffer(0).getBytes()))))
                .chain(() -> tx.preparedQuery("SELECT kk_hash FROM household_index WHERE kk_hash = ANY($1)")
                        .execute(Tuple.of(kks.toArray(Buffer[]::new))))
                .invoke(rows -> rows.forEach(r -> taken.add("kk:" + hex(r.getBuffer(0).getBytes()))))
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

    private Uni<Void> indexes(SqlConnection tx, List<FamilyPlan> fresh) {
        List<Tuple> households = new ArrayList<>();
        List<Tuple> people = new ArrayList<>();
        for (FamilyPlan p : fresh) {
            RegisterHousehold c = p.command();
            households.add(Tuple.tuple(java.util.Arrays.asList(c.householdId(), c.desaCode(), Buffer.buffer(hasher.kk(c.kkNumber())),
                    c.members().size(), 1L, c.desil() == null ? null : c.desil().shortValue())));
            for (Member m : c.members()) {
                if (m.nik() != null) people.add(Tuple.of(Buffer.buffer(hasher.nik(m.nik())), c.householdId(), m.memberId()));
            }
        }
        Uni<Void> h = tx.preparedQuery("""
                        INSERT INTO household_index (household_id, desa_code, kk_hash, member_count, version, desil)
                        VALUES ($1, $2, $3, $4, $5, $6)""").executeBatch(households).replaceWithVoid();
        return people.isEmpty() ? h : h.chain(() -> tx.preparedQuery(
                "INSERT INTO person_identity (nik_hash, household_id, member_id) VALUES ($1, $2, $3)")
                .executeBatch(people).replaceWithVoid());
    }

    private Uni<Void> names(SqlConnection tx, List<FamilyPlan> fresh) {
        List<Tuple> rows = new ArrayList<>();
        for (FamilyPlan p : fresh) {
            for (Member m : p.command().members()) {
                rows.add(Tuple.of(m.memberId(), p.command().householdId(), p.command().desaCode(),
                        id.desatumis.registry.domain.DuplicateReview.normalisedName(m.name())));
            }
        }
        return tx.preparedQuery("INSERT INTO person_names (member_id, household_id, desa_code, name_norm) VALUES ($1, $2, $3, $4)")
                .executeBatch(rows).replaceWithVoid();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

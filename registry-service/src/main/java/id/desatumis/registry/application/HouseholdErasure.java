package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.EraseHousehold;
import id.desatumis.registry.domain.HouseholdCommand.ErasePerson;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.LifecycleRules.Erasure;
import id.desatumis.registry.domain.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a household by crypto-shredding: the household's key and the keys of everyone who belonged to it and
 * did not go on to another registered household are deleted, with the lookups that could confirm a guessed NIK
 * or KK number. The events stay, so the hash chain still verifies; their personal fields can never be read again.
 */
@ApplicationScoped
public class HouseholdErasure {

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final SubjectKeys keys;
    private final HouseholdReadModels readModels;

    public HouseholdErasure(AggregateStore aggregates, HouseholdAggregate households, SubjectKeys keys,
                            HouseholdReadModels readModels) {
        this.aggregates = aggregates;
        this.households = households;
        this.keys = keys;
        this.readModels = readModels;
    }

    /**
     * Erases the household and every household merged into it (a duplicate kept its own KK number, address and the
     * keys of members whose NIK already lived in the survivor: "the family" is all of them), with their people.
     */
    public Uni<CommandResult> erase(SqlConnection tx, CommandContext ctx, Erasure<EraseHousehold> erasure) {
        UUID id = erasure.command().householdId();
        return aggregates.lockedHistory(tx, households, id).chain(history -> {
            Household.State state = HouseholdAccess.visible(ctx.caller(), history.loaded().state());
            List<HouseholdEvent> events = Household.decide(state, erasure.command());
            Map<UUID, String> subjects = new LinkedHashMap<>(subjects(id, history.events()));
            return withMerged(tx, history.events(), subjects, new HashSet<>(Set.of(id)))
                    .chain(() -> aggregates.append(tx, households, history.loaded(), events, ctx.metadata()))
                    .call(() -> keys.erase(tx, subjects, ctx.caller().subject(), erasure.legalBasis()))
                    .call(() -> forgetAll(tx, subjects))
                    .map(after -> new CommandResult(200, "/households/" + id, after.version(),
                            Map.of("householdId", id.toString(), "version", after.version(), "erased", true)));
        });
    }

    /**
     * Adds the subjects of every household merged into one with this history, and of those merged into them. A merged
     * household takes no command any more, so its history is read without its lock.
     */
    private Uni<Void> withMerged(SqlConnection tx, List<HouseholdEvent> history, Map<UUID, String> subjects, Set<UUID> seen) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (HouseholdEvent e : history) {
            if (!(e instanceof HouseholdEvent.HouseholdAbsorbed absorbed) || !seen.add(absorbed.duplicateId())) continue;
            UUID duplicate = absorbed.duplicateId();
            chain = chain.chain(() -> aggregates.history(tx, households, duplicate)).chain(merged -> {
                subjects(duplicate, merged.events()).forEach(subjects::putIfAbsent);
                return withMerged(tx, merged.events(), subjects, seen);
            });
        }
        return chain;
    }

    /** The read models forget each erased household with its people. */
    private Uni<Void> forgetAll(SqlConnection tx, Map<UUID, String> subjects) {
        Set<UUID> people = new HashSet<>();
        subjects.forEach((subject, kind) -> {
            if (kind.equals("person")) people.add(subject);
        });
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<UUID, String> s : subjects.entrySet()) {
            if (s.getValue().equals("household")) chain = chain.chain(() -> readModels.forget(tx, s.getKey(), people));
        }
        return chain;
    }

    /** Erases one person: their key (every copy of their fields, in every household's events) and their lookups. */
    public Uni<CommandResult> erasePerson(SqlConnection tx, CommandContext ctx, Erasure<ErasePerson> erasure) {
        ErasePerson c = erasure.command();
        return aggregates.lockAndLoad(tx, households, c.householdId()).chain(before -> {
            Household.State state = HouseholdAccess.visible(ctx.caller(), before.state());
            return aggregates.append(tx, households, before, Household.decide(state, c), ctx.metadata())
                    .call(() -> keys.erase(tx, Map.of(c.memberId(), "person"), ctx.caller().subject(), erasure.legalBasis()))
                    .call(() -> readModels.forgetPerson(tx, c.memberId()))
                    .map(after -> new CommandResult(200, "/households/" + c.householdId(), after.version(),
                            Map.of("householdId", c.householdId().toString(), "version", after.version(),
                                    "erasedMemberId", c.memberId().toString())));
        });
    }

    /** The household itself and every person who belonged to it, except those who went on to another household. */
    static Map<UUID, String> subjects(UUID household, List<HouseholdEvent> history) {
        Set<UUID> people = new HashSet<>();
        Set<UUID> transferred = new HashSet<>();
        for (HouseholdEvent e : history) {
            if (e instanceof HouseholdEvent.HouseholdRegistered r) r.members().forEach(m -> people.add(m.memberId()));
            if (e instanceof HouseholdEvent.MemberAdded a) people.add(a.member().memberId());
            if (e instanceof HouseholdEvent.HouseholdAbsorbed a) a.membersTaken().stream().map(Member::memberId).forEach(people::add);
            if (e instanceof HouseholdEvent.MemberMovedOut m && m.toHouseholdId() != null) transferred.add(m.memberId());
            if (e instanceof HouseholdEvent.MembersSplitOff s) transferred.addAll(s.memberIds());
        }
        people.removeAll(transferred);
        Map<UUID, String> subjects = new LinkedHashMap<>();
        subjects.put(household, "household");
        people.forEach(p -> subjects.put(p, "person"));
        return subjects;
    }
}

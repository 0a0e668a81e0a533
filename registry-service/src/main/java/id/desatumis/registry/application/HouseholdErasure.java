package id.desatumis.registry.application;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.EraseHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdRejected;
import id.desatumis.registry.domain.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
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

    private final HouseholdRepository households;
    private final SubjectKeys keys;
    private final id.desatumis.registry.persistence.IndexSync indexes;

    public HouseholdErasure(HouseholdRepository households, SubjectKeys keys, id.desatumis.registry.persistence.IndexSync indexes) {
        this.households = households;
        this.indexes = indexes;
        this.keys = keys;
    }

    public Uni<CommandResult> erase(SqlConnection tx, CommandContext ctx, UUID id, String legalBasis) {
        return households.lockedHistory(tx, id)
                .chain(history -> {
                    Household.State state = Household.fold(history);
                    if (!state.exists() || !ctx.caller().maySee(state.desaCode())) {
                        throw Problems.notFound("household");
                    }
                    List<HouseholdEvent> events;
                    try {
                        events = Household.decide(state, new EraseHousehold(id));
                    } catch (HouseholdRejected r) {
                        throw RuleProblems.rejected(r);
                    }
                    Map<UUID, String> subjects = subjects(id, history);
                    return households.append(tx, id, state.version(), events, ctx.metadata())
                            .call(() -> keys.erase(tx, subjects, ctx.caller().subject(), legalBasis))
                            .call(() -> tx.preparedQuery("DELETE FROM person_identity WHERE household_id = $1 OR member_id = ANY($2)")
                                    .execute(Tuple.of(id, subjects.keySet().toArray(UUID[]::new))))
                            .call(() -> tx.preparedQuery("DELETE FROM household_index WHERE household_id = $1").execute(Tuple.of(id)))
                            .call(() -> tx.preparedQuery("DELETE FROM person_fingerprint WHERE household_id = $1 OR member_id = ANY($2)")
                                    .execute(Tuple.of(id, subjects.keySet().toArray(UUID[]::new))))
                            .call(() -> tx.preparedQuery("DELETE FROM person_names WHERE household_id = $1 OR member_id = ANY($2)")
                                    .execute(Tuple.of(id, subjects.keySet().toArray(UUID[]::new))))
                            .map(version -> new CommandResult(200, "/households/" + id, version,
                                    Map.of("householdId", id.toString(), "version", version, "erased", true)));
                });
    }

    /** Erases one person: their key (every copy of their fields, in every household's events) and their lookups. */
    public Uni<CommandResult> erasePerson(SqlConnection tx, CommandContext ctx, UUID id, UUID memberId, UUID newHead,
                                          String legalBasis) {
        return households.lockedHistory(tx, id).chain(history -> {
            Household.State state = Household.fold(history);
            if (!state.exists() || !ctx.caller().maySee(state.desaCode())) {
                throw Problems.notFound("household");
            }
            List<HouseholdEvent> events;
            try {
                events = Household.decide(state, new id.desatumis.registry.domain.HouseholdCommand.ErasePerson(id, memberId, newHead));
            } catch (HouseholdRejected r) {
                throw RuleProblems.rejected(r);
            }
            Household.State synced = Household.fold(state, events);
            UUID[] person = {memberId};
            return households.append(tx, id, state.version(), events, ctx.metadata())
                    .call(() -> keys.erase(tx, Map.of(memberId, "person"), ctx.caller().subject(), legalBasis))
                    .call(() -> tx.preparedQuery("DELETE FROM person_fingerprint WHERE member_id = ANY($1)").execute(Tuple.of((Object) person)))
                    .call(() -> indexes.sync(tx, synced))
                    .map(version -> new CommandResult(200, "/households/" + id, version,
                            Map.of("householdId", id.toString(), "version", version, "erasedMemberId", memberId.toString())));
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

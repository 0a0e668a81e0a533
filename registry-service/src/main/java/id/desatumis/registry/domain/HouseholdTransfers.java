package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.Household.State;
import id.desatumis.registry.domain.HouseholdCommand.MergeHouseholds;
import id.desatumis.registry.domain.HouseholdCommand.MoveMemberOut;
import id.desatumis.registry.domain.HouseholdCommand.SplitHousehold;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdAbsorbed;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.HouseholdEvent.MemberMovedOut;
import id.desatumis.registry.domain.HouseholdEvent.MembersSplitOff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions that change two households at once. Each answers the events of both; the application appends
 * them in one transaction, so a person is never in two households, nor in none, at any moment.
 */
public final class HouseholdTransfers {

    private HouseholdTransfers() {
    }

    /** Events for the household the command names first, and for the other one. */
    public record Outcome(List<HouseholdEvent> first, List<HouseholdEvent> second) {
    }

    /** A member leaves; if to another registered household ({@code target}), they join it there. */
    public static Outcome moveMemberOut(State source, State target, MoveMemberOut c) {
        Guards.requireActive(source);
        Member member = Guards.requireMember(source, c.memberId(), "memberId");
        UUID newHead = Guards.headAfterLeaving(source, Set.of(c.memberId()), c.newHeadMemberId(), "newHeadMemberId");
        List<HouseholdEvent> out = new ArrayList<>();
        out.add(new MemberMovedOut(source.householdId(), source.desaCode(), member.memberId(), c.toHouseholdId(), c.date()));
        if (newHead != null) out.add(new HeadChanged(source.householdId(), source.desaCode(), newHead, null, null));
        if (c.toHouseholdId() == null) {
            return new Outcome(out, List.of());
        }
        if (c.toHouseholdId().equals(source.householdId())) {
            throw new RuleBroken("toHouseholdId", "same-household", "a member cannot move into their own household");
        }
        if (!target.exists() || target.mergedInto() != null) {
            throw new RuleBroken("toHouseholdId", target.exists() ? "household-merged" : "household-unknown",
                    target.exists() ? "that household was merged into " + target.mergedInto() : "no such household");
        }
        // in the new household they are not its head unless it has none
        Relationship joining = target.hasHead() ? Relationship.OTHER_RELATIVE : Relationship.HEAD;
        List<HouseholdEvent> in = Household.addMember(target, new HouseholdCommand.AddMember(target.householdId(),
                member.withRelationship(joining)));
        return new Outcome(out, in);
    }

    /** Pecah KK: some members leave to form a new household with its own KK number and one head. */
    public static Outcome split(State source, SplitHousehold c) {
        Guards.requireActive(source);
        Map<UUID, Relationship> leaving = c.relationships();
        if (leaving.isEmpty()) {
            throw new RuleBroken("members", "required", "name the members who leave");
        }
        if (leaving.size() >= source.members().size()) {
            throw new RuleBroken("members", "split-leaves-nobody",
                    "someone must stay; to reissue the card for everyone, change the KK number");
        }
        if (leaving.values().stream().filter(r -> r == Relationship.HEAD).count() != 1) {
            throw new RuleBroken("members", "head-exactly-one", "exactly one leaving member heads the new household");
        }
        List<Member> moving = new ArrayList<>();
        for (var e : leaving.entrySet()) {
            moving.add(Guards.requireMember(source, e.getKey(), "members").withRelationship(e.getValue()));
        }
        UUID newHead = Guards.headAfterLeaving(source, leaving.keySet(), c.remainingHeadMemberId(), "remainingHeadMemberId");
        List<HouseholdEvent> out = new ArrayList<>();
        out.add(new MembersSplitOff(source.householdId(), source.desaCode(), c.newHouseholdId(),
                moving.stream().map(Member::memberId).toList()));
        if (newHead != null) out.add(new HeadChanged(source.householdId(), source.desaCode(), newHead, null, null));
        return new Outcome(out, List.of(new HouseholdRegistered(c.newHouseholdId(), c.newKkNumber(), c.desaCode(),
                c.address(), List.copyOf(moving))));
    }

    /**
     * Two registrations were the same household: the survivor keeps its id and takes the members it lacks
     * (a person is recognised by NIK); the duplicate answers with a pointer to the survivor from then on.
     */
    public static Outcome merge(State survivor, State duplicate, MergeHouseholds c) {
        if (c.survivorId().equals(c.duplicateId())) {
            throw new RuleBroken("duplicateId", "same-household", "a household cannot be merged into itself");
        }
        Guards.requireActive(survivor);
        Guards.requireActive(duplicate);
        Set<String> present = new HashSet<>();
        survivor.members().forEach(m -> { if (m.nik() != null) present.add(m.nik()); });
        List<Member> taken = duplicate.members().stream()
                .filter(m -> m.nik() == null || !present.contains(m.nik()))
                .map(m -> m.isHead() ? m.withRelationship(Relationship.OTHER_RELATIVE) : m)
                .toList();
        return new Outcome(
                List.of(new HouseholdAbsorbed(survivor.householdId(), survivor.desaCode(), duplicate.householdId(), taken)),
                List.of(new HouseholdMergedInto(duplicate.householdId(), duplicate.desaCode(), survivor.householdId(), c.reason(),
                        duplicate.members().size())));
    }
}

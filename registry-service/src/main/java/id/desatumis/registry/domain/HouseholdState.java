package id.desatumis.registry.domain;

import id.desatumis.registry.domain.Household.State;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdAbsorbed;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.KkNumberChanged;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.HouseholdEvent.MemberDied;
import id.desatumis.registry.domain.HouseholdEvent.MemberMovedOut;
import id.desatumis.registry.domain.HouseholdEvent.MembersSplitOff;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Folds one household event into the state. Every event advances the version by one. */
final class HouseholdState {

    private HouseholdState() {
    }

    static State evolve(State s, HouseholdEvent event) {
        long v = s.version() + 1;
        if (event instanceof HouseholdRegistered e) {
            return new State(e.householdId(), e.kkNumber(), e.desaCode(), e.address(), List.copyOf(e.members()), null, false, v,
                    e.desil(), null);
        }
        if (event instanceof MemberAdded e) {
            return withMembers(s, plus(s.members(), List.of(e.member())), v);
        }
        if (event instanceof MemberDied e) {
            return withMembers(s, minus(s.members(), Set.of(e.memberId())), v);
        }
        if (event instanceof HouseholdEvent.PersonErased e) {
            return withMembers(s, minus(s.members(), Set.of(e.memberId())), v);
        }
        if (event instanceof MemberMovedOut e) {
            return withMembers(s, minus(s.members(), Set.of(e.memberId())), v);
        }
        if (event instanceof MembersSplitOff e) {
            return withMembers(s, minus(s.members(), Set.copyOf(e.memberIds())), v);
        }
        if (event instanceof HouseholdAbsorbed e) {
            return withMembers(s, plus(s.members(), e.membersTaken()), v);
        }
        if (event instanceof HeadChanged e) {
            List<Member> members = new ArrayList<>();
            for (Member m : s.members()) {
                if (m.memberId().equals(e.newHeadMemberId())) members.add(m.withRelationship(Relationship.HEAD));
                else if (m.memberId().equals(e.formerHeadMemberId())) members.add(m.withRelationship(e.formerHeadRelationship()));
                else members.add(m);
            }
            return withMembers(s, members, v);
        }
        if (event instanceof HouseholdMoved e) {
            return new State(s.householdId(), s.kkNumber(), e.toDesaCode(), e.address(), s.members(), s.mergedInto(), s.erased(), v,
                    s.desil(), s.referenceCode());
        }
        if (event instanceof KkNumberChanged e) {
            return new State(s.householdId(), e.kkNumber(), s.desaCode(), s.address(), s.members(), s.mergedInto(), s.erased(), v,
                    s.desil(), s.referenceCode());
        }
        if (event instanceof HouseholdMergedInto e) {
            return new State(s.householdId(), s.kkNumber(), s.desaCode(), s.address(), List.of(), e.survivorId(), s.erased(), v,
                    s.desil(), s.referenceCode());
        }
        if (event instanceof HouseholdEvent.LikelyDuplicateFlagged || event instanceof HouseholdEvent.DuplicateFlagResolved) {
            return withMembers(s, s.members(), v); // the review queue is a read model; the household only versions on
        }
        if (event instanceof HouseholdEvent.HouseholdErased) {
            return new State(s.householdId(), null, s.desaCode(), null, List.of(), s.mergedInto(), true, v, s.desil(), null);
        }
        if (event instanceof ReferenceCodeIssued e) {
            // the latest is the household's code: a re-issued one replaces the lost one
            return new State(s.householdId(), s.kkNumber(), s.desaCode(), s.address(), s.members(), s.mergedInto(), s.erased(), v,
                    s.desil(), e);
        }
        throw new IllegalArgumentException("unknown event " + event.getClass().getSimpleName());
    }

    private static State withMembers(State s, List<Member> members, long version) {
        return new State(s.householdId(), s.kkNumber(), s.desaCode(), s.address(), List.copyOf(members), s.mergedInto(), s.erased(),
                version, s.desil(), s.referenceCode());
    }

    private static List<Member> plus(List<Member> members, Collection<Member> more) {
        List<Member> out = new ArrayList<>(members);
        out.addAll(more);
        return out;
    }

    private static List<Member> minus(List<Member> members, Set<UUID> ids) {
        return members.stream().filter(m -> !ids.contains(m.memberId())).toList();
    }
}

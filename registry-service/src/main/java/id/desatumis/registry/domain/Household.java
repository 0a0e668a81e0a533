package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdCommand.AddMember;
import id.desatumis.registry.domain.HouseholdCommand.ChangeHead;
import id.desatumis.registry.domain.HouseholdCommand.ChangeKkNumber;
import id.desatumis.registry.domain.HouseholdCommand.MoveHousehold;
import id.desatumis.registry.domain.HouseholdCommand.RecordDeath;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.KkNumberChanged;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.HouseholdEvent.MemberDied;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The household aggregate: {@link #decide} checks a command against the state folded from the household's
 * events and answers with new events or a rejection; {@link #evolve} (in {@link HouseholdState}) folds one
 * event into the state. Both are pure: no clock, no database, no framework. Commands that touch two
 * households (moving a member between them, a split, a merge) are in {@link HouseholdTransfers}.
 */
public final class Household {

    private Household() {
    }

    /** The state of a household; {@code EMPTY} before it is registered. {@code members} are the current ones. */
    /** {@code referenceCode}: its code as last issued (null before the first). */
    public record State(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members,
                        UUID mergedInto, boolean erased, long version, Integer desil, ReferenceCodeIssued referenceCode) {
        public static final State EMPTY = new State(null, null, null, null, List.of(), null, false, 0, null, null);

        public State(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members,
                     UUID mergedInto, boolean erased, long version) {
            this(householdId, kkNumber, desaCode, address, members, mergedInto, erased, version, null, null);
        }

        public boolean exists() {
            return householdId != null;
        }

        public boolean hasHead() {
            return members.stream().anyMatch(Member::isHead);
        }
    }

    public static List<HouseholdEvent> decide(State state, HouseholdCommand command) {
        if (command instanceof RegisterHousehold c) return register(state, c);
        if (command instanceof AddMember c) return addMember(state, c);
        if (command instanceof RecordDeath c) return recordDeath(state, c);
        if (command instanceof ChangeHead c) return changeHead(state, c);
        if (command instanceof MoveHousehold c) return move(state, c);
        if (command instanceof ChangeKkNumber c) return changeKk(state, c);
        if (command instanceof HouseholdCommand.ErasePerson c) return erasePerson(state, c);
        if (command instanceof HouseholdCommand.IssueReferenceCode c) return ReferenceCodeIssuance.issue(state, c);
        if (command instanceof HouseholdCommand.EraseHousehold) {
            Guards.requireActive(state);
            return List.of(new HouseholdEvent.HouseholdErased(state.householdId(), state.desaCode(), state.members().size()));
        }
        throw new IllegalArgumentException(command.getClass().getSimpleName() + " concerns two households: see HouseholdTransfers");
    }

    /** Refuses any change to a household merged into another, naming the one it continues as. */
    public static void requireNotMerged(State state) {
        if (state.mergedInto() != null) throw Guards.merged(state);
    }

    public static State evolve(State state, HouseholdEvent event) {
        return HouseholdState.evolve(state, event);
    }

    public static State fold(List<HouseholdEvent> events) {
        return fold(State.EMPTY, events);
    }

    /** The state after these events, from a given state. */
    public static State fold(State state, List<HouseholdEvent> events) {
        State s = state;
        for (HouseholdEvent e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    private static List<HouseholdEvent> register(State state, RegisterHousehold c) {
        if (state.exists()) {
            throw new RuleBroken("householdId", "household-exists", "this household is registered already");
        }
        return List.of(new HouseholdRegistered(c.householdId(), c.kkNumber(), c.desaCode(), c.address(), c.members(),
                c.desil()));
    }

    static List<HouseholdEvent> addMember(State state, AddMember c) {
        Guards.requireActive(state);
        Member m = c.member();
        if (m.isHead() && state.hasHead()) {
            throw new RuleBroken("relationship", "head-exists",
                    "the household has a head; change the head instead of adding a second one");
        }
        boolean sameNik = m.nik() != null && state.members().stream().anyMatch(x -> m.nik().equals(x.nik()));
        if (sameNik) {
            throw new RuleBroken("nik", "nik-already-in-household", "this person is a member already");
        }
        return List.of(new MemberAdded(state.householdId(), state.desaCode(), m));
    }

    private static List<HouseholdEvent> recordDeath(State state, RecordDeath c) {
        Guards.requireActive(state);
        Guards.requireMember(state, c.memberId(), "memberId");
        UUID newHead = Guards.headAfterLeaving(state, Set.of(c.memberId()), c.newHeadMemberId(), "newHeadMemberId");
        List<HouseholdEvent> events = new ArrayList<>();
        events.add(new MemberDied(state.householdId(), state.desaCode(), c.memberId(), c.dateOfDeath()));
        if (newHead != null) {
            events.add(new HeadChanged(state.householdId(), state.desaCode(), newHead, null, null));
        }
        return events;
    }

    private static List<HouseholdEvent> erasePerson(State state, HouseholdCommand.ErasePerson c) {
        Guards.requireActive(state);
        Guards.requireMember(state, c.memberId(), "memberId");
        UUID newHead = Guards.headAfterLeaving(state, Set.of(c.memberId()), c.newHeadMemberId(), "newHeadMemberId");
        List<HouseholdEvent> events = new ArrayList<>();
        events.add(new HouseholdEvent.PersonErased(state.householdId(), state.desaCode(), c.memberId()));
        if (newHead != null) {
            events.add(new HeadChanged(state.householdId(), state.desaCode(), newHead, null, null));
        }
        return events;
    }

    private static List<HouseholdEvent> changeHead(State state, ChangeHead c) {
        Guards.requireActive(state);
        Member next = Guards.requireMember(state, c.newHeadMemberId(), "newHeadMemberId");
        if (next.isHead()) {
            throw new RuleBroken("newHeadMemberId", "head-unchanged", "this member heads the household already");
        }
        if (c.formerHeadRelationship() == null || c.formerHeadRelationship() == Relationship.HEAD) {
            throw new RuleBroken("formerHeadRelationship", "relationship",
                    "what the former head becomes, other than HEAD");
        }
        UUID former = state.members().stream().filter(Member::isHead).map(Member::memberId).findFirst().orElse(null);
        return List.of(new HeadChanged(state.householdId(), state.desaCode(), next.memberId(), former,
                former == null ? null : c.formerHeadRelationship()));
    }

    private static List<HouseholdEvent> move(State state, MoveHousehold c) {
        Guards.requireActive(state);
        if (c.desaCode().equals(state.desaCode()) && c.address().equals(state.address())) {
            throw new RuleBroken("address", "address-unchanged", "the household lives there already");
        }
        return List.of(new HouseholdMoved(state.householdId(), state.desaCode(), c.desaCode(), c.address(),
                state.members().size()));
    }

    private static List<HouseholdEvent> changeKk(State state, ChangeKkNumber c) {
        Guards.requireActive(state);
        if (c.kkNumber().equals(state.kkNumber())) {
            throw new RuleBroken("kkNumber", "kk-unchanged", "this is the household's KK number already");
        }
        return List.of(new KkNumberChanged(state.householdId(), state.desaCode(), state.kkNumber(), c.kkNumber(), c.reason()));
    }
}

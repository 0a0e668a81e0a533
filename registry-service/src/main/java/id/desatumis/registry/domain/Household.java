package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdCommand.AddMember;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The household aggregate: {@link #decide} checks a command against the state folded from the household's
 * events and answers with new events or a rejection; {@link #evolve} folds one event into the state.
 * Both are pure: no clock, no database, no framework.
 */
public final class Household {

    private Household() {
    }

    /** The state of a household; {@code EMPTY} before it is registered. */
    public record State(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members,
                        long version) {
        public static final State EMPTY = new State(null, null, null, null, List.of(), 0);

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
        throw new IllegalArgumentException("unknown command " + command.getClass().getSimpleName());
    }

    public static State evolve(State state, HouseholdEvent event) {
        if (event instanceof HouseholdRegistered e) {
            return new State(e.householdId(), e.kkNumber(), e.desaCode(), e.address(), List.copyOf(e.members()),
                    state.version() + 1);
        }
        if (event instanceof MemberAdded e) {
            List<Member> members = new ArrayList<>(state.members());
            members.add(e.member());
            return new State(state.householdId(), state.kkNumber(), state.desaCode(), state.address(),
                    List.copyOf(members), state.version() + 1);
        }
        throw new IllegalArgumentException("unknown event " + event.getClass().getSimpleName());
    }

    public static State fold(List<HouseholdEvent> events) {
        State state = State.EMPTY;
        for (HouseholdEvent e : events) {
            state = evolve(state, e);
        }
        return state;
    }

    private static List<HouseholdEvent> register(State state, RegisterHousehold c) {
        if (state.exists()) {
            throw new HouseholdRejected("householdId", "household-exists", "this household is registered already");
        }
        return List.of(new HouseholdRegistered(c.householdId(), c.kkNumber(), c.desaCode(), c.address(), c.members()));
    }

    private static List<HouseholdEvent> addMember(State state, AddMember c) {
        if (!state.exists()) {
            throw new HouseholdRejected("householdId", "household-unknown", "no such household");
        }
        Member m = c.member();
        if (m.isHead() && state.hasHead()) {
            throw new HouseholdRejected("relationship", "head-exists",
                    "the household has a head; change the head instead of adding a second one");
        }
        boolean sameNik = m.nik() != null && state.members().stream().anyMatch(x -> m.nik().equals(x.nik()));
        if (sameNik) {
            throw new HouseholdRejected("nik", "nik-already-in-household", "this person is a member already");
        }
        return List.of(new MemberAdded(state.householdId(), state.desaCode(), m));
    }
}

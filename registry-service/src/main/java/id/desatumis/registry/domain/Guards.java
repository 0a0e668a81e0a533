package id.desatumis.registry.domain;

import java.util.Optional;
import java.util.UUID;

/** The checks every household command shares: it exists, it was not merged away, the member is current. */
final class Guards {

    private Guards() {
    }

    static void requireActive(Household.State state) {
        if (!state.exists()) {
            throw new HouseholdRejected("householdId", "household-unknown", "no such household");
        }
        if (state.erased()) {
            throw new HouseholdRejected("householdId", "household-erased", "this household was erased");
        }
        if (state.mergedInto() != null) {
            throw new HouseholdRejected("householdId", "household-merged",
                    "this household was merged into " + state.mergedInto() + "; use that id");
        }
    }

    static Member requireMember(Household.State state, UUID memberId, String field) {
        return findMember(state, memberId).orElseThrow(() ->
                new HouseholdRejected(field, "member-unknown", "not a current member of this household"));
    }

    static Optional<Member> findMember(Household.State state, UUID memberId) {
        return state.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    /**
     * A household has a head while it has members: when the head leaves and others stay, one of those who
     * stay must be named. Returns the new head's id, or null when none is needed.
     */
    static UUID headAfterLeaving(Household.State state, java.util.Collection<UUID> leaving, UUID proposed, String field) {
        boolean headLeaves = state.members().stream().anyMatch(m -> m.isHead() && leaving.contains(m.memberId()));
        long staying = state.members().stream().filter(m -> !leaving.contains(m.memberId())).count();
        if (!headLeaves || staying == 0) {
            if (proposed != null) {
                throw new HouseholdRejected(field, "head-not-needed", "the head stays; no new head is needed");
            }
            return null;
        }
        if (proposed == null) {
            throw new HouseholdRejected(field, "head-required", "the head leaves: name who heads the household now");
        }
        if (leaving.contains(proposed) || findMember(state, proposed).isEmpty()) {
            throw new HouseholdRejected(field, "member-unknown", "the new head must be a member who stays");
        }
        return proposed;
    }
}

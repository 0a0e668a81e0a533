package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The checks every household command shares: it exists, it was not merged away, the member is current. */
final class Guards {

    private Guards() {
    }

    static void requireActive(Household.State state) {
        if (!state.exists()) {
            throw new RuleBroken("householdId", "household-unknown", "no such household");
        }
        if (state.erased()) {
            throw new RuleBroken("householdId", "household-erased", "this household was erased");
        }
        if (state.mergedInto() != null) {
            throw merged(state);
        }
    }

    /** A household merged away answers with the one it continues as ({@code mergedInto}), so the client can follow. */
    static RuleBroken merged(Household.State state) {
        return new RuleBroken("householdId", "household-merged",
                "this household was merged into " + state.mergedInto() + "; use that id",
                Map.of("mergedInto", state.mergedInto().toString()));
    }

    static Member requireMember(Household.State state, UUID memberId, String field) {
        return findMember(state, memberId).orElseThrow(() ->
                new RuleBroken(field, "member-unknown", "not a current member of this household"));
    }

    static Optional<Member> findMember(Household.State state, UUID memberId) {
        return state.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    /**
     * A household has a head while it has members: when the head leaves and others stay, one of those who
     * stay must be named. Returns the new head's id, or null when none is needed.
     */
    static UUID headAfterLeaving(Household.State state, Collection<UUID> leaving, UUID proposed, String field) {
        boolean headLeaves = state.members().stream().anyMatch(m -> m.isHead() && leaving.contains(m.memberId()));
        long staying = state.members().stream().filter(m -> !leaving.contains(m.memberId())).count();
        if (!headLeaves || staying == 0) {
            if (proposed != null) {
                throw new RuleBroken(field, "head-not-needed", "the head stays; no new head is needed");
            }
            return null;
        }
        if (proposed == null) {
            throw new RuleBroken(field, "head-required", "the head leaves: name who heads the household now");
        }
        if (leaving.contains(proposed) || findMember(state, proposed).isEmpty()) {
            throw new RuleBroken(field, "member-unknown", "the new head must be a member who stays");
        }
        return proposed;
    }
}

package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMergedAway;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.assistance.domain.HouseholdEvent.MemberErased;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.NeedsOfHousehold.Need;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the registry tells of a household, as it changes the household's needs: a move, a merge into another
 * registration, an erasure, a member erased, dead or gone. {@code deliveryReported} as in {@link HouseholdNeeds}: a
 * planned need whose intervention had a delivery reported is never cancelled or closed by these.
 */
public final class HouseholdRegistryChanges {

    private HouseholdRegistryChanges() {
    }

    /** The household moved to another desa: its needs go with it. */
    public static List<HouseholdEvent> moved(NeedsOfHousehold state, String toDesaCode) {
        if (state.standing() == HouseholdStanding.UNKNOWN || state.standing().gone()
                || Objects.equals(state.desaCode(), toDesaCode)) {
            return List.of();
        }
        return List.of(new HouseholdMoved(state.householdId(), state.desaCode(), toDesaCode));
    }

    /**
     * A duplicate registration continues as another household: its open needs are cancelled (the survivor's own
     * assessment lists what it lacks). Recorded for a household not seen yet too, so that needs arriving later for it
     * are not taken.
     */
    public static List<HouseholdEvent> mergedAway(NeedsOfHousehold state, UUID householdId, String desaCode,
                                                  UUID survivorId, Set<UUID> deliveryReported) {
        if (state.standing().gone()) return List.of();
        List<HouseholdEvent> events = new ArrayList<>(HouseholdNeeds.cancelled(state, n -> true, CancelReason.MERGED_AWAY,
                deliveryReported, HouseholdNeeds.desaOf(state, desaCode)));
        events.add(new HouseholdMergedAway(householdId, desaCode, survivorId));
        return events;
    }

    /** The household was erased: its open needs are cancelled and no member id of it is kept. */
    public static List<HouseholdEvent> erased(NeedsOfHousehold state, UUID householdId, String desaCode,
                                              Set<UUID> deliveryReported) {
        if (state.standing() == HouseholdStanding.ERASED) return List.of();
        List<HouseholdEvent> events = new ArrayList<>(HouseholdNeeds.cancelled(state, n -> true, CancelReason.HOUSEHOLD_ERASED,
                deliveryReported, HouseholdNeeds.desaOf(state, desaCode)));
        events.add(new HouseholdErased(householdId, desaCode));
        return events;
    }

    /** A member was erased: their open needs are cancelled, and none of their needs keeps their id. */
    public static List<HouseholdEvent> personErased(NeedsOfHousehold state, UUID memberId, Set<UUID> deliveryReported) {
        List<UUID> theirs = state.needs().values().stream().filter(n -> memberId.equals(n.memberId()))
                .map(Need::needId).toList();
        if (theirs.isEmpty()) return List.of();
        List<HouseholdEvent> events = new ArrayList<>(HouseholdNeeds.cancelled(state, n -> memberId.equals(n.memberId()),
                CancelReason.PERSON_ERASED, deliveryReported, state.desaCode()));
        events.add(new MemberErased(state.householdId(), theirs));
        return HouseholdNeeds.settled(state, events);
    }

    /** A member died or moved away: their open needs are closed for that reason. */
    public static List<HouseholdEvent> memberGone(NeedsOfHousehold state, UUID memberId, CloseReason reason,
                                                  Set<UUID> deliveryReported) {
        List<HouseholdEvent> events = new ArrayList<>();
        for (Need n : state.needs().values()) {
            if (memberId.equals(n.memberId()) && HouseholdNeeds.withdrawable(n, deliveryReported)) {
                events.add(new NeedClosed(state.householdId(), n.needId(), n.kind(), state.desaCode(), reason, null));
            }
        }
        return HouseholdNeeds.settled(state, events);
    }
}

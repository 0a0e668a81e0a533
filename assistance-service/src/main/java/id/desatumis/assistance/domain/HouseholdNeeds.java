package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdClassified;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdGraduated;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent.NeedIdentified;
import id.desatumis.assistance.domain.HouseholdEvent.NeedListedAgain;
import id.desatumis.assistance.domain.HouseholdEvent.NeedMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedPlanned;
import id.desatumis.assistance.domain.HouseholdEvent.NeedReopened;
import id.desatumis.assistance.domain.NeedsOfHousehold.Need;
import id.desatumis.kit.domain.RuleBroken;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules of a household's needs: what verified assessments list, closures, and what interventions do (a need is
 * planned once, met by the intervention that planned it or by an unplanned delivery, and open again when that
 * intervention is cancelled or its delivery written off). Each decision takes the household as it stands and answers
 * the events to record (empty: nothing changes). {@code deliveryReported} names the
 * planned needs whose intervention already had a delivery reported: those are never cancelled or closed by what
 * happens to the household, they run to their verification. What the registry tells of the household is
 * {@link HouseholdRegistryChanges}'.
 */
public final class HouseholdNeeds {

    private HouseholdNeeds() {
    }

    /**
     * A verified assessment's list: every need it lists is identified (again, if it had been cancelled or closed) or
     * kept as it stands; every open need it no longer lists is cancelled.
     */
    public static List<HouseholdEvent> listed(NeedsOfHousehold state, NeedsListing listing, Set<UUID> deliveryReported) {
        if (state.standing().gone()) return List.of();
        UUID household = listing.householdId();
        List<HouseholdEvent> events = new ArrayList<>();
        events.add(new HouseholdClassified(household, listing.desaCode(), listing.povertyClass(), listing.assessmentId()));
        Set<UUID> listedIds = new LinkedHashSet<>();
        for (NeedsListing.Listed l : listing.needs()) {
            UUID needId = NeedId.of(household, l.kind(), l.memberId());
            if (!listedIds.add(needId)) continue;
            Need now = state.need(needId);
            if (now == null || now.status() == NeedStatus.CANCELLED || now.status() == NeedStatus.CLOSED) {
                events.add(new NeedIdentified(household, needId, l.kind(), l.memberId(), listing.desaCode(),
                        listing.assessmentId(), listing.policyVersion()));
            } else {
                events.add(new NeedListedAgain(household, needId, listing.assessmentId(), listing.policyVersion()));
            }
        }
        events.addAll(cancelled(state, n -> !listedIds.contains(n.needId()), CancelReason.NO_LONGER_LISTED,
                deliveryReported, listing.desaCode()));
        return settled(state, events);
    }

    /** A later verified assessment found the household not poor: its open needs are cancelled. */
    public static List<HouseholdEvent> graduated(NeedsOfHousehold state, UUID assessmentId, Set<UUID> deliveryReported) {
        if (state.standing() != HouseholdStanding.VERIFIED_POOR) return List.of();
        List<HouseholdEvent> events = new ArrayList<>(cancelled(state, n -> true, CancelReason.GRADUATED,
                deliveryReported, state.desaCode()));
        events.add(new HouseholdGraduated(state.householdId(), assessmentId));
        return events;
    }

    /**
     * Dinas Sosial or the desa's operator closes a need for a recorded reason. A need met, cancelled or closed cannot
     * be; nor a planned one whose intervention had a delivery reported (that runs to its verification).
     */
    public static List<HouseholdEvent> close(NeedsOfHousehold state, UUID needId, CloseReason reason, String note,
                                             Set<UUID> deliveryReported) {
        Need n = known(state, needId);
        if (n.status() == NeedStatus.MET) throw alreadyMet(n);
        if (!n.status().open()) throw closed(n);
        if (!withdrawable(n, deliveryReported)) {
            throw new RuleBroken("needId", "need-delivery-reported",
                    "a delivery was reported for this need's intervention: it is verified or disputed, not closed",
                    Map.of("interventionId", n.interventionId().toString()));
        }
        return settled(state, List.of(new NeedClosed(state.householdId(), needId, n.kind(), state.desaCode(), reason, note)));
    }

    /** Refused: need-unknown, need-already-planned (details: interventionId), need-already-met, need-closed. */
    public static List<HouseholdEvent> plan(NeedsOfHousehold state, UUID needId, UUID interventionId) {
        Need n = known(state, needId);
        switch (n.status()) {
            case IDENTIFIED -> {
                return List.of(new NeedPlanned(state.householdId(), needId, interventionId));
            }
            case PLANNED -> {
                if (interventionId.equals(n.interventionId())) return List.of();
                throw alreadyPlanned(n);
            }
            case MET -> throw alreadyMet(n);
            default -> throw closed(n);
        }
    }

    /**
     * The intervention's delivery was verified: the need is met, and HouseholdNeedsMet follows when that settles the
     * household's last need. An open need with no plan is met too (an office's unplanned delivery). Refused:
     * need-unknown, need-already-planned (by another intervention), need-already-met (by another), need-closed.
     */
    public static List<HouseholdEvent> met(NeedsOfHousehold state, UUID needId, UUID interventionId) {
        Need n = known(state, needId);
        switch (n.status()) {
            case IDENTIFIED -> {
                return settled(state, List.of(new NeedMet(state.householdId(), needId, interventionId)));
            }
            case PLANNED -> {
                if (!interventionId.equals(n.interventionId())) throw alreadyPlanned(n);
                return settled(state, List.of(new NeedMet(state.householdId(), needId, interventionId)));
            }
            case MET -> {
                if (interventionId.equals(n.interventionId())) return List.of();
                throw alreadyMet(n);
            }
            default -> throw closed(n);
        }
    }

    /**
     * The intervention was cancelled, or its delivery written off: the need it planned (or met) is open again. A need
     * that is no longer this intervention's (cancelled with the household, say) stays as it is. Refused: need-unknown.
     */
    public static List<HouseholdEvent> reopen(NeedsOfHousehold state, UUID needId, UUID interventionId, ReopenCause why) {
        Need n = known(state, needId);
        boolean ours = interventionId.equals(n.interventionId())
                && (n.status() == NeedStatus.PLANNED || n.status() == NeedStatus.MET);
        return ours ? List.of(new NeedReopened(state.householdId(), needId, interventionId, why)) : List.of();
    }

    /**
     * The events and, after them, HouseholdNeedsMet if they settle the household's last need: every need that counts
     * (not cancelled) met or closed, while it is verified poor, once per time it becomes true.
     */
    static List<HouseholdEvent> settled(NeedsOfHousehold state, List<HouseholdEvent> events) {
        if (events.isEmpty()) return events;
        NeedsOfHousehold after = state;
        for (HouseholdEvent e : events) after = NeedsOfHousehold.evolve(after, e);
        if (after.standing() != HouseholdStanding.VERIFIED_POOR || after.needsMetAnnounced()) return events;
        int met = 0;
        int closed = 0;
        for (Need n : after.needs().values()) {
            if (n.status().open()) return events;
            if (n.status() == NeedStatus.MET) met++;
            if (n.status() == NeedStatus.CLOSED) closed++;
        }
        List<HouseholdEvent> all = new ArrayList<>(events);
        all.add(new HouseholdNeedsMet(after.householdId(), after.desaCode(), met, closed));
        return all;
    }

    static List<HouseholdEvent> cancelled(NeedsOfHousehold state, Predicate<Need> which, CancelReason reason,
                                                  Set<UUID> deliveryReported, String desaCode) {
        List<HouseholdEvent> events = new ArrayList<>();
        for (Need n : state.needs().values()) {
            if (which.test(n) && withdrawable(n, deliveryReported)) {
                events.add(new NeedCancelled(state.householdId(), n.needId(), n.kind(), desaCode, reason));
            }
        }
        return events;
    }

    /** The desa the household is known in, else the one the registry names. */
    static String desaOf(NeedsOfHousehold state, String told) {
        return state.desaCode() != null ? state.desaCode() : told;
    }

    /** Open, and not planned by an intervention that had a delivery reported. */
    static boolean withdrawable(Need n, Set<UUID> deliveryReported) {
        return n.status().open() && !(n.status() == NeedStatus.PLANNED && deliveryReported.contains(n.needId()));
    }

    private static Need known(NeedsOfHousehold state, UUID needId) {
        Need n = needId == null ? null : state.need(needId);
        if (n == null) throw new RuleBroken("needId", "need-unknown", "the household has no such need");
        return n;
    }

    private static RuleBroken alreadyPlanned(Need n) {
        return new RuleBroken("needId", "need-already-planned", "an intervention is already planned for this need",
                Map.of("interventionId", n.interventionId().toString()));
    }

    private static RuleBroken alreadyMet(Need n) {
        return new RuleBroken("needId", "need-already-met", "this need is met already",
                Map.of("interventionId", n.interventionId().toString()));
    }

    private static RuleBroken closed(Need n) {
        return new RuleBroken("needId", "need-closed", n.status() == NeedStatus.CANCELLED
                ? "this need was cancelled (" + n.reason() + ")" : "this need was closed (" + n.reason() + ")");
    }
}

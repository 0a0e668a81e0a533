package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdClassified;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdGraduated;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMergedAway;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.MemberErased;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent.NeedIdentified;
import id.desatumis.assistance.domain.HouseholdEvent.NeedListedAgain;
import id.desatumis.assistance.domain.HouseholdEvent.NeedMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedPlanned;
import id.desatumis.assistance.domain.HouseholdEvent.NeedReopened;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A household's needs as its events left them, in the order identified. {@code needsMetAnnounced}: HouseholdNeedsMet
 * was recorded and nothing has opened a need since, so it is not recorded twice for the same settling.
 */
public record NeedsOfHousehold(UUID householdId, String desaCode, String povertyClass, UUID assessmentId,
                               HouseholdStanding standing, Map<UUID, Need> needs, boolean needsMetAnnounced) {

    public static final NeedsOfHousehold NONE =
            new NeedsOfHousehold(null, null, null, null, HouseholdStanding.UNKNOWN, Map.of(), false);

    public NeedsOfHousehold {
        needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
    }

    /**
     * One need. {@code interventionId} is the intervention that plans or met it (or was cancelled with it);
     * {@code reason} the code of its cancellation or closure; {@code memberId} null for a household need, and once
     * the member is erased.
     */
    public record Need(UUID needId, NeedKind kind, UUID memberId, NeedStatus status, UUID interventionId, String reason,
                       UUID assessmentId, String policyVersion) {

        Need with(NeedStatus status, UUID interventionId, String reason) {
            return new Need(needId, kind, memberId, status, interventionId, reason, assessmentId, policyVersion);
        }

        Need withoutMember() {
            return new Need(needId, kind, null, status, interventionId, reason, assessmentId, policyVersion);
        }
    }

    public Need need(UUID needId) {
        return needs.get(needId);
    }

    public static NeedsOfHousehold evolve(NeedsOfHousehold s, HouseholdEvent event) {
        NeedsOfHousehold h = s.householdId() == null ? s.identified(event.householdId()) : s;
        if (event instanceof HouseholdClassified e) {
            return new NeedsOfHousehold(h.householdId, e.desaCode(), e.povertyClass(), e.assessmentId(),
                    HouseholdStanding.VERIFIED_POOR, h.needs, h.needsMetAnnounced);
        }
        if (event instanceof NeedIdentified e) {
            Map<UUID, Need> needs = new LinkedHashMap<>(h.needs);
            needs.put(e.needId(), new Need(e.needId(), e.kind(), e.memberId(), NeedStatus.IDENTIFIED, null, null,
                    e.assessmentId(), e.policyVersion()));
            return h.withNeeds(needs, false);
        }
        if (event instanceof NeedListedAgain e) {
            return h.change(e.needId(), n -> new Need(n.needId(), n.kind(), n.memberId(), n.status(), n.interventionId(),
                    n.reason(), e.assessmentId(), e.policyVersion()), h.needsMetAnnounced);
        }
        if (event instanceof NeedCancelled e) {
            return h.change(e.needId(), n -> n.with(NeedStatus.CANCELLED, n.interventionId(), e.reason().name()),
                    h.needsMetAnnounced);
        }
        if (event instanceof NeedClosed e) {
            return h.change(e.needId(), n -> n.with(NeedStatus.CLOSED, n.interventionId(), e.reason().name()),
                    h.needsMetAnnounced);
        }
        if (event instanceof NeedPlanned e) {
            return h.change(e.needId(), n -> n.with(NeedStatus.PLANNED, e.interventionId(), null), h.needsMetAnnounced);
        }
        if (event instanceof NeedMet e) {
            return h.change(e.needId(), n -> n.with(NeedStatus.MET, e.interventionId(), null), h.needsMetAnnounced);
        }
        if (event instanceof NeedReopened e) {
            return h.change(e.needId(), n -> n.with(NeedStatus.IDENTIFIED, null, null), false);
        }
        if (event instanceof HouseholdGraduated) return h.standing(HouseholdStanding.GRADUATED, h.desaCode);
        if (event instanceof HouseholdMoved e) {
            return new NeedsOfHousehold(h.householdId, e.toDesaCode(), h.povertyClass, h.assessmentId, h.standing,
                    h.needs, h.needsMetAnnounced);
        }
        if (event instanceof HouseholdMergedAway e) return h.standing(HouseholdStanding.MERGED_AWAY, desaOf(h, e.desaCode()));
        if (event instanceof HouseholdErased e) {
            Map<UUID, Need> needs = new LinkedHashMap<>();
            h.needs.forEach((id, n) -> needs.put(id, n.withoutMember()));
            return h.withNeeds(needs, h.needsMetAnnounced).standing(HouseholdStanding.ERASED, desaOf(h, e.desaCode()));
        }
        if (event instanceof MemberErased e) {
            Map<UUID, Need> needs = new LinkedHashMap<>(h.needs);
            e.needIds().forEach(id -> needs.computeIfPresent(id, (k, n) -> n.withoutMember()));
            return h.withNeeds(needs, h.needsMetAnnounced);
        }
        if (event instanceof HouseholdNeedsMet) return h.withNeeds(h.needs, true);
        throw new IllegalArgumentException("unknown household event " + event);
    }

    private NeedsOfHousehold identified(UUID id) {
        return new NeedsOfHousehold(id, desaCode, povertyClass, assessmentId, standing, needs, needsMetAnnounced);
    }

    private NeedsOfHousehold withNeeds(Map<UUID, Need> next, boolean announced) {
        return new NeedsOfHousehold(householdId, desaCode, povertyClass, assessmentId, standing, next, announced);
    }

    private NeedsOfHousehold standing(HouseholdStanding next, String desa) {
        return new NeedsOfHousehold(householdId, desa, povertyClass, assessmentId, next, needs, needsMetAnnounced);
    }

    private NeedsOfHousehold change(UUID needId, UnaryOperator<Need> change, boolean announced) {
        Map<UUID, Need> next = new LinkedHashMap<>(needs);
        next.computeIfPresent(needId, (id, n) -> change.apply(n));
        return withNeeds(next, announced);
    }

    private static String desaOf(NeedsOfHousehold h, String told) {
        return h.desaCode != null ? h.desaCode : told;
    }
}

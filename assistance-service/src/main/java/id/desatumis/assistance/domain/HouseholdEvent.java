package id.desatumis.assistance.domain;

import java.util.List;
import java.util.UUID;

/**
 * What happens to a household's needs (stream {@code household-<householdId>}): identified from verified assessments,
 * planned, met, reopened, cancelled or closed; what the registry tells of the household; and HouseholdNeedsMet when
 * every need is settled.
 */
public sealed interface HouseholdEvent {

    UUID householdId();

    /** A verified assessment became the household's current one: its class, desa and assessment. */
    record HouseholdClassified(UUID householdId, String desaCode, String povertyClass, UUID assessmentId)
            implements HouseholdEvent {
    }

    /** A need listed by a verified assessment (for the first time, or again after it was cancelled or closed). */
    record NeedIdentified(UUID householdId, UUID needId, NeedKind kind, UUID memberId, String desaCode,
                          UUID assessmentId, String policyVersion) implements HouseholdEvent {
    }

    /** A later verified assessment lists a need that is still open or met: it is kept as it stands. */
    record NeedListedAgain(UUID householdId, UUID needId, UUID assessmentId, String policyVersion)
            implements HouseholdEvent {
    }

    record NeedCancelled(UUID householdId, UUID needId, NeedKind kind, String desaCode, CancelReason reason)
            implements HouseholdEvent {
    }

    /** {@code note} is free text kept here, never published. */
    record NeedClosed(UUID householdId, UUID needId, NeedKind kind, String desaCode, CloseReason reason, String note)
            implements HouseholdEvent {
    }

    record NeedPlanned(UUID householdId, UUID needId, UUID interventionId) implements HouseholdEvent {
    }

    record NeedMet(UUID householdId, UUID needId, UUID interventionId) implements HouseholdEvent {
    }

    record NeedReopened(UUID householdId, UUID needId, UUID interventionId, ReopenCause why) implements HouseholdEvent {
    }

    record HouseholdGraduated(UUID householdId, UUID assessmentId) implements HouseholdEvent {
    }

    record HouseholdMoved(UUID householdId, String fromDesaCode, String toDesaCode) implements HouseholdEvent {
    }

    record HouseholdMergedAway(UUID householdId, String desaCode, UUID survivorId) implements HouseholdEvent {
    }

    /** The household was erased in the registry: from here on no member id of it is kept in the read models. */
    record HouseholdErased(UUID householdId, String desaCode) implements HouseholdEvent {
    }

    /** A member was erased: the needs named keep no member id from here on. */
    record MemberErased(UUID householdId, List<UUID> needIds) implements HouseholdEvent {
    }

    /** Every need of the verified-poor household is met or closed for a recorded reason. */
    record HouseholdNeedsMet(UUID householdId, String desaCode, int met, int closed) implements HouseholdEvent {
    }
}

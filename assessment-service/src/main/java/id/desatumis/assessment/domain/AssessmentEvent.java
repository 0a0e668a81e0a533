package id.desatumis.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What happens to a household's assessments; all of one household's are one stream, in order. */
public sealed interface AssessmentEvent {

    UUID householdId();

    /** An enumerator's visit, as recorded; the client chose the id (offline work syncs later). */
    record AssessmentSubmitted(UUID householdId, UUID assessmentId, String desaCode, LocalDate visitDate, String assessor,
                               String submittedBy, GeoPoint location, Answers answers) implements AssessmentEvent {
    }

    /** A result under another policy version, recorded beside the earlier one (which it never rewrites). */
    record AssessmentReclassified(UUID householdId, UUID assessmentId, Classification classification) implements AssessmentEvent {
    }

    /** The class and needs under a named policy version; a later policy never rewrites it. */
    record AssessmentClassified(UUID householdId, UUID assessmentId, Classification classification) implements AssessmentEvent {
    }

    /** Dinas Sosial or the forum added a need the policy did not derive, with a reason. */
    record NeedAdded(UUID householdId, UUID assessmentId, Need need, String by, String reason) implements AssessmentEvent {
    }

    /** Dinas Sosial or the forum struck a derived need, with a reason. */
    record NeedStruck(UUID householdId, UUID assessmentId, NeedKind kind, UUID memberId, String by, String reason)
            implements AssessmentEvent {
    }

    /** Verified by Dinas Sosial on the decision of the musyawarah desa. */
    record AssessmentVerified(UUID householdId, UUID assessmentId, String verifier, LocalDate forumDate,
                              String decisionNumber) implements AssessmentEvent {
    }

    record AssessmentRejected(UUID householdId, UUID assessmentId, String verifier, String reason) implements AssessmentEvent {
    }

    /** Sent back for a revisit, saying what to check. */
    record AssessmentReturned(UUID householdId, UUID assessmentId, String verifier, String whatToCheck)
            implements AssessmentEvent {
    }

    /**
     * The verified assessment became the household's current one and found it poor: its class and needs are what
     * partners and offices act on.
     */
    record NeedsIdentified(UUID householdId, UUID assessmentId, String desaCode, PovertyClass povertyClass,
                           String policyVersion, java.util.List<Need> needs) implements AssessmentEvent {
    }

    /** A household that had verified needs was re-assessed, verified, as not poor. */
    record HouseholdGraduated(UUID householdId, UUID assessmentId, String desaCode) implements AssessmentEvent {
    }
}

package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * What one event tells about a household, as the households table keeps it. Each fact comes from one source stream
 * (the registry's, assessment-service's or assistance-service's household stream) and writes only that source's
 * columns: that is what lets events of different topics arrive in any order.
 */
public sealed interface HouseholdFact {

    UUID householdId();

    /** The desa whose figures the fact changes. */
    Set<String> desaCodes();

    /** Folds this fact into the household's change of the batch (facts of one stream come in its order). */
    void applyTo(HouseholdChange change);

    /** HouseholdRegistered (a split-off household's too): listed, with its members, in its desa. */
    record Registered(UUID householdId, String desaCode, int members, OffsetDateTime at) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.registry(desaCode, members);
            c.listed(at);
        }
    }

    /** A registry event that adds or removes members (or none), naming the household's current desa. */
    record MembersChanged(UUID householdId, String desaCode, int delta) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.registry(desaCode, delta);
        }
    }

    /** HouseholdMoved: its desa from now on. */
    record Moved(UUID householdId, String fromDesaCode, String toDesaCode) implements HouseholdFact {
        public Set<String> desaCodes() {
            return fromDesaCode.equals(toDesaCode) ? Set.of(toDesaCode) : Set.of(fromDesaCode, toDesaCode);
        }

        public void applyTo(HouseholdChange c) {
            c.registry(toDesaCode, 0);
        }
    }

    /** Merged into another household, or erased: no longer listed. */
    record Gone(UUID householdId, String desaCode, String reason, OffsetDateTime at) implements HouseholdFact {
        public static final String MERGED = "MERGED";
        public static final String ERASED = "ERASED";

        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.registry(desaCode, 0);
            c.gone(at, reason);
        }
    }

    /** AssessmentClassified: assessed, found in this class by its latest classification. */
    record Classified(UUID householdId, String desaCode, UUID assessmentId, String povertyClass, OffsetDateTime at)
            implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.assessment(desaCode).classified(at, assessmentId, povertyClass);
        }
    }

    /** AssessmentVerified: the household's current assessment, whatever its class. */
    record Verified(UUID householdId, String desaCode, String povertyClass, OffsetDateTime at) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.assessment(desaCode).verified(at, povertyClass);
        }
    }

    /** AssessmentRejected. */
    record Rejected(UUID householdId, String desaCode, OffsetDateTime at) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.assessment(desaCode).rejected(at);
        }
    }

    /** NeedsIdentified: verified poor from now on, in this class. */
    record NeedsIdentified(UUID householdId, String desaCode, String povertyClass, OffsetDateTime at)
            implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.assessment(desaCode).needsIdentified(at, povertyClass);
        }
    }

    /** HouseholdGraduated: no longer verified poor. */
    record Graduated(UUID householdId, String desaCode, OffsetDateTime at) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.assessment(desaCode).graduated(at);
        }
    }

    /** HouseholdNeedsMet (assistance-service): every need met or closed, at this time. */
    record NeedsMet(UUID householdId, String desaCode, OffsetDateTime at) implements HouseholdFact {
        public Set<String> desaCodes() { return Set.of(desaCode); }

        public void applyTo(HouseholdChange c) {
            c.needsMet(at);
        }
    }
}

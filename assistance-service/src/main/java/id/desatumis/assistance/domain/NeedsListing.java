package id.desatumis.assistance.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a verified assessment says a household lacks (assessment-service's NeedsIdentified): it replaces any earlier
 * listing of the household.
 */
public record NeedsListing(UUID householdId, String desaCode, UUID assessmentId, String povertyClass,
                           String policyVersion, List<Listed> needs) {

    public NeedsListing {
        needs = List.copyOf(needs);
    }

    /** One need listed: its kind, and the member for a personal kind (null for a household need). */
    public record Listed(NeedKind kind, UUID memberId) {
    }
}

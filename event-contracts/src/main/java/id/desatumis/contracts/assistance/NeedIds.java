package id.desatumis.contracts.assistance;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * assistance-service's need id, made from what identifies a need: the household, the kind, and the member for a
 * personal kind (EDUCATION, HEALTH_COVER, SKILLS_TRAINING, BUSINESS_CAPITAL). A consumer of assessment-service's
 * NeedsIdentified computes the id that assistance-service's events will carry for the same need.
 */
public final class NeedIds {

    private NeedIds() {
    }

    /** A name-based (version 3) UUID of {@code need:<householdId>:<KIND>:<memberId or ->}. */
    public static UUID of(UUID householdId, String kind, UUID memberId) {
        String name = "need:" + householdId + ":" + kind + ":" + (memberId == null ? "-" : memberId);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}

package id.desatumis.assistance.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A need's id, made from what identifies the need (household, kind, and the member for a personal kind): a need listed
 * again by a later assessment keeps its id, its plan and its history.
 */
public final class NeedId {

    private NeedId() {
    }

    public static UUID of(UUID householdId, NeedKind kind, UUID memberId) {
        String name = "need:" + householdId + ":" + kind + ":" + (memberId == null ? "-" : memberId);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}

package id.desatumis.kit.api;

import java.util.Map;
import java.util.UUID;

/**
 * What a command answers: status, the resource's location, its version (the ETag) and a small body.
 * The body is kept for Idempotency-Key replays. {@code subject} is the household (or person) the answer is about,
 * when it says something of them (an assessment's class): its idempotency record goes with the subject's erasure
 * ({@link IdempotencyRecords#forgetSubject}).
 */
public record CommandResult(int status, String location, long version, Map<String, Object> body, UUID subject) {

    /** An answer that says nothing of a data subject (ids and versions only). */
    public CommandResult(int status, String location, long version, Map<String, Object> body) {
        this(status, location, version, body, null);
    }
}

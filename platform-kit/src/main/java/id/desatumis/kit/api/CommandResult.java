package id.desatumis.kit.api;

import java.util.Map;

/**
 * What a command answers: status, the resource's location, its version (the ETag) and a small body.
 * The body holds ids and versions only: it is kept for Idempotency-Key replays, which hold no personal data.
 */
public record CommandResult(int status, String location, long version, Map<String, Object> body) {
}

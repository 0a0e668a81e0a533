package id.desatumis.kit.api;

import java.util.List;
import java.util.Map;

/** The problem types every service shares, and shorthands to raise them. */
public final class Problems {

    public static final ProblemType VALIDATION = new ProblemType("validation-failed", 400, "The request breaks a rule",
            "One or more fields break a rule. Each entry of `errors` names the field, the rule and what it expects.");
    public static final ProblemType MALFORMED = new ProblemType("malformed-request", 400, "The request cannot be read",
            "The body is not valid JSON of the expected shape, or a header or parameter has the wrong form.");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", 401, "A valid bearer token is required",
            "Send `Authorization: Bearer <token>` with a token of this platform that has not expired.");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "Your role may not do this",
            "The token is valid but its role is not allowed on this endpoint.");
    public static final ProblemType OUTSIDE_SCOPE = new ProblemType("outside-village-scope", 403, "Outside your villages",
            "A village operator acts only for the desa codes in its token.");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "Not found",
            "Nothing is here, or nothing you may see.");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405, "Method not allowed",
            "This resource does not answer that HTTP method.");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406, "Not acceptable",
            "This resource answers in application/json (errors in application/problem+json).");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", 415,
            "Unsupported media type", "Send the body as application/json.");
    public static final ProblemType VERSION_CONFLICT = new ProblemType("version-conflict", 409, "Changed by someone else",
            "Another change to the same record was accepted first. Read it again (its version is in `currentVersion` and the ETag) and retry.");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed", 412, "If-Match is stale",
            "The record is no longer at the version in If-Match; its current version is in `currentVersion` and the ETag.");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused", 422,
            "Idempotency-Key reused with another request", "An Idempotency-Key names one request: reuse it only to retry the very same request.");
    public static final ProblemType IDEMPOTENCY_KEY_IN_FLIGHT = new ProblemType("idempotency-key-in-flight", 409,
            "The first request with this Idempotency-Key is still running", "Retry after it has finished.");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413, "The body is too large",
            "Request bodies are at most 1 MB, except uploads of the national list (POST /imports).");
    public static final ProblemType LENGTH_REQUIRED = new ProblemType("length-required", 411, "Length required",
            "Send the body with a Content-Length header.");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", 429, "Too many requests",
            "This caller has used its allowance for now. Wait for the seconds in Retry-After, then retry.");
    public static final ProblemType INTERNAL = new ProblemType("internal-error", 500, "Something went wrong on our side",
            "The request was not applied. Quote the correlation id when you report it.");
    public static final ProblemType UNAVAILABLE = new ProblemType("service-unavailable", 503, "Try again shortly",
            "A resource the service needs is not available right now; nothing was changed.");

    /** A rule of the state of things that no service catalog describes more precisely. */
    public static final ProblemType STATE_CONFLICT = new ProblemType("state-conflict", 409,
            "The current state does not allow this", "See `errors` for the rule; read the resource again and retry.");

    public static final List<ProblemType> ALL = List.of(VALIDATION, MALFORMED, UNAUTHORIZED, FORBIDDEN, OUTSIDE_SCOPE,
            NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, VERSION_CONFLICT, PRECONDITION_FAILED,
            IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_FLIGHT, PAYLOAD_TOO_LARGE, LENGTH_REQUIRED, TOO_MANY_REQUESTS, INTERNAL,
            UNAVAILABLE, STATE_CONFLICT);

    private Problems() {
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(VALIDATION, errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields break a rule", errors);
    }

    public static ProblemException invalid(String field, String rule, String message) {
        return invalid(List.of(new FieldError(field, rule, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(long currentVersion) {
        return new ProblemException(VERSION_CONFLICT, "the record changed; it is now at version " + currentVersion,
                List.of(), Map.of("currentVersion", currentVersion), Map.of("ETag", Versions.etag(currentVersion)));
    }

    public static ProblemException preconditionFailed(long currentVersion) {
        return new ProblemException(PRECONDITION_FAILED, "If-Match is stale; the record is at version " + currentVersion,
                List.of(), Map.of("currentVersion", currentVersion), Map.of("ETag", Versions.etag(currentVersion)));
    }
}

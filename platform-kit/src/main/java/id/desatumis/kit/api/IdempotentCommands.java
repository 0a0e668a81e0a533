package id.desatumis.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.api.IdempotencyRecords.Claim;
import id.desatumis.kit.api.IdempotencyRecords.Recorded;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Runs a command in one transaction, honouring an optional Idempotency-Key (IETF httpapi draft): scoped to
 * the caller, method and path; kept 24 hours; the same key with another body is 422; the same key while
 * the first request runs is 409; the same key and body after success replays the first answer.
 * The record of success is written in the command's own transaction, so a crash cannot separate them.
 * A failed command leaves no record: the client may retry it.
 *
 * <p>Each request claims the key with an owner token of its own ({@link IdempotencyRecords}). A request whose claim
 * was taken over while it ran (its lease of two minutes passed) is rolled back and answered 409: only the request
 * holding the claim can record an answer or withdraw the claim. A record that expires is taken over by the next use
 * of its key with its answer cleared, never replayed to it.
 */
@ApplicationScoped
public class IdempotentCommands {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Duration KEEP = Duration.ofHours(24);
    /** An in-flight record older than this was left by a crashed request and may be taken over. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /**
     * Claims tried before a 409: a record seen by a claim can vanish (a failed request withdrew it, the pruner removed
     * it) or expire before it is read, and the key is then free to claim again.
     */
    private static final int CLAIM_ATTEMPTS = 3;

    private final Pool pool;
    private final IdempotencyRecords records;
    private final ObjectMapper mapper;

    public IdempotentCommands(Pool pool, IdempotencyRecords records, ObjectMapper mapper) {
        this.pool = pool;
        this.records = records;
        this.mapper = mapper;
    }

    public Uni<Response> execute(Caller caller, String method, String path, String idempotencyKey, Object request,
                                 Function<SqlConnection, Uni<CommandResult>> command) {
        if (idempotencyKey == null) {
            return pool.withTransaction(command).map(this::toResponse);
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw Problems.invalid("Idempotency-Key", "idempotency-key", "Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        Claim claim = Claim.draw(scope(caller, method, path, idempotencyKey));
        byte[] requestHash = sha256(json(request));
        return claimOrReplay(claim, requestHash, 1).chain(replay -> replay != null
                ? Uni.createFrom().item(replay)
                : pool.withTransaction(tx -> command.apply(tx).call(result -> answer(tx, claim, result)))
                    .map(this::toResponse)
                    .onFailure().call(() -> records.withdraw(claim).onFailure().recoverWithNull()));
    }

    /** What a key is scoped to: the caller, the method and the path (hashed: the table holds no caller ids). */
    static byte[] scope(Caller caller, String method, String path, String idempotencyKey) {
        return sha256(caller.subject() + "\n" + method + "\n" + path + "\n" + idempotencyKey);
    }

    /** Claims the key (null), or answers as its first use did. */
    private Uni<Response> claimOrReplay(Claim claim, byte[] requestHash, int attempt) {
        return records.claim(claim, requestHash, KEEP, LEASE).chain(claimed -> claimed
                ? Uni.createFrom().nullItem()
                : records.live(claim.scope()).chain(recorded -> {
                    if (recorded.isPresent()) {
                        return Uni.createFrom().item(answerFor(recorded.get(), requestHash));
                    }
                    if (attempt < CLAIM_ATTEMPTS) {
                        return claimOrReplay(claim, requestHash, attempt + 1);
                    }
                    return Uni.createFrom().failure(inFlight("another request with this key is being answered"));
                }));
    }

    private Response answerFor(Recorded existing, byte[] requestHash) {
        if (!Arrays.equals(existing.requestHash(), requestHash)) {
            throw new ProblemException(Problems.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with another request");
        }
        if (!existing.done()) {
            throw inFlight("the first request with this key is still running");
        }
        try {
            Map<String, Object> body = mapper.readValue(existing.body(), new TypeReference<>() { });
            Response first = toResponse(new CommandResult(existing.status(), existing.location(), existing.version(), body));
            // tells the client this is the answer to its first request, not a new effect
            return Response.fromResponse(first).header("Idempotent-Replayed", "true").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response unreadable", e);
        }
    }

    /** Records the answer with the command; fails, rolling the command back, when the claim is no longer ours. */
    private Uni<Void> answer(SqlConnection tx, Claim claim, CommandResult result) {
        return records.answer(tx, claim, result, json(result.body()))
                .invoke(kept -> {
                    if (!kept) {
                        throw inFlight("a later request with this key took it over while this one ran; its answer counts");
                    }
                }).replaceWithVoid();
    }

    private static ProblemException inFlight(String detail) {
        return new ProblemException(Problems.IDEMPOTENCY_KEY_IN_FLIGHT, detail);
    }

    private Response toResponse(CommandResult r) {        Response.ResponseBuilder b = Response.status(r.status()).entity(r.body()).header("ETag", Versions.etag(r.version()));
        if (r.location() != null) {
            b.header("Location", r.location());
        }
        return b.type("application/json").build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

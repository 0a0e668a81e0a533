package id.desatumis.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
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
 */
@ApplicationScoped
public class IdempotentCommands {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Duration KEEP = Duration.ofHours(24);
    /** An in-flight record older than this was left by a crashed request and may be taken over. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Pool pool;
    private final ObjectMapper mapper;

    public IdempotentCommands(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
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
        byte[] scope = sha256(caller.subject() + "\n" + method + "\n" + path + "\n" + idempotencyKey);
        byte[] requestHash = sha256(json(request));
        return claim(scope, requestHash).chain(replay -> replay != null
                ? Uni.createFrom().item(replay)
                : pool.withTransaction(tx -> command.apply(tx).call(result -> remember(tx, scope, result)))
                    .map(this::toResponse)
                    .onFailure().call(() -> forget(scope)));
    }

    /** Claims the key (null), or answers as its first use did. */
    private Uni<Response> claim(byte[] scope, byte[] requestHash) {
        return pool.preparedQuery("""
                        INSERT INTO idempotency_keys (scope_hash, request_hash, state, expires_at)
                        VALUES ($1, $2, 'in_flight', now() + make_interval(secs => $3))
                        ON CONFLICT (scope_hash) DO UPDATE SET request_hash = EXCLUDED.request_hash,
                              created_at = now(), expires_at = EXCLUDED.expires_at
                          WHERE idempotency_keys.expires_at < now()
                             OR (idempotency_keys.state = 'in_flight'
                                 AND idempotency_keys.created_at < now() - make_interval(secs => $4))
                        RETURNING state""")
                .execute(Tuple.of(Buffer.buffer(scope), Buffer.buffer(requestHash), (double) KEEP.toSeconds(),
                        (double) LEASE.toSeconds()))
                .chain(claimed -> claimed.rowCount() == 1
                        ? Uni.createFrom().nullItem()
                        : pool.preparedQuery("SELECT * FROM idempotency_keys WHERE scope_hash = $1")
                            .execute(Tuple.of(Buffer.buffer(scope)))
                            .map(rows -> answerFor(rows.iterator().next(), requestHash)));
    }

    private Response answerFor(Row existing, byte[] requestHash) {
        if (!Arrays.equals(existing.getBuffer("request_hash").getBytes(), requestHash)) {
            throw new ProblemException(Problems.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with another request");
        }
        if (!"done".equals(existing.getString("state"))) {
            throw new ProblemException(Problems.IDEMPOTENCY_KEY_IN_FLIGHT, "the first request with this key is still running");
        }
        try {
            Map<String, Object> body = mapper.readValue(existing.getString("response_body"), new TypeReference<>() { });
            Response first = toResponse(new CommandResult(existing.getInteger("response_status"),
                    existing.getString("response_location"), existing.getLong("response_version"), body));
            // tells the client this is the answer to its first request, not a new effect
            return Response.fromResponse(first).header("Idempotent-Replayed", "true").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response unreadable", e);
        }
    }

    private Uni<Void> remember(SqlConnection tx, byte[] scope, CommandResult result) {
        return tx.preparedQuery("""
                        UPDATE idempotency_keys SET state = 'done', response_status = $2, response_location = $3,
                               response_version = $4, response_body = $5 WHERE scope_hash = $1""")
                .execute(Tuple.of(Buffer.buffer(scope), result.status(), result.location(), result.version(),
                        json(result.body())))
                .replaceWithVoid();
    }

    private Uni<Void> forget(byte[] scope) {
        return pool.preparedQuery("DELETE FROM idempotency_keys WHERE scope_hash = $1 AND state = 'in_flight'")
                .execute(Tuple.of(Buffer.buffer(scope))).replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    private Response toResponse(CommandResult r) {
        Response.ResponseBuilder b = Response.status(r.status()).entity(r.body()).header("ETag", Versions.etag(r.version()));
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

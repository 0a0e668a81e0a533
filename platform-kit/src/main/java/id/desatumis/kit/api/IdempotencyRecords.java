package id.desatumis.kit.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_keys} table: one row per Idempotency-Key scope, claimed by one request at a time. A claim
 * carries its request's owner token, and every write after the claim names it: a request that lost its claim (taken
 * over after its lease, or after the record expired) changes nothing of the request that took it.
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** One request's claim on a scope. */
    public record Claim(byte[] scope, UUID owner) {
        public static Claim draw(byte[] scope) {
            return new Claim(scope, UUID.randomUUID());
        }
    }

    /** A live (unexpired) record as its first request left it. */
    public record Recorded(byte[] requestHash, boolean done, Integer status, String location, Long version, String body) {
    }

    private final Pool pool;

    public IdempotencyRecords(Pool pool) {
        this.pool = pool;
    }

    /**
     * Claims the scope for this request: a new record, or one that expired (the pruner has not removed it yet) or whose
     * request has held it in flight past the lease (it crashed, or is stuck). Taking a record over clears its answer,
     * so nobody can replay the answer of an earlier use to a later one. True when the claim is this request's.
     */
    public Uni<Boolean> claim(Claim claim, byte[] requestHash, Duration keep, Duration lease) {
        return pool.preparedQuery("""
                        INSERT INTO idempotency_keys (scope_hash, request_hash, state, expires_at, owner)
                        VALUES ($1, $2, 'in_flight', now() + make_interval(secs => $3), $5)
                        ON CONFLICT (scope_hash) DO UPDATE SET request_hash = EXCLUDED.request_hash,
                              state = 'in_flight', owner = EXCLUDED.owner, response_status = NULL,
                              response_location = NULL, response_version = NULL, response_body = NULL,
                              created_at = now(), expires_at = EXCLUDED.expires_at
                          WHERE idempotency_keys.expires_at < now()
                             OR (idempotency_keys.state = 'in_flight'
                                 AND idempotency_keys.created_at < now() - make_interval(secs => $4))
                        RETURNING owner""")
                .execute(Tuple.of(Buffer.buffer(claim.scope()), Buffer.buffer(requestHash), (double) keep.toSeconds(),
                        (double) lease.toSeconds(), claim.owner()))
                .map(rows -> rows.rowCount() == 1 && claim.owner().equals(rows.iterator().next().getUUID("owner")));
    }

    /** The scope's record unless it has expired: empty when it vanished or expired since a claim found it. */
    public Uni<Optional<Recorded>> live(byte[] scope) {
        return pool.preparedQuery("SELECT * FROM idempotency_keys WHERE scope_hash = $1 AND expires_at >= now()")
                .execute(Tuple.of(Buffer.buffer(scope)))
                .map(IdempotencyRecords::first);
    }

    /**
     * Records the command's answer in the command's own transaction, if the claim is still this request's. False when
     * it was taken over: the caller must then roll the command back.
     */
    public Uni<Boolean> answer(SqlConnection tx, Claim claim, CommandResult result, String body) {
        return tx.preparedQuery("""
                        UPDATE idempotency_keys SET state = 'done', response_status = $3, response_location = $4,
                               response_version = $5, response_body = $6, subject_id = $7
                        WHERE scope_hash = $1 AND owner = $2 AND state = 'in_flight'""")
                .execute(Tuple.from(new Object[]{Buffer.buffer(claim.scope()), claim.owner(), result.status(),
                        result.location(), result.version(), body, result.subject()}))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Deletes the records of answers about an erased subject, in the erasure's transaction. */
    public Uni<Void> forgetSubject(SqlClient client, UUID subject) {
        return client.preparedQuery("DELETE FROM idempotency_keys WHERE subject_id = $1").execute(Tuple.of(subject))
                .replaceWithVoid();
    }

    /** Withdraws this request's claim after its command failed, so that the client may retry; another's stays. */
    public Uni<Void> withdraw(Claim claim) {
        return pool.preparedQuery("DELETE FROM idempotency_keys WHERE scope_hash = $1 AND owner = $2 AND state = 'in_flight'")
                .execute(Tuple.of(Buffer.buffer(claim.scope()), claim.owner())).replaceWithVoid();
    }

    /** Deletes every expired record; how many. */
    public Uni<Integer> pruneExpired() {
        return pool.query("DELETE FROM idempotency_keys WHERE expires_at < now()").execute().map(RowSet::rowCount);
    }

    private static Optional<Recorded> first(RowSet<Row> rows) {
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row r = rows.iterator().next();
        return Optional.of(new Recorded(r.getBuffer("request_hash").getBytes(), "done".equals(r.getString("state")),
                r.getInteger("response_status"), r.getString("response_location"), r.getLong("response_version"),
                r.getString("response_body")));
    }
}

package id.desatumis.kit.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.security.Caller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Idempotency-Key records under the races a review found: a key used again after its record expired but before the
 * pruner removed it, a request whose lease passed while it still ran, a failed request withdrawing a claim that is no
 * longer its own, a record vanishing between the claim and its reading. The commands write a row of the test
 * application's own table ({@code service_notes}, the key as its author), so each test counts what took effect.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class IdempotencyRacesTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PATH = "/notes";

    @Inject
    IdempotentCommands commands;

    @Inject
    Pool pool;

    final Caller caller = new Caller("tester-" + UUID.randomUUID(), "tester", Set.of("dinsos"), Set.of(), null, null);

    @Test
    void aKeyUsedAgainAfterItsRecordExpiredRunsAgainAndIsNeverAnsweredWithTheOldAnswer() {
        String key = key();
        Response first = run(key, "a", note(key, "first"));
        assertThat(first.getStatus()).isEqualTo(201);
        expire(key);

        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletableFuture<Response> second = start(key, "b", held(gate, note(key, "second")));
        awaitInFlight(key);
        // the same key and body while the second use runs: in flight, not the first use's answer
        assertThatThrownBy(() -> run(key, "b", note(key, "third"))).satisfies(inFlight());

        gate.complete(null);
        Response answered = second.join();
        assertThat(answered.getStatus()).isEqualTo(201);
        assertThat(answered.getLocation()).isNotEqualTo(first.getLocation());
        Response replayed = run(key, "b", note(key, "fourth"));
        assertThat(replayed.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getLocation()).isEqualTo(answered.getLocation());
        assertThat(notes(key)).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void aRequestOvertakenAfterItsLeaseIsRolledBackAndTheOvertakingOneCounts() {
        String key = key();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletableFuture<Response> slow = start(key, "a", held(gate, note(key, "slow")));
        awaitInFlight(key);
        leasePassed(key);

        Response fast = run(key, "a", note(key, "fast"));
        assertThat(fast.getStatus()).isEqualTo(201);
        gate.complete(null);
        assertThatThrownBy(slow::join).isInstanceOf(CompletionException.class).cause().satisfies(inFlight());

        assertThat(notes(key)).containsExactly("fast");
        assertThat(run(key, "a", note(key, "again")).getLocation()).isEqualTo(fast.getLocation());
    }

    @Test
    void aFailedRequestWithdrawsItsOwnClaimOnlyNeverTheOneThatOvertookIt() {
        String key = key();
        CompletableFuture<Void> firstGate = new CompletableFuture<>();
        CompletableFuture<Response> failing = start(key, "a", held(firstGate,
                tx -> Uni.createFrom().failure(new IllegalStateException("the command failed"))));
        awaitInFlight(key);
        leasePassed(key);
        CompletableFuture<Void> secondGate = new CompletableFuture<>();
        CompletableFuture<Response> overtaking = start(key, "a", held(secondGate, note(key, "overtaking")));
        await().atMost(PATIENCE).until(() -> claimAgeSeconds(key) < 60);

        firstGate.complete(null);
        assertThatThrownBy(failing::join).isInstanceOf(CompletionException.class);
        // the overtaking request still holds the key: a third is refused, not run beside it
        assertThatThrownBy(() -> run(key, "a", note(key, "third"))).satisfies(inFlight());

        secondGate.complete(null);
        assertThat(overtaking.join().getStatus()).isEqualTo(201);
        assertThat(notes(key)).containsExactly("overtaking");
    }

    @Test
    void aRecordThatVanishesBetweenTheClaimAndItsReadingIsNoServerError() {
        List<Throwable> unexpected = new ArrayList<>();
        for (int round = 0; round < 150; round++) {
            String key = key();
            run(key, "a", note(key, "first"));
            // a withdrawal or the pruner removing the record, racing the same key's next use
            CompletableFuture<Response> again = start(key, "a", note(key, "again"));
            pool.preparedQuery("DELETE FROM idempotency_keys WHERE scope_hash = $1").execute(Tuple.of(scope(key)))
                    .await().atMost(PATIENCE);
            try {
                // either the first answer replayed, or the key was free again and the request ran
                assertThat(again.join().getStatus()).isEqualTo(201);
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ProblemException p && p.type() == Problems.IDEMPOTENCY_KEY_IN_FLIGHT)) {
                    unexpected.add(e.getCause());
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    private Response run(String key, String body, Function<SqlConnection, Uni<CommandResult>> command) {
        return commands.execute(caller, "POST", PATH, key, Map.of("body", body), command).await().atMost(PATIENCE);
    }

    private CompletableFuture<Response> start(String key, String body, Function<SqlConnection, Uni<CommandResult>> command) {
        return commands.execute(caller, "POST", PATH, key, Map.of("body", body), command)
                .subscribeAsCompletionStage();
    }

    /** A command that writes a note with the request's key as its author. */
    private static Function<SqlConnection, Uni<CommandResult>> note(String key, String text) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return tx -> tx.preparedQuery("INSERT INTO service_notes (id, note, author) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, text, key))
                .map(ok -> new CommandResult(201, PATH + "/" + id, 1, Map.of("id", id)));
    }

    /** The command once the gate opens: a request still running while the test acts. */
    private static Function<SqlConnection, Uni<CommandResult>> held(CompletableFuture<Void> gate,
                                                                     Function<SqlConnection, Uni<CommandResult>> command) {
        return tx -> Uni.createFrom().completionStage(gate).chain(() -> command.apply(tx));
    }

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    private List<String> notes(String key) {
        List<String> notes = new ArrayList<>();
        pool.preparedQuery("SELECT note FROM service_notes WHERE author = $1").execute(Tuple.of(key))
                .await().atMost(PATIENCE).forEach(r -> notes.add(r.getString(0)));
        return notes;
    }

    private Buffer scope(String key) {
        return Buffer.buffer(IdempotentCommands.scope(caller, "POST", PATH, key));
    }

    private void awaitInFlight(String key) {
        await().atMost(PATIENCE).until(() -> "in_flight".equals(
                sql("SELECT state FROM idempotency_keys WHERE scope_hash = $1", key)));
    }

    private void expire(String key) {
        sql("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE scope_hash = $1 RETURNING state", key);
    }

    private void leasePassed(String key) {
        sql("UPDATE idempotency_keys SET created_at = now() - interval '3 minutes' WHERE scope_hash = $1 RETURNING state", key);
    }

    private double claimAgeSeconds(String key) {
        return Double.parseDouble(sql("SELECT extract(epoch FROM now() - created_at)::text FROM idempotency_keys "
                + "WHERE scope_hash = $1", key));
    }

    private String sql(String statement, String key) {
        var rows = pool.preparedQuery(statement).execute(Tuple.of(scope(key))).await().atMost(PATIENCE);
        return rows.rowCount() == 0 ? null : rows.iterator().next().getString(0);
    }

    private static Consumer<Throwable> inFlight() {
        return e -> assertThat(e).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.type()).isEqualTo(Problems.IDEMPOTENCY_KEY_IN_FLIGHT));
    }
}

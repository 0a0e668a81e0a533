package id.desatumis.kit.crypto;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A write that needs a subject's key while the subject's erasure is not yet committed, on a real PostgreSQL: whichever
 * order the two take, no key of the subject is left once both have committed (what was sealed under the key it was
 * given is shredded with it). The write is let go only once it has met the erasure: finished, or waiting on its row.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class SubjectKeysErasureRaceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String MASTER_KEY = Base64.getEncoder()
            .encodeToString("kit-test-master-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Inject
    Pool pool;

    final SubjectKeys keys = new SubjectKeys(new MasterKey(Optional.of(MASTER_KEY), Optional.empty()));

    @Test
    void aKeyAskedForWhileItsSubjectsErasureIsUncommittedDoesNotOutliveTheErasure() {
        UUID subject = UUID.randomUUID();
        pool.withTransaction(tx -> keys.forWriting(tx, Set.of(subject))).await().atMost(PATIENCE);

        raceAWriteAgainstTheErasureOf(subject);
    }

    @Test
    void aFirstKeyAskedForWhileItsSubjectsErasureIsUncommittedIsNeverMade() {
        raceAWriteAgainstTheErasureOf(UUID.randomUUID());
    }

    private void raceAWriteAgainstTheErasureOf(UUID subject) {
        SqlConnection erasing = pool.getConnection().await().atMost(PATIENCE);
        try {
            Transaction erasure = erasing.begin().await().atMost(PATIENCE);
            keys.erase(erasing, Map.of(subject, "person"), "tester", "a race").await().atMost(PATIENCE);

            CompletableFuture<Map<UUID, byte[]>> writing = pool.withTransaction(tx -> keys.forWriting(tx, Set.of(subject)))
                    .subscribeAsCompletionStage();
            await().atMost(PATIENCE).until(() -> writing.isDone() || writesWaitingOnALock() > 0);
            erasure.commit().await().atMost(PATIENCE);
            writing.join();
        } finally {
            erasing.close().await().atMost(PATIENCE);
        }

        assertThat(keys.forReading(pool, Set.of(subject)).await().atMost(PATIENCE)).as("a key left after the erasure")
                .isEmpty();
        assertThat(keys.erasedAmong(pool, Set.of(subject)).await().atMost(PATIENCE)).containsExactly(subject);
        assertThat(keys.forWriting(pool, Set.of(subject)).await().atMost(PATIENCE)).as("a key made after the erasure")
                .isEmpty();
    }

    private long writesWaitingOnALock() {
        return pool.query("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%subject_keys%'""")
                .execute().await().atMost(PATIENCE).iterator().next().getLong(0);
    }
}

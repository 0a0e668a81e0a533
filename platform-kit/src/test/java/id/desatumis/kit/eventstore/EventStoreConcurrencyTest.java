package id.desatumis.kit.eventstore;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.KitTestSupport.versionsOf;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class EventStoreConcurrencyTest {

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void twoAppendsWithTheSameExpectedVersionOneWinsTheOtherConflictsAndNoVersionIsSkipped() throws Exception {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, 0, "{\"n\":1}"));

        // the first writer holds its stream lock inside an open transaction
        var first = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        var tx = first.begin().await().atMost(Duration.ofSeconds(10));
        store.append(first, append(stream, 1, "{\"n\":2}")).await().atMost(Duration.ofSeconds(10));

        // the second, with the same expected version, waits for the lock
        CompletableFuture<AppendResult> second = pool.withTransaction(c -> store.append(c, append(stream, 1, "{\"n\":3}")))
                .subscribeAsCompletionStage();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waitingForALock() > 0);
        assertThat(second).isNotDone();

        tx.commit().await().atMost(Duration.ofSeconds(10));
        first.close().await().indefinitely();

        assertThat(second).failsWithin(10, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(StreamVersionConflict.class, c -> {
                    assertThat(c.expectedVersion()).isEqualTo(1);
                    assertThat(c.actualVersion()).isEqualTo(2);
                });
        assertThat(versionsOf(pool, stream)).containsExactly(1L, 2L);
    }

    private long waitingForALock() {
        return pool.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void manyConcurrentWritersOfOneVersionLeaveExactlyOneWinnerAndAContiguousStream() {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, 0, "{\"n\":0}"));
        List<Uni<String>> racers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            racers.add(pool.withTransaction(c -> store.append(c, append(stream, 1, "{\"racer\":true}")))
                    .map(r -> "won")
                    .onFailure(StreamVersionConflict.class).recoverWithItem("conflict"));
        }
        List<String> outcomes = Uni.join().all(racers).andFailFast().await().atMost(Duration.ofSeconds(30));
        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("conflict"::equals).hasSize(9);
        assertThat(versionsOf(pool, stream)).containsExactly(1L, 2L);
    }

    @Test
    void anAppendToANewStreamRefusesAStreamThatExists() {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, StreamAppend.NEW_STREAM, "{\"n\":1}"));
        assertThat(pool.withTransaction(c -> store.append(c, append(stream, StreamAppend.NEW_STREAM, "{\"n\":2}")))
                .onFailure().recoverWithItem(e -> new AppendResult(e.getClass().getSimpleName(), -1))
                .await().atMost(Duration.ofSeconds(10)).streamId())
                .isEqualTo("StreamVersionConflict");
        assertThat(versionsOf(pool, stream)).containsExactly(1L);
    }

    @Test
    void aStreamReadsBackInVersionOrderWithItsMetadata() {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, 0, "{\"n\":1}", "{\"n\":2}"));
        appendNow(pool, store, append(stream, 2, "{\"n\":3}"));
        List<StoredEvent> events = store.readStream(pool, stream).await().atMost(Duration.ofSeconds(10));
        assertThat(events).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(StoredEvent::payloadJson).containsExactly("{\"n\": 1}", "{\"n\": 2}", "{\"n\": 3}");
        EventMetadata m = EventStore.parseMetadata(events.get(0).metadataJson());
        assertThat(m.actorSubject()).isEqualTo("tester");
        assertThat(m.actorRole()).isEqualTo("dinsos");
        assertThat(m.traceparent()).startsWith("00-0af7651916cd43dd");
    }
}

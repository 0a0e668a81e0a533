package id.desatumis.kit.eventstore;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.KitTestSupport.versionsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The append as one database call (append_events) and the lock-before-write rule it guards. */
@QuarkusTest
class SingleCallAppendTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void lockRefusesOnceTheTransactionHasWritten() {
        String stream = newStream("ledger");
        assertThatThrownBy(() -> pool.withTransaction(tx -> somethingWritten(tx)
                        .chain(() -> store.lock(tx, List.of(stream))))
                .await().atMost(PATIENCE))
                .isInstanceOf(LockOrderViolation.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first write");
        assertThat(versionsOf(pool, stream)).isEmpty();
    }

    @Test
    void anAppendAfterAWriteWithoutItsLocksIsRefusedAndNothingOfTheTransactionStays() {
        String stream = newStream("ledger");
        UUID marker = UUID.randomUUID();
        assertThatThrownBy(() -> pool.withTransaction(tx -> somethingWritten(tx, marker)
                        .chain(() -> store.append(tx, append(stream, 0, "{\"n\":1}"))))
                .await().atMost(PATIENCE))
                .isInstanceOf(LockOrderViolation.class);
        assertThat(versionsOf(pool, stream)).isEmpty();
        assertThat(processedRows(marker)).isZero();
    }

    @Test
    void lockThenWriteThenAppendIsTheSealingPatternAndIsAccepted() {
        String stream = newStream("ledger");
        UUID marker = UUID.randomUUID();
        long version = pool.withTransaction(tx -> store.lock(tx, List.of(stream))
                        .chain(() -> somethingWritten(tx, marker))
                        .chain(() -> store.append(tx, append(stream, 0, "{\"n\":1}"))))
                .await().atMost(PATIENCE).version();
        assertThat(version).isEqualTo(1);
        assertThat(processedRows(marker)).isOne();
        // a stream not locked before the write is still refused in such a transaction
        String other = newStream("ledger");
        assertThatThrownBy(() -> pool.withTransaction(tx -> store.lock(tx, List.of(stream))
                        .chain(() -> somethingWritten(tx))
                        .chain(() -> store.appendAll(tx, List.of(append(stream, 1, "{\"n\":2}"), append(other, 0, "{\"n\":1}")))))
                .await().atMost(PATIENCE))
                .isInstanceOf(LockOrderViolation.class);
        assertThat(versionsOf(pool, stream)).containsExactly(1L);
    }

    @Test
    void anyVersionAppendsWhereverTheStreamIs() {
        String stream = newStream("ledger");
        assertThat(appendNow(pool, store, append(stream, StreamAppend.ANY_VERSION, "{\"n\":1}"))).isEqualTo(1);
        assertThat(appendNow(pool, store, append(stream, StreamAppend.ANY_VERSION, "{\"n\":2}", "{\"n\":3}"))).isEqualTo(3);
        assertThat(versionsOf(pool, stream)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aMultiStreamAppendIsAllOrNothing() {
        String fresh = newStream("ledger");
        String moved = newStream("ledger");
        appendNow(pool, store, append(moved, 0, "{\"n\":1}"));
        assertThatThrownBy(() -> pool.withTransaction(tx -> store.appendAll(tx, List.of(
                        append(fresh, 0, "{\"n\":1}", "{\"n\":2}"),
                        append(moved, 0, "{\"n\":2}"))))
                .await().atMost(PATIENCE))
                .isInstanceOfSatisfying(StreamVersionConflict.class, c -> {
                    assertThat(c.streamId()).isEqualTo(moved);
                    assertThat(c.expectedVersion()).isZero();
                    assertThat(c.actualVersion()).isEqualTo(1);
                });
        assertThat(versionsOf(pool, fresh)).isEmpty();
        assertThat(streamRows(fresh)).isZero();

        List<AppendResult> both = pool.withTransaction(tx -> store.appendAll(tx, List.of(
                append(moved, 1, "{\"n\":2}"), append(fresh, 0, "{\"n\":1}", "{\"n\":2}")))).await().atMost(PATIENCE);
        assertThat(both).containsExactlyInAnyOrder(new AppendResult(moved, 2), new AppendResult(fresh, 2));
    }

    @Test
    void theDatabaseChainsHashesExactlyAsEventHashDoes() {
        String stream = newStream("ledger");
        // escapes, non-ASCII text, nested objects and numbers in forms that canonical JSON rewrites
        appendNow(pool, store, append(stream, 0, "{\"name\":\"Siti Nurhaliza \u00e9\u4e2d\\\"q\\\"\",\"tab\":\"a\\tb\",\"z\":1,\"a\":{\"y\":[1,2.50,1e3],\"b\":null}}"));
        appendNow(pool, store, append(stream, StreamAppend.ANY_VERSION, "{\"emoji\":\"\ud83c\udf3e\",\"n\":-0.5}", "{}"));
        List<StoredEvent> events = store.readStream(pool, stream).await().atMost(PATIENCE);
        byte[] previous = EventHash.GENESIS;
        for (StoredEvent e : events) {
            byte[] expected = EventHash.of(previous, e);
            assertThat(e.hash()).as("version %d", e.version()).isEqualTo(expected);
            previous = expected;
        }
        assertThat(events).hasSize(3);
        byte[] head = pool.preparedQuery("SELECT last_hash FROM event_streams WHERE stream_id = $1").execute(Tuple.of(stream))
                .map(rows -> rows.iterator().next().getBuffer(0).getBytes()).await().atMost(PATIENCE);
        assertThat(Arrays.equals(head, previous)).isTrue();
    }

    @Test
    void theCanonicalPrefixCompletedWithTheVersionIsTheHashedDocument() {
        var at = java.time.OffsetDateTime.parse("2026-01-02T03:04:05.123456Z");
        UUID id = UUID.randomUUID();
        String prefix = EventHash.canonicalPrefix("ledger-1", id, "Noted", 2, "{\"b\":1,\"a\":\"x\"}", "{\"actor\":{}}", at);
        assertThat(prefix + "7}").isEqualTo(CanonicalJson.canonicalize("{\"streamId\":\"ledger-1\",\"version\":7,"
                + "\"eventId\":\"" + id + "\",\"eventType\":\"Noted\",\"schemaVersion\":2,\"payload\":{\"a\":\"x\",\"b\":1},"
                + "\"metadata\":{\"actor\":{}},\"recordedAt\":\"2026-01-02T03:04:05.123456Z\"}"));
    }

    @Test
    void theChainFormatIsTheOneExistingDatabasesHold() {
        // hashes computed by EventHash as of commit e012114, before appends moved into the database
        var at = java.time.OffsetDateTime.parse("2026-01-02T03:04:05.123456+07:00");
        UUID id = UUID.fromString("0b0c2a4e-3a43-4a47-9b35-6c1cdd4c7b27");
        byte[] first = EventHash.of(EventHash.GENESIS, "ledger-7", 1, id, "Noted\"Q", 2,
                "{\"z\":[1,2.50,1e3,\"\\u00e9\\n\"],\"a\":{\"b\":null,\"\u4e2d\":true}}",
                "{\"actor\":{\"sub\":\"s\",\"role\":\"r\"},\"source\":\"/x\"}", at);
        byte[] second = EventHash.of(first, "ledger-7", 2, id, "Noted", 1, "{}", "{\"actor\":{}}", at);
        assertThat(HexFormat.of().formatHex(first)).isEqualTo("a3319454e526aa6550707b9c62a35b76c051e38a09d8a1e5e2d1b1a223df3982");
        assertThat(HexFormat.of().formatHex(second)).isEqualTo("5e93deb6ed8145af5c73767d7484b3ab1d4f12e6148295637277be8b080f02b4");
    }

    private static Uni<Void> somethingWritten(SqlConnection tx) {
        return somethingWritten(tx, UUID.randomUUID());
    }

    /** A write of the transaction's own before its streams' locks: a row of the kit's inbox table. */
    private static Uni<Void> somethingWritten(SqlConnection tx, UUID marker) {
        return tx.preparedQuery("INSERT INTO processed_event (consumer, event_id) VALUES ('single-call-test', $1)")
                .execute(Tuple.of(marker)).replaceWithVoid();
    }

    private long processedRows(UUID marker) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = $1", marker);
    }

    private long streamRows(String stream) {
        return count("SELECT count(*) FROM event_streams WHERE stream_id = $1", stream);
    }

    private long count(String sql, Object arg) {
        return pool.preparedQuery(sql).execute(Tuple.of(arg)).map(rows -> rows.iterator().next().getLong(0))
                .await().atMost(PATIENCE);
    }
}

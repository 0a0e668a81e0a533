package id.desatumis.kit;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Small helpers shared by platform-kit's tests. */
public final class KitTestSupport {

    public static final EventMetadata TEST_ACTOR = new EventMetadata("tester", "dinsos", "corr-1", null,
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "/desatumis/kit-test");

    private KitTestSupport() {
    }

    public static String newStream(String category) {
        return category + "-" + UUID.randomUUID();
    }

    public static StreamAppend append(String streamId, long expectedVersion, String... payloads) {
        String category = streamId.substring(0, streamId.indexOf('-'));
        List<NewEvent> events = java.util.Arrays.stream(payloads)
                .map(p -> NewEvent.of("Noted", 1, p)).toList();
        return new StreamAppend(streamId, category, expectedVersion, events, TEST_ACTOR);
    }

    public static long appendNow(Pool pool, EventStore store, StreamAppend append) {
        return pool.withTransaction(tx -> store.append(tx, append)).await().atMost(Duration.ofSeconds(30)).version();
    }

    public static List<Long> versionsOf(Pool pool, String streamId) {
        return pool.preparedQuery("SELECT version FROM events WHERE stream_id = $1 ORDER BY version")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(streamId))
                .map(rows -> {
                    List<Long> out = new java.util.ArrayList<>();
                    rows.forEach(r -> out.add(r.getLong(0)));
                    return out;
                }).await().atMost(Duration.ofSeconds(30));
    }
}

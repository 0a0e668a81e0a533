package id.desatumis.kit.eventstore;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static org.assertj.core.api.Assertions.assertThat;

/** The reactive feed a projection reads: transaction order, the horizon, paging past a position, the count behind. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class EventFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    EventFeed feed;

    @Test
    void aTransactionOpenBelowTheHorizonHoldsTheFeedAndItsEventsComeFirstOnceItEndsThoughTheirPositionsAreHigher() {
        FeedPosition tail = tail();
        String early = newStream("feed");
        String late = newStream("feed");
        String laterStill = newStream("feed");

        // T1 writes first (so its transaction id is lower) and stays open
        var conn = pool.getConnection().await().atMost(WAIT);
        var tx = conn.begin().await().atMost(WAIT);
        store.lock(conn, List.of(early, laterStill)).await().atMost(WAIT);
        store.append(conn, append(early, 0, "{\"n\":1}")).await().atMost(WAIT);

        // T2 commits past it: counted as behind, but not readable while T1 might still add events before it
        appendNow(pool, store, append(late, 0, "{\"n\":1}", "{\"n\":2}"));
        assertThat(ours(feed.next(pool, tail, 100).await().atMost(WAIT), early, late, laterStill)).isEmpty();
        assertThat(feed.countAfter(pool, tail, 1000).await().atMost(WAIT)).isGreaterThanOrEqualTo(2);

        // T1 appends again (a position above T2's) and ends
        store.append(conn, append(laterStill, 0, "{\"n\":1}")).await().atMost(WAIT);
        tx.commit().await().atMost(WAIT);
        conn.close().await().atMost(WAIT);

        List<StoredEvent> read = ours(readAll(tail, 2), early, late, laterStill);
        assertThat(read).extracting(e -> e.streamId() + "@" + e.version())
                .containsExactly(early + "@1", laterStill + "@1", late + "@1", late + "@2");
        assertThat(read.get(1).globalPosition()).as("T1's second event sits above T2's in position, yet comes first")
                .isGreaterThan(read.get(2).globalPosition());
        FeedPosition last = FeedPosition.of(read.get(read.size() - 1));
        assertThat(ours(feed.next(pool, last, 100).await().atMost(WAIT), early, late, laterStill))
                .as("nothing of ours is read twice past the last event read").isEmpty();
    }

    @Test
    void theCountBehindStopsAtItsCap() {
        FeedPosition tail = tail();
        appendNow(pool, store, append(newStream("feed"), 0, "{\"n\":1}", "{\"n\":2}", "{\"n\":3}"));
        assertThat(feed.countAfter(pool, tail, 2).await().atMost(WAIT)).isEqualTo(2);
        assertThat(feed.countAfter(pool, tail, 1000).await().atMost(WAIT)).isGreaterThanOrEqualTo(3);
    }

    /** Reads past a position in pages of {@code limit}, each page starting past the last event of the one before. */
    private List<StoredEvent> readAll(FeedPosition from, int limit) {
        List<StoredEvent> all = new ArrayList<>();
        FeedPosition at = from;
        while (true) {
            List<StoredEvent> page = feed.next(pool, at, limit).await().atMost(WAIT);
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            if (page.isEmpty()) return all;
            all.addAll(page);
            at = FeedPosition.of(page.get(page.size() - 1));
        }
    }

    /** Where the feed ends now: the last event readable. */
    private FeedPosition tail() {
        var rows = pool.query("SELECT transaction_id::text, global_position FROM events"
                + " ORDER BY transaction_id DESC, global_position DESC LIMIT 1").execute().await().atMost(WAIT);
        if (rows.rowCount() == 0) return FeedPosition.START;
        var r = rows.iterator().next();
        return new FeedPosition(r.getString(0), r.getLong(1));
    }

    private static List<StoredEvent> ours(List<StoredEvent> events, String... streams) {
        List<String> mine = List.of(streams);
        return events.stream().filter(e -> mine.contains(e.streamId())).toList();
    }
}

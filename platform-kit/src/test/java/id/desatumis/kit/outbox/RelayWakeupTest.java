package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static id.desatumis.kit.outbox.RelayTestSupport.bootstrap;
import static id.desatumis.kit.outbox.RelayTestSupport.settings;
import static id.desatumis.kit.outbox.RelayTestSupport.uniqueTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appends wake a sleeping relay, and only a sleeping one (no NOTIFY, with its commit-time lock, while it works).
 * The relays here poll every 30 s: an event published within the awaited time was woken for, not polled for.
 */
@QuarkusTest
class RelayWakeupTest {

    private static final Duration LONG_POLL = Duration.ofSeconds(30);
    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(15);

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    @Test
    void anAppendNotifiesOnlyWhileSomeRelaySleeps() throws Exception {
        assertThat(sleepingRelays()).as("no relay of another test left asleep").isZero();
        String sleeper = "sleeper-" + UUID.randomUUID();
        try (Connection listener = jdbc()) {
            listener.createStatement().execute("LISTEN " + OutboxWakeup.CHANNEL);
            appendNow(pool, store, append(newStream("ledger"), 0, "{\"awake\":true}"));
            pool.preparedQuery("INSERT INTO relay_wakeup (relay_name, sleeping) VALUES ($1, true)").execute(Tuple.of(sleeper))
                    .await().atMost(WELL_BEFORE_THE_POLL);
            appendNow(pool, store, append(newStream("ledger"), 0, "{\"asleep\":true}"));

            PGConnection pg = listener.unwrap(PGConnection.class);
            int received = 0;
            long deadline = System.nanoTime() + WELL_BEFORE_THE_POLL.toNanos();
            while (received == 0 && System.nanoTime() < deadline) {
                PGNotification[] n = pg.getNotifications(200);
                received += n == null ? 0 : n.length;
            }
            // both commits are delivered in commit order before the listener reads: one only, the second append's
            PGNotification[] more = pg.getNotifications(100);
            received += more == null ? 0 : more.length;
            assertThat(received).isEqualTo(1);
        } finally {
            pool.preparedQuery("DELETE FROM relay_wakeup WHERE relay_name = $1").execute(Tuple.of(sleeper))
                    .await().atMost(WELL_BEFORE_THE_POLL);
        }
    }

    @Test
    void anIdleRelayPublishesANewEventLongBeforeItsPollWouldHave() {
        String topic = uniqueTopic("wake");
        String name = "wake-" + UUID.randomUUID();
        OutboxRelay relay = new OutboxRelay(settings(name, bootstrap(), LONG_POLL), new TestCatalog(topic), RelayHooks.NONE);
        relay.start();
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            await().atMost(WELL_BEFORE_THE_POLL).until(() -> sleeping(name));
            String stream = newStream("ledger");
            appendNow(pool, store, append(stream, 0, "{\"n\":1}"));
            assertThat(reader.readUntil(r -> r.key().equals(stream), 1, WELL_BEFORE_THE_POLL)).hasSize(1);
        } finally {
            relay.stop();
        }
        assertThat(sleeping(name)).as("a stopped relay no longer asks to be woken").isFalse();
    }

    @Test
    void anAppendThatCommitsAfterTheRelayFellAsleepWithoutSeeingItIsStillPublishedSoon() {
        String topic = uniqueTopic("missed");
        String name = "missed-" + UUID.randomUUID();
        String stream = newStream("ledger");
        assertThat(sleepingRelays()).as("no relay of another test left asleep").isZero();
        // appended while no relay sleeps (so it will not notify), committed once the relay sleeps
        var conn = pool.getConnection().await().atMost(WELL_BEFORE_THE_POLL);
        var tx = conn.begin().await().atMost(WELL_BEFORE_THE_POLL);
        store.append(conn, append(stream, 0, "{\"n\":1}")).await().atMost(WELL_BEFORE_THE_POLL);
        OutboxRelay relay = new OutboxRelay(settings(name, bootstrap(), LONG_POLL), new TestCatalog(topic), RelayHooks.NONE);
        relay.start();
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            await().atMost(WELL_BEFORE_THE_POLL).until(() -> sleeping(name));
            tx.commit().await().atMost(WELL_BEFORE_THE_POLL);
            assertThat(reader.readUntil(r -> r.key().equals(stream), 1, WELL_BEFORE_THE_POLL)).hasSize(1);
        } finally {
            conn.close().await().atMost(WELL_BEFORE_THE_POLL);
            relay.stop();
        }
    }

    private boolean sleeping(String relay) {
        return pool.preparedQuery("SELECT coalesce(bool_or(sleeping), false) FROM relay_wakeup WHERE relay_name = $1")
                .execute(Tuple.of(relay)).map(rows -> rows.iterator().next().getBoolean(0)).await().atMost(WELL_BEFORE_THE_POLL);
    }

    private long sleepingRelays() {
        return pool.query("SELECT count(*) FROM relay_wakeup WHERE sleeping").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(WELL_BEFORE_THE_POLL);
    }

    private static Connection jdbc() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}

package id.desatumis.kit.outbox;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How the relay sleeps while the outbox is empty, and is woken when an append commits, without a NOTIFY from
 * every append (a NOTIFY takes a database-wide lock at commit: appends would commit one after another).
 *
 * <p>The relay marks itself sleeping in {@code relay_wakeup}; append_events notifies only while some relay sleeps.
 * Under load the relay never sleeps and no append notifies. The race: an append that read "awake" just before the
 * mark committed does not notify, and may commit after the relay's last read. Every such append has a transaction
 * id below the next id at the time of the mark (it reads the flag after its first write), so the relay notes
 * that id as a bound and sleeps on LISTEN only once the snapshot horizon has passed the bound (all those
 * transactions have ended) and a read made then found nothing. Until then it polls, briefly and backing off.
 * A notification whose events are still behind the horizon (an older transaction is open) sets a new bound the same
 * way. The poll interval is the fallback for everything else (a long transaction that appends nothing).
 */
final class OutboxWakeup {

    static final String CHANNEL = "desatumis_events";
    private static final long FIRST_RECHECK_MILLIS = 2;
    private static final long LAST_RECHECK_MILLIS = 200;

    private final Connection connection;
    private final String name;
    private final Duration pollInterval;
    private boolean sleeping;
    private Long bound;
    private long recheckMillis = FIRST_RECHECK_MILLIS;

    OutboxWakeup(Connection connection, String name, Duration pollInterval) throws SQLException {
        this.connection = connection;
        this.name = name;
        this.pollInterval = pollInterval;
        try (var st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        mark(false);
    }

    /** The horizon to note before a read, when a bound waits for it (else null: no query). */
    Long horizonBeforeRead() throws SQLException {
        return bound == null ? null : xid("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
    }

    /** A read found events: appends need not notify while the relay works through them. */
    void working() throws SQLException {
        bound = null;
        recheckMillis = FIRST_RECHECK_MILLIS;
        if (sleeping) mark(false);
    }

    /** A read found nothing; {@code horizon} is what {@link #horizonBeforeRead} answered for it. Returns to read again. */
    void idle(Long horizon, BooleanSupplier running) throws SQLException, InterruptedException {
        if (!sleeping) {
            mark(true);
            bound = nextTransactionId(); // taken after the mark committed: every append that missed it is below
            return;
        }
        if (bound != null && (horizon == null || horizon < bound)) {
            Thread.sleep(recheckMillis);
            recheckMillis = Math.min(recheckMillis * 2, LAST_RECHECK_MILLIS);
            return;
        }
        bound = null;
        recheckMillis = FIRST_RECHECK_MILLIS;
        long deadline = System.nanoTime() + pollInterval.toNanos();
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running.getAsBoolean()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return; // the poll: read again, woken or not
            // in slices, so a stop is noticed soon (the wait is not interruptible); 0 would mean forever
            PGNotification[] woken = pg.getNotifications((int) Math.max(1, Math.min(left, 250)));
            if (woken != null && woken.length > 0) {
                bound = nextTransactionId(); // the notifying append's events may wait behind an older open transaction
                return;
            }
        }
    }

    /** Best effort when the lead ends: a relay that is gone must not keep appends notifying. */
    void leave() {
        try {
            if (!connection.isClosed()) mark(false);
        } catch (SQLException ignored) {
            // the connection is gone: the next leader marks the row again
        }
    }

    private void mark(boolean asleep) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO relay_wakeup (relay_name, sleeping) VALUES (?, ?)
                ON CONFLICT (relay_name) DO UPDATE SET sleeping = EXCLUDED.sleeping, updated_at = now()""")) {
            st.setString(1, name);
            st.setBoolean(2, asleep);
            st.executeUpdate();
        }
        sleeping = asleep;
    }

    private long nextTransactionId() throws SQLException {
        return xid("SELECT pg_snapshot_xmax(pg_current_snapshot())::text");
    }

    private long xid(String sql) throws SQLException {
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }
}

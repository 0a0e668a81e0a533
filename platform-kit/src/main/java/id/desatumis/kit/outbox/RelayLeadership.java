package id.desatumis.kit.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The lead of one relay name on one database, and its fenced checkpoint. The lead is a session advisory lock
 * on a dedicated connection, held for as long as the connection lives; every statement of the leader runs on
 * that connection, in autocommit, so the relay never holds the snapshot horizon back. Taking the lead raises
 * the fencing token; a checkpoint update carries the token, so a relay that lost the lead (its connection
 * dropped, another took over) can never move the checkpoint.
 */
final class RelayLeadership implements AutoCloseable {

    private final Connection connection;
    private final String name;
    private final Duration keepAliveEvery;
    private long fence;
    private OutboxPosition checkpoint;

    private RelayLeadership(Connection connection, String name, Duration keepAliveEvery) {
        this.connection = connection;
        this.name = name;
        this.keepAliveEvery = keepAliveEvery;
    }

    /** The lead, if no other relay of this name holds it. */
    static Optional<RelayLeadership> tryLead(RelaySettings settings) throws SQLException {
        Connection c = DriverManager.getConnection(settings.jdbcUrl(), connectionProperties(settings));
        try {
            c.setAutoCommit(true);
            boundSilence(c, settings.databaseTimeout());
            try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                st.setLong(1, settings.advisoryLockKey());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) return Optional.of(new RelayLeadership(c, settings.name(), settings.databaseTimeout()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /**
     * A connection that cannot hang: connecting and logging in take at most five seconds, a read at most the database
     * timeout (pgjdbc's socketTimeout; the relay's longest statement is a batch read of milliseconds), and TCP
     * keepalives run on the client side.
     */
    private static Properties connectionProperties(RelaySettings settings) {
        Properties p = new Properties();
        if (settings.user() != null) p.setProperty("user", settings.user());
        if (settings.password() != null) p.setProperty("password", settings.password());
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "5");
        p.setProperty("socketTimeout", Long.toString(Math.max(1, settings.databaseTimeout().toSeconds())));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "outbox-relay-" + settings.name());
        return p;
    }

    /**
     * The server's side of a connection gone silent: it ends the session after twice the database timeout without a
     * statement (the relay runs one every poll interval, and at least every database timeout while it waits for Kafka), and probes the
     * client with keepalives. Either frees the advisory lock of a relay whose network dropped without a reset, so
     * that a standby relay takes over within a bounded time.
     */
    private static void boundSilence(Connection c, Duration timeout) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET idle_session_timeout = " + Math.max(2_000, timeout.toMillis() * 2));
            st.execute("SET tcp_keepalives_idle = 10");
            st.execute("SET tcp_keepalives_interval = 5");
            st.execute("SET tcp_keepalives_count = 3");
        }
    }

    Connection connection() {
        return connection;
    }

    /** Raises the fencing token and answers where the previous leader's checkpoint stands. */
    OutboxPosition takeFence() throws SQLException {
        try (PreparedStatement ins = connection.prepareStatement(
                "INSERT INTO outbox_checkpoint (relay_name) VALUES (?) ON CONFLICT (relay_name) DO NOTHING")) {
            ins.setString(1, name);
            ins.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("""
                UPDATE outbox_checkpoint SET fencing_token = fencing_token + 1, updated_at = now()
                WHERE relay_name = ? RETURNING last_transaction_id::text, last_position, fencing_token""")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                fence = rs.getLong(3);
                checkpoint = new OutboxPosition(rs.getString(1), rs.getLong(2));
                return checkpoint;
            }
        }
    }

    String name() {
        return name;
    }

    long fence() {
        return fence;
    }

    /** Where this leader's checkpoint stands. */
    OutboxPosition checkpoint() {
        return checkpoint;
    }

    /** Moves the checkpoint to an event Kafka has acknowledged (with everything before it). */
    void advance(OutboxPosition to) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                UPDATE outbox_checkpoint SET last_transaction_id = ?::text::xid8, last_position = ?, updated_at = now()
                WHERE relay_name = ? AND fencing_token = ?""")) {
            st.setString(1, to.transactionId());
            st.setLong(2, to.globalPosition());
            st.setString(3, name);
            st.setLong(4, fence);
            if (st.executeUpdate() != 1) {
                // fenced off: back to standby (the relay reconnects and competes for the lock again)
                throw new IllegalStateException("another relay took the lead (fencing token " + fence + " is stale)");
            }
        }
        checkpoint = to;
    }

    /**
     * How long the leader may wait (for Kafka, say) before it must run a statement: half the server's idle timeout, so
     * that a slow broker is never taken for a silent connection.
     */
    Duration keepAliveEvery() {
        return keepAliveEvery;
    }

    /** A statement while the relay waits for Kafka: the session stays short of the server's idle timeout. */
    void keepAlive() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT 1");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close(); // ends the session, and with it the advisory lock
    }
}

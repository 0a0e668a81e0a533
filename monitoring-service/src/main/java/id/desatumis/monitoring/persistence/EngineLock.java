package id.desatumis.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which monitoring instance runs the projection's loops: the one holding a session advisory lock on a dedicated
 * connection (the lock ends with the connection: a crashed instance frees it). The others serve reads only, and try
 * again now and then. Each batch checks, in its own transaction, that its instance still holds the lock
 * ({@link GenerationScope}), so a leader whose connection dropped cannot go on writing beside its successor.
 */
@ApplicationScoped
public class EngineLock {

    /** A namespace of its own in the high bits (the outbox relay's are 0x44540000). */
    static final long KEY = 0x4454_4D4F_0000_0001L;

    private final String url;
    private final String user;
    private final String password;

    public EngineLock(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    /** The lock, if no other instance holds it. */
    public Optional<Held> tryAcquire() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try {
            c.setAutoCommit(true);
            try (var st = c.prepareStatement("SELECT pg_try_advisory_lock(?), pg_backend_pid()")) {
                st.setLong(1, KEY);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) return Optional.of(new Held(c, rs.getInt(2)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /** The lock held, on its connection; closing it frees the lock. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final int backendPid;

        Held(Connection connection, int backendPid) {
            this.connection = connection;
            this.backendPid = backendPid;
        }

        /** The server process holding the lock: a batch checks that it still does. */
        public int backendPid() {
            return backendPid;
        }

        /** Whether the connection (and with it the lock) is still there. */
        public boolean alive() {
            try {
                return connection.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a connection that is gone has freed the lock already
            }
        }
    }
}

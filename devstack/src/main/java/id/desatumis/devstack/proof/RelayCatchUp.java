package id.desatumis.devstack.proof;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until a service's relay has passed every event of its database, so a sweep of the topics sees all that
 * will ever be published of the story (an event still waiting would reach Kafka after the sweep, unread).
 */
public final class RelayCatchUp {

    /** Events after every relay's checkpoint, in the relay's order (transaction, then position). */
    private static final String WAITING = """
            SELECT count(*) FROM events e
            WHERE NOT EXISTS (SELECT 1 FROM outbox_checkpoint c
                              WHERE (e.transaction_id, e.global_position) <= (c.last_transaction_id, c.last_position))""";

    private RelayCatchUp() {
    }

    public static void await(String jdbcUrl, String user, String password, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            long waiting;
            do {
                try (var st = c.createStatement(); var rs = st.executeQuery(WAITING)) {
                    rs.next();
                    waiting = rs.getLong(1);
                }
                if (waiting == 0) return;
                // a poll of the database, not a sleep: the relay is woken by commits, and checks twice a second
                try (var st = c.createStatement()) {
                    st.execute("SELECT pg_sleep(0.1)");
                }
            } while (Instant.now().isBefore(deadline));
            throw new AssertionError(waiting + " events of " + jdbcUrl + " not passed by the relay within " + patience);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the relay's checkpoint in " + jdbcUrl, e);
        }
    }
}

package id.desatumis.partner.views;

import id.desatumis.kit.eventstore.FeedPosition;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** What the read-model tables and the event store hold, read straight from the database. */
@ApplicationScoped
public class ViewsDb {

    private final Pool pool;

    public ViewsDb(Pool pool) {
        this.pool = pool;
    }

    /** The rows of a query, each as its columns in order, as text (null stays null). */
    List<List<String>> rows(String sql, Object... params) {
        var rows = pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Streams.WAIT);
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) cols.add(text(r.getValue(i)));
            out.add(cols);
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) return null;
        return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }

    /** The one value of a query, as text; null if there is no row. */
    String value(String sql, Object... params) {
        List<List<String>> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The time a query answers (its first column of its first row). */
    OffsetDateTime time(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Streams.WAIT).iterator().next()
                .getOffsetDateTime(0);
    }

    void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Streams.WAIT);
    }

    FeedPosition checkpoint() {
        List<String> r = rows("SELECT last_transaction_id, last_position FROM view_checkpoint WHERE projection = 'partner-views'").get(0);
        return new FeedPosition(r.get(0), Long.parseLong(r.get(1)));
    }

    /** The position of a stream's last event. */
    FeedPosition lastOf(String streamId) {
        List<String> r = rows("SELECT transaction_id::text, global_position FROM events WHERE stream_id = $1"
                + " ORDER BY version DESC LIMIT 1", streamId).get(0);
        return new FeedPosition(r.get(0), Long.parseLong(r.get(1)));
    }

    /** Makes every batch fail at its checkpoint from now on, as a crash before the commit would. */
    void holdProjector() {
        execute("""
                CREATE OR REPLACE FUNCTION views_test_projector_held() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the projector is held on purpose'; END $$""");
        execute("""
                CREATE TRIGGER views_test_projector_held BEFORE UPDATE ON view_checkpoint
                FOR EACH ROW EXECUTE FUNCTION views_test_projector_held()""");
    }

    void releaseProjector() {
        execute("DROP TRIGGER views_test_projector_held ON view_checkpoint");
    }

    /** Waits until the projector has applied the last event of each stream. */
    void awaitProjected(String... streamIds) {
        for (String stream : streamIds) {
            FeedPosition last = lastOf(stream);
            await().atMost(Streams.WAIT).until(() -> checkpointReached(last));
        }
    }

    /** Whether the checkpoint is at or past a position, in the store's order. */
    boolean checkpointReached(FeedPosition p) {
        FeedPosition c = checkpoint();
        int byTx = Long.compare(Long.parseLong(c.transactionId()), Long.parseLong(p.transactionId()));
        return byTx > 0 || (byTx == 0 && c.globalPosition() >= p.globalPosition());
    }
}

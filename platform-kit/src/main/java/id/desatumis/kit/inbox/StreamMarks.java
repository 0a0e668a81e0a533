package id.desatumis.kit.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The consumer_stream_marks table: per consumer and stream, the highest sequence applied. Its only writer.
 */
@ApplicationScoped
public class StreamMarks {

    /*
     * One statement for the whole batch. ON CONFLICT DO UPDATE locks each existing row and compares with its latest
     * committed value, so two transactions advancing one stream (a consumer that lost its partition and does not know
     * it yet) cannot both see the old mark. Rows are written in stream order, so two such batches cannot deadlock.
     */
    private static final String ADVANCE = """
            INSERT INTO consumer_stream_marks AS m (consumer, stream_id, last_sequence)
            SELECT $1, s, q FROM unnest($2::text[], $3::bigint[]) WITH ORDINALITY AS b(s, q, n) ORDER BY n
            ON CONFLICT (consumer, stream_id) DO UPDATE
                SET previous_sequence = m.last_sequence, last_sequence = EXCLUDED.last_sequence, updated_at = now()
                WHERE m.last_sequence < EXCLUDED.last_sequence
            RETURNING stream_id, previous_sequence""";

    /**
     * Moves each stream's mark up to the given sequence. Returns, for each stream whose mark moved, the mark it had
     * before (0 for a stream never seen); a stream missing from the answer had a mark at or above the sequence.
     */
    public Uni<Map<String, Long>> advance(SqlConnection tx, String consumer, SortedMap<String, Long> highest) {
        return tx.preparedQuery(ADVANCE)
                .execute(Tuple.of(consumer, highest.keySet().toArray(String[]::new), highest.values().toArray(Long[]::new)))
                .map(rows -> {
                    Map<String, Long> before = new HashMap<>();
                    rows.forEach(r -> before.put(r.getString("stream_id"), r.getLong("previous_sequence")));
                    return before;
                });
    }

    /** The mark of one stream for one consumer; 0 if none. */
    public Uni<Long> of(SqlClient c, String consumer, String streamId) {
        return c.preparedQuery("SELECT last_sequence FROM consumer_stream_marks WHERE consumer = $1 AND stream_id = $2")
                .execute(Tuple.of(consumer, streamId))
                .map(rows -> rows.rowCount() == 0 ? 0L : rows.iterator().next().getLong(0));
    }
}

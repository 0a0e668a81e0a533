package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;

/**
 * A generation's positions table (00-engine.sql): the next offset to read of each partition, written in the
 * transaction of the batch that read up to it, so that a crash replays exactly the batch that did not commit.
 */
@ApplicationScoped
public class GenerationPositions {

    private final Pool pool;

    public GenerationPositions(Pool pool) {
        this.pool = pool;
    }

    /** Where the generation has read every partition to (a partition missing has not been read). */
    public Uni<Map<TopicPartition, Long>> load(Generation generation) {
        return pool.query("SELECT topic, partition, next_offset FROM " + generation.schema() + ".positions").execute()
                .map(rows -> {
                    Map<TopicPartition, Long> positions = new HashMap<>();
                    rows.forEach(r -> positions.put(new TopicPartition(r.getString(0), r.getInteger(1)), r.getLong(2)));
                    return positions;
                });
    }

    /** Moves the partitions read by a batch, in its transaction (the generation's search_path set). */
    public Uni<Void> store(SqlConnection tx, Map<TopicPartition, Long> nextOffsets) {
        String[] topics = new String[nextOffsets.size()];
        Integer[] partitions = new Integer[nextOffsets.size()];
        Long[] offsets = new Long[nextOffsets.size()];
        int i = 0;
        for (var e : nextOffsets.entrySet()) {
            topics[i] = e.getKey().topic();
            partitions[i] = e.getKey().partition();
            offsets[i++] = e.getValue();
        }
        return tx.preparedQuery("""
                        INSERT INTO positions (topic, partition, next_offset)
                        SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[])
                        ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset""")
                .execute(Tuple.of(topics, partitions, offsets)).replaceWithVoid();
    }

    /** Forgets where a generation has read to: its loop reads every topic from the start again (a test's tool). */
    public Uni<Void> forget(Generation generation, String topic) {
        return pool.preparedQuery("DELETE FROM " + generation.schema() + ".positions WHERE topic = $1")
                .execute(Tuple.of(topic)).replaceWithVoid();
    }
}

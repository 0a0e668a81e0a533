package id.desatumis.monitoring.messaging;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Map;

/**
 * What one generation's loop reports: its state, whether its generation is the live one, its lag, when it last
 * turned, where it has read to, and why it fails or stopped (null while it runs).
 */
public record LoopStatus(int generation, State state, boolean live, long lag, Instant lastTurnAt,
                         Map<TopicPartition, Long> positions, long recordsApplied, String failure) {

    public enum State {
        /** Loading its positions, or waiting for the first poll. */
        STARTING,
        RUNNING,
        /** A batch failed (the database is down, say): tried again from the stored positions, with backoff. */
        RETRYING,
        /** A malformed event of a known type: nothing after it is applied until the code reads it. */
        STOPPED_MALFORMED,
        /** Stopped on purpose (a switch, a shutdown, this instance losing the lock). */
        STOPPED
    }

    /** The sum of the positions over every partition: how far the loop has read in all. */
    public long recordsRead() {
        return positions.values().stream().mapToLong(Long::longValue).sum();
    }
}

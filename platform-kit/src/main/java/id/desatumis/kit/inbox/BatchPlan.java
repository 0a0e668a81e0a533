package id.desatumis.kit.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which events of a batch are new, from each stream's mark. Every stream reaches a consumer in version order (one
 * partition per stream, the relay publishing each stream in order), so an event at or below the highest sequence
 * applied for its stream is a redelivery. Published streams have gaps (internal events are never published): only
 * the order matters, not that sequences follow each other.
 */
final class BatchPlan {

    private BatchPlan() {
    }

    /** The highest sequence of each stream in the batch, unknown types included, by stream id. */
    static SortedMap<String, Long> highest(List<ConsumedEvent> batch) {
        return highest(batch, StreamKey.STREAM);
    }

    /** The highest sequence of each stream in the batch, unknown types included, by the stream's mark key. */
    static SortedMap<String, Long> highest(List<ConsumedEvent> batch, StreamKey key) {
        SortedMap<String, Long> highest = new TreeMap<>();
        for (ConsumedEvent e : batch) {
            highest.merge(key.of(e), e.sequence(), Math::max);
        }
        return highest;
    }

    /**
     * The known events past their stream's mark, in batch order, each once. {@code batch} is every event of the
     * batch in order, a type the projection does not use with a null change (it moves the mark all the same);
     * {@code marksBefore} holds the mark each stream had before this batch, for the streams the batch moves forward:
     * an event of any other stream is a redelivery.
     */
    static <T> List<BatchProjection.Change<T>> fresh(List<BatchProjection.Change<T>> batch, Map<String, Long> marksBefore) {
        return fresh(batch, marksBefore, StreamKey.STREAM);
    }

    /** As {@link #fresh(List, Map)}, the marks keyed by {@code key}. */
    static <T> List<BatchProjection.Change<T>> fresh(List<BatchProjection.Change<T>> batch, Map<String, Long> marksBefore,
                                                     StreamKey key) {
        Map<String, Long> passed = new HashMap<>(marksBefore);
        List<BatchProjection.Change<T>> fresh = new ArrayList<>();
        for (BatchProjection.Change<T> c : batch) {
            String stream = key.of(c.event());
            Long mark = passed.get(stream);
            if (mark != null && c.event().sequence() > mark) {
                passed.put(stream, c.event().sequence());
                if (c.change() != null) fresh.add(c);
            }
        }
        return fresh;
    }
}

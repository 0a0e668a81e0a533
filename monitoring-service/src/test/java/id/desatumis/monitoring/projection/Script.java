package id.desatumis.monitoring.projection;

import id.desatumis.kit.inbox.ConsumedEvent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A scripted history of events, stream by stream, as the relays would publish them (each stream's events in version
 * order, with their ce_time), to feed parts with in the order they were written or in any other order Kafka may
 * deliver them (each stream in its order, the streams interleaved at random).
 */
public final class Script {

    private final List<ConsumedEvent> written = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();

    /**
     * Appends an event to a stream (its next version), at an instant: its ce_time, and its payload's own instant
     * ({@link Payloads#AT} stands for it), the same as the services publish them.
     */
    public ConsumedEvent add(String streamId, String type, String source, OffsetDateTime at, String payload) {
        long version = versions.merge(streamId + "@" + source, 1L, Long::sum);
        ConsumedEvent e = new ConsumedEvent(UUID.randomUUID(), type, source, streamId, at, version, null,
                payload.replace(Payloads.AT, "\"" + at.toInstant() + "\""));
        written.add(e);
        return e;
    }

    public List<ConsumedEvent> inOrder() {
        return List.copyOf(written);
    }

    /** The events interleaved at random across streams, each stream's in its order. */
    public List<ConsumedEvent> shuffled(Random random) {
        Map<String, List<ConsumedEvent>> byStream = new LinkedHashMap<>();
        written.forEach(e -> byStream.computeIfAbsent(e.subject() + "@" + e.source(), s -> new ArrayList<>()).add(e));
        List<List<ConsumedEvent>> queues = new ArrayList<>(byStream.values());
        List<ConsumedEvent> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            int pick = random.nextInt(queues.size());
            out.add(queues.get(pick).remove(0));
            if (queues.get(pick).isEmpty()) queues.remove(pick);
        }
        return out;
    }

    /** Events cut into batches of random sizes (1 to max), in their order. */
    public static List<List<ConsumedEvent>> batches(List<ConsumedEvent> events, Random random, int max) {
        List<List<ConsumedEvent>> batches = new ArrayList<>();
        for (int i = 0; i < events.size(); ) {
            int n = Math.min(events.size() - i, 1 + random.nextInt(max));
            batches.add(events.subList(i, i + n));
            i += n;
        }
        return batches;
    }
}

package id.desatumis.monitoring.partners;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.inbox.ConsumedEvent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted sequence of published events across topics, each stream's versions counted as a relay would: what the
 * parts are fed (directly, or through Kafka).
 */
final class StoryEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One published event. */
    record Published(String topic, String source, String subject, long sequence, String type, String payload,
                     UUID id) {

        ConsumedEvent consumed() {
            return new ConsumedEvent(id, type, source, subject, OffsetDateTime.parse("2026-07-01T00:00:00Z"), sequence,
                    null, payload);
        }
    }

    private final List<Published> events = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();

    void add(String topic, String source, String subject, String type, Object payload) {
        long v = versions.merge(subject, 1L, Long::sum);
        try {
            events.add(new Published(topic, source, subject, v, type, JSON.writeValueAsString(payload),
                    UUID.randomUUID()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Published> all() {
        return List.copyOf(events);
    }

    /** The same events, topic by topic in the order given (each topic's own order kept, so each stream's too). */
    List<Published> byTopics(String... topics) {
        List<Published> out = new ArrayList<>();
        for (String t : topics) events.stream().filter(e -> e.topic().equals(t)).forEach(out::add);
        if (out.size() != events.size()) throw new IllegalArgumentException("a topic of the story is not named");
        return out;
    }
}

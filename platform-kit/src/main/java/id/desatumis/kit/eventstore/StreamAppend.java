package id.desatumis.kit.eventstore;

import java.util.List;

/**
 * Events to append to one stream, given the version the caller's decision was based on:
 * {@link #NEW_STREAM} for a stream that must not exist yet, {@link #ANY_VERSION} to skip the check.
 */
public record StreamAppend(String streamId, String streamType, long expectedVersion, List<NewEvent> events,
                           EventMetadata metadata) {
    public static final long NEW_STREAM = 0;
    public static final long ANY_VERSION = -1;

    public StreamAppend {
        if (!streamId.startsWith(streamType + "-")) {
            throw new IllegalArgumentException("stream id must be <category>-<id>: " + streamId);
        }
        if (events.isEmpty()) throw new IllegalArgumentException("nothing to append to " + streamId);
        events = List.copyOf(events);
    }
}

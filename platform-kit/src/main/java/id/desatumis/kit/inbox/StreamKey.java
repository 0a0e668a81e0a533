package id.desatumis.kit.inbox;

/**
 * What a consumer's per-stream mark is keyed by. A stream id is unique within the service that publishes it, not
 * across services: a consumer of one service's topics keys marks by the stream id; a consumer of several services'
 * topics by the source and the stream id.
 */
public enum StreamKey {
    /** The stream id ({@code ce_subject}) alone. */
    STREAM,
    /** The publishing service ({@code ce_source}) and the stream id. */
    SOURCE_AND_STREAM;

    String of(ConsumedEvent event) {
        return this == STREAM ? event.subject() : event.source() + " " + event.subject();
    }
}

package id.desatumis.assessment.application;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.security.Caller;

/** Who asks, and the correlation and trace of the request, for the events' metadata. */
public record CommandContext(Caller caller, String correlationId, String traceparent) {
    public static final String SOURCE = "/desatumis/assessment";

    public EventMetadata metadata() {
        return caller.metadata(SOURCE, correlationId, traceparent);
    }
}

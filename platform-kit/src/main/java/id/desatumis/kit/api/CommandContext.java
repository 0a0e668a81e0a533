package id.desatumis.kit.api;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.security.Caller;

/**
 * Who asks, the correlation id and trace of the request, and the service that records the events: what every
 * event's metadata carries. Built per request by {@link CommandContexts}.
 */
public record CommandContext(Caller caller, String correlationId, String traceparent, String source) {

    public EventMetadata metadata() {
        return caller.metadata(source, correlationId, traceparent);
    }
}

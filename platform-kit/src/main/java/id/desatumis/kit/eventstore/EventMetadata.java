package id.desatumis.kit.eventstore;

/**
 * Who and what caused an event: the actor (token subject and role), the correlation and causation ids,
 * the W3C traceparent at append time (re-sent by the relay so a trace crosses it), and the source service.
 */
public record EventMetadata(String actorSubject, String actorRole, String correlationId, String causationId,
                            String traceparent, String source) {

    public static EventMetadata system(String source, String correlationId) {
        return new EventMetadata("system", "system", correlationId, null, null, source);
    }
}

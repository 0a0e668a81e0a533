package id.desatumis.partner.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.desatumis.partner.application.Fresh;
import id.desatumis.partner.application.views.ViewFreshness.Freshness;
import jakarta.ws.rs.core.Response;

/**
 * An answer from the read models with its freshness, in the body ({@code freshness}: the time of the last event
 * applied, when it was applied, and how many events wait behind it) and in headers, for clients that read only those.
 */
final class FreshAnswers {

    static final String LAST_EVENT_AT = "X-Projection-Last-Event-At";
    static final String EVENTS_BEHIND = "X-Projection-Events-Behind";

    /** The answer's own fields, and its freshness beside them. */
    record Body<T>(@JsonUnwrapped T answer, Freshness freshness) {
    }

    private FreshAnswers() {
    }

    static <T> Response ok(Fresh<T> fresh) {
        Response.ResponseBuilder r = Response.ok(new Body<>(fresh.answer(), fresh.freshness()))
                .header(EVENTS_BEHIND, fresh.freshness().eventsBehind());
        if (fresh.freshness().lastEventAt() != null) r.header(LAST_EVENT_AT, fresh.freshness().lastEventAt().toString());
        return r.build();
    }
}

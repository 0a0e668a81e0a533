package id.desatumis.kit.api;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} answers. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ProblemException p, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type().uri());
        body.put("title", p.type().title());
        body.put("status", p.type().status());
        body.put("detail", p.detail());
        body.put("correlationId", correlationId);
        if (!p.errors().isEmpty()) {
            body.put("errors", p.errors());
        }
        p.extensions().forEach(body::putIfAbsent);
        Response.ResponseBuilder builder = Response.status(p.type().status()).type(MEDIA_TYPE).entity(body);
        p.headers().forEach(builder::header);
        return builder.build();
    }

    public static Response of(ProblemType type, String detail, String correlationId) {
        return of(new ProblemException(type, detail, List.of()), correlationId);
    }
}

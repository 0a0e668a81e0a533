package id.desatumis.kit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Reads or makes the correlation id and traceparent, and echoes the correlation id on every answer. */
public class RequestContextFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final RequestContext context;

    public RequestContextFilter(RequestContext context) {
        this.context = context;
    }

    @ServerRequestFilter(preMatching = true)
    public void read(ContainerRequestContext request) {
        context.init(request.getHeaderString(CORRELATION_HEADER), request.getHeaderString("traceparent"));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(CORRELATION_HEADER, context.correlationId());
    }
}

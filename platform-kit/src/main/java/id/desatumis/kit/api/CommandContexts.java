package id.desatumis.kit.api;

import id.desatumis.kit.security.CallerProvider;
import jakarta.enterprise.context.RequestScoped;

/** The command context of the current request: the verified caller, its correlation id and traceparent. */
@RequestScoped
public class CommandContexts {

    private final CallerProvider callers;
    private final RequestContext request;
    private final ServiceIdentity service;

    public CommandContexts(CallerProvider callers, RequestContext request, ServiceIdentity service) {
        this.callers = callers;
        this.request = request;
        this.service = service;
    }

    public CommandContext current() {
        return new CommandContext(callers.current(), request.correlationId(), request.traceparent(), service.source());
    }
}

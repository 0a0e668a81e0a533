package id.desatumis.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.kit.eventstore.StreamVersionConflict;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error becomes an RFC 9457 problem: a client's mistake a 4xx naming the field and the rule,
 * anything else a 500 that says nothing of the internals. Submitted values are never echoed.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RequestContext context;
    private final RuleProblems rules;

    public ProblemMappers(RequestContext context, RuleProblems rules) {
        this.context = context;
        this.rules = rules;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e, context.correlationId());
    }

    /** A rule of the programme broken, wherever it was found: its own problem type (see {@link RuleProblems}). */
    @ServerExceptionMapper
    public Response ruleBroken(RuleBroken e) {
        return ProblemResponses.of(rules.of(e), context.correlationId());
    }

    /** Several rules of one request broken together (see {@link RuleProblems#of(List)}). */
    @ServerExceptionMapper
    public Response rulesBroken(RulesBroken e) {
        return ProblemResponses.of(rules.of(e), context.correlationId());
    }

    @ServerExceptionMapper
    public Response conflict(StreamVersionConflict e) {
        return ProblemResponses.of(Problems.conflict(e.actualVersion()), context.correlationId());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        Response r = ProblemResponses.of(Problems.UNAUTHORIZED, "no valid bearer token", context.correlationId());
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(Problems.FORBIDDEN, "your role may not call this endpoint", context.correlationId());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), ruleOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return ProblemResponses.of(Problems.invalid(errors), context.correlationId());
    }

    /** Quarkus maps these two itself (as plain JSON): ours are more specific, so they win. */
    @ServerExceptionMapper
    public Response unparsable(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof RequestJson.ControlCharacterInText) {
            return ProblemResponses.of(Problems.invalid(field, "text-control-character",
                    field + " holds a control character (only tab and line breaks are text)"), context.correlationId());
        }
        // Jackson's own message quotes the submitted value: it is not passed on
        return ProblemResponses.of(new ProblemException(Problems.MALFORMED, "the body could not be read as the expected JSON",
                List.of(new FieldError(field, "json-type", "has the wrong JSON type or format"))), context.correlationId());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return ProblemResponses.of(Problems.NOT_FOUND, "no such resource", context.correlationId());
        }
        if (e instanceof NotAllowedException) {
            return ProblemResponses.of(Problems.METHOD_NOT_ALLOWED, "method not allowed here", context.correlationId());
        }
        if (e instanceof NotSupportedException) {
            return ProblemResponses.of(Problems.UNSUPPORTED_MEDIA_TYPE, "send application/json", context.correlationId());
        }
        if (e instanceof NotAcceptableException) {
            return ProblemResponses.of(Problems.NOT_ACCEPTABLE, "this resource answers application/json", context.correlationId());
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            return ProblemResponses.of(Problems.MALFORMED, "the request cannot be processed", context.correlationId());
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "unexpected error (correlation id %s)", context.correlationId());
        return ProblemResponses.of(Problems.INTERNAL, "the request was not applied", context.correlationId());
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "register.body.members[0].nik" -> "members[0].nik"
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (name) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            default -> name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        };
    }
}

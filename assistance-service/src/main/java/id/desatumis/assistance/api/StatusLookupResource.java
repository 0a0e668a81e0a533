package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedProblems;
import id.desatumis.assistance.application.StatusLookups;
import id.desatumis.assistance.config.StatusLookupSettings;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The public status lookup: a household asks how its assistance stands by the reference code on its receipt, with no
 * account. A POST, so that the code is in no URL and no access log; the code is never logged. Unknown, mistyped and
 * replaced codes get the same answer; every client address is rate-limited (429 with Retry-After).
 */
@Path("/status-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusLookupResource {

    /** Longer than any code however typed; longer is refused before it is read further. */
    static final int CODE_MAX = 64;

    public record Body(String referenceCode) {
    }

    private final StatusLookups lookups;
    private final ClientBuckets buckets;
    private final StatusLookupSettings settings;

    public StatusLookupResource(StatusLookups lookups, ClientBuckets buckets, StatusLookupSettings settings) {
        this.lookups = lookups;
        this.buckets = buckets;
        this.settings = settings;
    }

    @POST
    @PermitAll
    @Operation(summary = "How a household's assistance stands, by its reference code: kinds and stages only")
    public Uni<Response> lookUp(Body body, @Context HttpServerRequest request,
                                @HeaderParam("X-Forwarded-For") String forwardedFor) {
        String client = ClientAddress.of(request.remoteAddress().hostAddress(), forwardedFor, settings.trustForwardedFor());
        OptionalLong wait = buckets.take(client);
        if (wait.isPresent()) {
            throw new ProblemException(NeedProblems.TOO_MANY_LOOKUPS, "too many lookups from this address; try again later", List.of(), Map.of(),
                    Map.of("Retry-After", Long.toString(wait.getAsLong())));
        }
        String code = body == null ? null : body.referenceCode();
        if (code == null || code.isBlank()) throw Problems.invalid("referenceCode", "required", "referenceCode is required");
        if (code.length() > CODE_MAX) {
            throw Problems.invalid("referenceCode", "max-length", "referenceCode is at most " + CODE_MAX + " characters");
        }
        return lookups.lookUp(code).map(found -> found
                .map(status -> Response.ok(status).header("Cache-Control", "no-store").build())
                .orElseThrow(() -> new ProblemException(NeedProblems.REFERENCE_CODE_UNKNOWN, "no household has this reference code", List.of(),
                        Map.of(), Map.of("Cache-Control", "no-store"))));
    }
}

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Public status lookup", description = "For households, with no account: how a household's assistance "
        + "stands, by the reference code printed on its receipt")
public class StatusLookupResource {

    /** Longer than any code however typed; longer is refused before it is read further. */
    static final int CODE_MAX = 64;

    @Schema(name = "StatusLookupRequest", description = "The code printed on the household's receipt")
    public record Body(
            @Schema(description = "The household's reference code, as printed (XXXX-XXXX-XXXX-XXXX-C) or typed: any "
                    + "case, spaces and hyphens ignored", required = true, maxLength = CODE_MAX,
                    example = "7K3M-9QX2-H4TB-6WRC-D") String referenceCode) {
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
    @Operation(operationId = "lookUpStatus", summary = "Look up a household's assistance by its reference code",
            description = "Public: no token. Kinds of need and stages only, nothing personal. A POST, so that the code "
                    + "is in no URL and no access log. Unknown, mistyped and replaced codes get the same 404. Each client "
                    + "address may make a few lookups at once and gets them back over time (10 a minute by default); "
                    + "past that, 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The household's needs, as kinds and stages",
            headers = @Header(name = "Cache-Control", description = "no-store",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeedAnswerSchemas.Status.class)))
    @APIResponse(responseCode = "404", description = "No household has this reference code (reference-code-unknown), "
            + "whether it is unknown, mistyped or replaced")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address (too-many-lookups)",
            headers = @Header(name = "Retry-After", description = "Seconds until the next lookup is allowed",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> lookUp(Body body, @Context HttpServerRequest request,
                                @Parameter(description = "Read only where a proxy in front is trusted to append the "
                                        + "address it saw (desatumis.status-lookup.trust-forwarded-for); then the last "
                                        + "address counts for the rate limit", example = "203.0.113.7",
                                        schema = @Schema(type = SchemaType.STRING))
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

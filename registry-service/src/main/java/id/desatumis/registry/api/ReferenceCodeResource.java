package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdReads.Reader;
import id.desatumis.registry.application.HouseholdReferenceCodes;
import id.desatumis.registry.domain.ReferenceCodeIssuance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

import static id.desatumis.registry.api.HouseholdLifecycleResource.parseId;
import static id.desatumis.registry.api.LifecycleBodies.required;

/**
 * A household's reference code, the key to the public status lookup of its assistance: read by Dinas Sosial and the
 * household's own village operator to print it on the household's receipt (every read recorded, with its purpose, as
 * a read of personal data); issued anew by Dinas Sosial when it is lost. Nobody else sees it; an operator of another
 * village learns nothing (404).
 */
@Path("/households/{id}/reference-code")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceCodeResource {

    private final HouseholdReferenceCodes codes;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;

    public ReferenceCodeResource(HouseholdReferenceCodes codes, IdempotentCommands commands, CommandContexts contexts) {
        this.codes = codes;
        this.commands = commands;
        this.contexts = contexts;
    }

    /** {@code referenceCode} in its printed form, {@code XXXX-XXXX-XXXX-XXXX-C}. */
    public record ReferenceCodeView(String householdId, String referenceCode, Instant issuedAt) {
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "The household's reference code, to print on its receipt (dinsos; the household's own village operator)")
    public Uni<Response> read(@PathParam("id") String id, @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        CommandContext ctx = contexts.current();
        return codes.read(new Reader(ctx, purpose), parseId(id)).map(code -> Response
                .ok(new ReferenceCodeView(code.householdId().toString(), code.referenceCode(), code.issuedAt()))
                .header("ETag", Versions.etag(code.version())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Dinas Sosial issues a new reference code for a lost one, with a reason; the old one stops working")
    public Uni<Response> reissue(@PathParam("id") String id, LifecycleBodies.ReferenceCodeReissue b,
                                 @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        String reason = ReferenceCodeIssuance.reason(required(b).reason()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/reference-code", key, b,
                tx -> codes.reissue(tx, ctx, household, expected, reason));
    }
}

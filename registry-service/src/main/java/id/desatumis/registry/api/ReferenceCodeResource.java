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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Reference codes", description = "The household's reference code, the key to the public status lookup of its "
        + "assistance: read by dinsos and the household's own village operator to print it on the receipt (every read "
        + "recorded with its purpose); issued anew by dinsos when it is lost. Nobody else sees it.")
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
    @Schema(description = "The household's reference code")
    public record ReferenceCodeView(
            @Schema(description = "The household's id", required = true, format = "uuid",
                    examples = ApiPatterns.HOUSEHOLD_ID_EXAMPLE) String householdId,
            @Schema(description = "The code in its printed form: four groups of four characters and a check character",
                    required = true, examples = "K7QM-3XRT-9HPD-2WNF-8") String referenceCode,
            @Schema(description = "When it was issued", required = true, examples = "2026-11-30T08:15:02Z") Instant issuedAt) {
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "getReferenceCode", summary = "The household's reference code, to print on its receipt",
            description = "dinsos; the household's own village operator (another's gets 404). Every read is recorded in the "
                    + "personal-data access log with its purpose. A household erased or merged away, or without a code yet, "
                    + "is 409.")
    @APIResponse(responseCode = "200", description = "The current reference code",
            headers = @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferenceCodeView.class)))
    @APIResponse(responseCode = "409", description = "The household was erased or merged away, or has no reference code yet")
    public Uni<Response> read(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ApiPatterns.PURPOSE_WORDS, example = ApiPatterns.PURPOSE_EXAMPLE,
                                      schema = @Schema(type = SchemaType.STRING))
                              @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        CommandContext ctx = contexts.current();
        return codes.read(new Reader(ctx, purpose), parseId(id)).map(code -> Response
                .ok(new ReferenceCodeView(code.householdId().toString(), code.referenceCode(), code.issuedAt()))
                .header("ETag", Versions.etag(code.version())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DINSOS)
    @Operation(operationId = "reissueReferenceCode", summary = "Issue a new reference code for a lost one",
            description = "dinsos only, with a reason; the old code stops working. Read the new one with GET.")
    @APIResponse(responseCode = "200", description = "The new code issued (read it with GET)",
            headers = {@Header(name = "Location", description = "The reference code's URL",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household was erased or merged away, another writer changed it "
            + "first, or a request with the same Idempotency-Key is still running")
    public Uni<Response> reissue(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.ReferenceCodeReissue b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        String reason = ReferenceCodeIssuance.reason(required(b).reason()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/reference-code", key, b,
                tx -> codes.reissue(tx, ctx, household, expected, reason));
    }
}

package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedClosures;
import id.desatumis.assistance.domain.CloseReason;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A need closed for a recorded reason by Dinas Sosial or the operator of the household's desa (another desa's
 * household is 404). If-Match (the household stream's version) and Idempotency-Key are optional.
 */
@Path("/households/{householdId}/needs/{needId}/closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = NeedQueryResource.TAG, description = NeedQueryResource.TAG_DESCRIPTION)
public class NeedClosureResource {

    /** The longest note kept with a closure. */
    static final int NOTE_MAX = 1000;

    /** {@code reason}: REFUSED_BY_HOUSEHOLD, MEMBER_DIED or MEMBER_MOVED_AWAY; {@code note} optional, kept internal. */
    @Schema(name = "NeedClosureRequest", description = "Why the need is closed")
    public record Body(
            @Schema(description = "The recorded reason", required = true,
                    enumeration = {"REFUSED_BY_HOUSEHOLD", "MEMBER_DIED", "MEMBER_MOVED_AWAY"},
                    example = "MEMBER_MOVED_AWAY") String reason,
            @Schema(description = "A note kept with the closure, internal", maxLength = NOTE_MAX,
                    example = "Anggota pindah ke Surakarta sejak Juli 2026") String note) {
    }

    private final NeedClosures closures;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;

    public NeedClosureResource(NeedClosures closures, IdempotentCommands commands, CommandContexts contexts) {
        this.closures = closures;
        this.commands = commands;
        this.contexts = contexts;
    }

    @POST
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "closeNeed", summary = "Close a need for a recorded reason",
            description = "Refused by the household, the member died or moved away. Dinas Sosial, or the operator of "
                    + "the household's desa (another desa's household is 404). A planned need's intervention is "
                    + "cancelled with it.")
    @APIResponse(responseCode = "200", description = "Closed",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The household's needs: "
                    + "/households/{householdId}/needs", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = "The household stream's version, quoted",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeedAnswerSchemas.Closure.class)))
    @APIResponse(responseCode = "409", description = "The need is met or closed already, or a delivery was reported on "
            + "it (need-delivery-reported); a concurrent writer won the race, or the same Idempotency-Key is still running")
    public Uni<Response> close(@Parameter(description = "The household", example = ApiSchema.UUID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("householdId") String householdId,
            @Parameter(description = "The need", example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("needId") String needId,
            Body body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"5\"",
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "close-2026-0147",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        UUID household = NeedFields.pathId(householdId, "household");
        UUID need = NeedFields.pathId(needId, "need");
        if (body == null) throw Problems.invalid("body", "required", "a JSON object is required");
        List<FieldError> errors = new ArrayList<>();
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "required", "reason is required"));
        }
        CloseReason reason = FieldReaders.oneOf("reason", body.reason(), CloseReason.class, "close-reason-unknown", errors);
        String note = FieldReaders.text("note", body.note(), NOTE_MAX, errors);
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/needs/" + need + "/closure", key,
                body, closures.close(ctx, household, need, version, new NeedClosures.Closure(reason, note)));
    }
}

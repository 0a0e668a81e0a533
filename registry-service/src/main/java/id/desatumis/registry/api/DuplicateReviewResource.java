package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.DuplicateFlagReview;
import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.persistence.DuplicateFlags;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Dinas Sosial's review of likely duplicates: the queue per desa, and each flag resolved once with a reason. */
@Path("/duplicate-flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
@Tag(name = "Duplicate review", description = "Dinas Sosial's review of likely duplicates (the same normalised name and "
        + "birth "
        + "date in a desa, or a NIK one transposition away): the queue per desa, and each flag resolved once with a reason")
public class DuplicateReviewResource {

    private static final List<String> STATUSES = List.of("open", "dismissed", "merged");

    private final DuplicateFlagReview review;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;

    public DuplicateReviewResource(DuplicateFlagReview review, IdempotentCommands commands, CommandContexts contexts) {
        this.review = review;
        this.commands = commands;
        this.contexts = contexts;
    }

    @Schema(description = "How a flag is resolved")
    public record Resolution(
            @Schema(description = "dismissed: different people; merged: the same, after POST /households/{id}/merges",
                    required = true, enumeration = {"dismissed", "merged"}, examples = "dismissed") String outcome,
            @Schema(description = "Why", required = true, minLength = 1, maxLength = 500,
                    examples = "orang berbeda, beda orang tua") String reason) {
    }

    @GET
    @Operation(operationId = "listDuplicateFlags", summary = "Likely duplicates of a desa, oldest first",
            description = "dinsos only. The open flags, or those dismissed or merged.")
    @APIResponse(responseCode = "200", description = "The desa's flags of that status, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DuplicateFlags.Flag.class)))
    public Uni<List<DuplicateFlags.Flag>> queue(
            @Parameter(description = "The desa", required = true, example = ApiPatterns.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiPatterns.DESA))
            @QueryParam("desaCode") String desaCode,
            @Parameter(description = "Which flags", example = "open", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"open", "dismissed", "merged"}, defaultValue = "open")) @QueryParam("status") String status) {
        if (desaCode == null || desaCode.isBlank()) throw Problems.invalid("desaCode", "required", "a desa code");
        String s = status == null ? "open" : status;
        if (!STATUSES.contains(s)) throw Problems.invalid("status", "status", "open, dismissed or merged");
        return review.queue(desaCode, s);
    }

    @POST
    @Path("/{flagId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveDuplicateFlag", summary = "Resolve a likely-duplicate flag, with a reason",
            description = "dinsos only. dismissed (different people) or merged (after POST /households/{id}/merges); a flag "
                    + "is resolved once (409 flag-resolved after).")
    @APIResponse(responseCode = "200", description = "The flag resolved",
            headers = {@Header(name = "Location", description = "The flagged household's URL",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The flagged household's version as a strong ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.FlagResolved.class)))
    @APIResponse(responseCode = "409", description = "The flag was resolved already, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> resolve(
            @Parameter(description = "The flag's id", example = "0f6b8e2c-7a13-4d59-b2c4-9e1d5a3f7b60",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("flagId") String flagId,
            Resolution body,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        var command = DuplicateReview.resolution(flagId, body == null ? null : body.outcome(),
                body == null ? null : body.reason()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/duplicate-flags/" + command.flagId() + "/resolution", key, body,
                tx -> review.resolve(tx, ctx, command));
    }
}

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

import java.util.List;

/** Dinas Sosial's review of likely duplicates: the queue per desa, and each flag resolved once with a reason. */
@Path("/duplicate-flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
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

    public record Resolution(String outcome, String reason) {
    }

    @GET
    @Operation(summary = "Likely duplicates waiting for review (or resolved), per desa, oldest first")
    public Uni<List<DuplicateFlags.Flag>> queue(@QueryParam("desaCode") String desaCode, @QueryParam("status") String status) {
        if (desaCode == null || desaCode.isBlank()) throw Problems.invalid("desaCode", "required", "a desa code");
        String s = status == null ? "open" : status;
        if (!STATUSES.contains(s)) throw Problems.invalid("status", "status", "open, dismissed or merged");
        return review.queue(desaCode, s);
    }

    @POST
    @Path("/{flagId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a flag: dismissed (different people) or merged (after POST .../merges), with a reason")
    public Uni<Response> resolve(@PathParam("flagId") String flagId, Resolution body,
                                 @HeaderParam("Idempotency-Key") String key) {
        var command = DuplicateReview.resolution(flagId, body == null ? null : body.outcome(),
                body == null ? null : body.reason()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/duplicate-flags/" + command.flagId() + "/resolution", key, body,
                tx -> review.resolve(tx, ctx, command));
    }
}

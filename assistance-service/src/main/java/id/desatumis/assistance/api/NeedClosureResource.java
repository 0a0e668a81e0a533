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
public class NeedClosureResource {

    /** The longest note kept with a closure. */
    static final int NOTE_MAX = 1000;

    /** {@code reason}: REFUSED_BY_HOUSEHOLD, MEMBER_DIED or MEMBER_MOVED_AWAY; {@code note} optional, kept internal. */
    public record Body(String reason, String note) {
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
    @Operation(summary = "Close a need for a recorded reason: refused by the household, the member died or moved away")
    public Uni<Response> close(@PathParam("householdId") String householdId, @PathParam("needId") String needId, Body body,
                               @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
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

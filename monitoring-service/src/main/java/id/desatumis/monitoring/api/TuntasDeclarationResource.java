package id.desatumis.monitoring.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ProgrammeCommands;
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

/**
 * tkpkd declares a desa of the programme tuntas, citing a forum decision of the desa, its kecamatan or the regency:
 * refused while anything is open (409 desa-not-settled, with the distance), and once declared (409 already-declared).
 * A code that is not a Sragen desa names nothing (404). Idempotency-Key is optional.
 */
@Path("/desa/{code}/tuntas-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TKPKD)
public class TuntasDeclarationResource {

    /** What a declaration cites. */
    public record DeclarationBody(String decisionNumber) {
    }

    private final ProgrammeCommands commands;
    private final IdempotentCommands idempotent;
    private final CommandContexts contexts;
    private final RegionCatalog regions;

    public TuntasDeclarationResource(ProgrammeCommands commands, IdempotentCommands idempotent, CommandContexts contexts,
                                     RegionCatalog regions) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contexts = contexts;
        this.regions = regions;
    }

    @POST
    @Operation(summary = "Declare the desa tuntas (VillageDeclaredTuntas): 201; 409 while anything is open, with the distance")
    public Uni<Response> declare(@PathParam("code") String code, DeclarationBody body,
                                 @HeaderParam("Idempotency-Key") String key) {
        if (!regions.isSragenDesa(code)) throw Problems.notFound("desa");
        List<FieldError> errors = new ArrayList<>();
        DeclarationBody b = body == null ? new DeclarationBody(null) : body;
        String decisionNumber = ProgrammeFields.decisionNumber(b.decisionNumber(), errors);
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        CommandContext ctx = contexts.current();
        return idempotent.execute(ctx.caller(), "POST", "/desa/" + code + "/tuntas-declarations", key, b,
                commands.declareTuntas(ctx, code, decisionNumber));
    }
}

package id.desatumis.partner.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PledgeQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One pledge from the read models. Programme staff read every partner's; a partner's or an office's token its own
 * partner's only, any other is absent (404).
 */
@Path("/pledges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.PARTNER, Roles.OPD})
public class PledgeQueryResource {

    private final PledgeQueries queries;
    private final CallerProvider callers;

    public PledgeQueryResource(PledgeQueries queries, CallerProvider callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One pledge with capacity, reserved, consumed, withdrawn and remaining")
    public Uni<Response> one(@PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "pledge")).map(FreshAnswers::ok);
    }
}

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One pledge from the read models. Programme staff read every partner's; a partner's or an office's token its own
 * partner's only, any other is absent (404).
 */
@Path("/pledges")
@Tag(name = ApiSchemas.PLEDGES, description = ApiSchemas.PLEDGES_TAG)
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
    @Operation(operationId = "getPledge", summary = "Read a pledge",
            description = "One pledge with capacity, reserved, consumed, withdrawn and remaining. Dinas Sosial, TKPKD "
                    + "and auditors read every pledge; a partner's or an office's token its own partner's only (any "
                    + "other is 404).")
    @APIResponse(responseCode = "200", description = "The pledge", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.FreshPledge.class)))
    public Uni<Response> one(@Parameter(description = "The pledge's id", example = ApiSchemas.PLEDGE_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "pledge")).map(FreshAnswers::ok);
    }
}

package id.desatumis.partner.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PartnerQueries;
import id.desatumis.partner.domain.PartnerType;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

/**
 * Partners from the read model. Programme staff and village operators (who record who attended their forums) read
 * every partner; a partner's or an office's token its own only, any other is absent (404).
 */
@Path("/partners")
@Tag(name = ApiSchemas.PARTNERS, description = ApiSchemas.PARTNERS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.PARTNER, Roles.OPD})
public class PartnerQueryResource {

    private final PartnerQueries queries;
    private final CallerProvider callers;

    public PartnerQueryResource(PartnerQueries queries, CallerProvider callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listPartners", summary = "List partners",
            description = "Partners by name, of one type or all; paged (page from 0, size up to 200), with the read "
                    + "models' freshness. Programme staff and village operators list every partner; a partner's or an "
                    + "office's token its own only.")
    @APIResponse(responseCode = "200", description = "A page of partners", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PartnerPage.class)))
    public Uni<Response> list(@Parameter(description = "Only partners of this type", schema = @Schema(implementation = PartnerType.class))
                              @QueryParam("type") String type,
                              @Parameter(description = "The page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
                                      minimum = "0", maximum = "100000", defaultValue = "0")) @QueryParam("page") String page,
                              @Parameter(description = "Items per page", example = "50", schema = @Schema(type = SchemaType.INTEGER,
                                      minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PartnerType partnerType = params.partnerType(type);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.page(callers.current(), partnerType, p, s).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartner", summary = "Read a partner",
            description = "One partner, with the read models' freshness. A partner's or an office's token reads its own "
                    + "partner only: any other is 404.")
    @APIResponse(responseCode = "200", description = "The partner", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.FreshPartner.class)))
    public Uni<Response> one(@Parameter(description = "The partner's id", example = ApiSchemas.PARTNER_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "partner")).map(FreshAnswers::ok);
    }
}

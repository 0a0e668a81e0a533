package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PledgeQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
 * A partner's pledges and where they went, from the read models. Programme staff read every partner's; a partner's or
 * an office's token its own partner's only, any other is absent (404). Under {@code /partners} with the partners'
 * other resources: a request is matched to the resource classes of its path's first segment.
 */
@Path("/partners")
@Tag(name = ApiSchemas.PLEDGES, description = ApiSchemas.PLEDGES_TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.PARTNER, Roles.OPD})
public class PartnerPledgeQueryResource {

    private final PledgeQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public PartnerPledgeQueryResource(PledgeQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("/{id}/pledges")
    @Operation(operationId = "listPartnerPledges", summary = "A partner's pledges",
            description = "A partner's pledges with capacity, reserved, consumed, withdrawn and remaining; of a kind of "
            + "need and overlapping an area (the area itself, within it, or holding it); the first to end first; paged. "
            + "Dinas Sosial, TKPKD and auditors read every partner's; a partner's or an office's token its own only "
            + "(another partner is 404).")
    @APIResponse(responseCode = "200", description = "A page of pledges", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PledgePage.class)))

    public Uni<Response> ofPartner(@BeanParam PartnerListParams params) {
        PartnerListParams.Read q = params.read(regions);
        return queries.ofPartner(callers.current(), q.partnerId(), q.kind(), q.areaCode(), q.page(), q.size())
                .map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(operationId = "listPartnerAllocations", summary = "Where a partner's pledges went",
            description = "Reservations by desa and kind of need with what was reserved, consumed, released and is "
            + "still reserved (no personal data), and the totals; paged by (desa, kind). Dinas Sosial, TKPKD and "
            + "auditors read every partner's; a partner's or an office's token its own only (another partner is 404).")
    @APIResponse(responseCode = "200", description = "The allocations", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.FreshAllocations.class)))

    public Uni<Response> allocations(@BeanParam PartnerListParams params) {
        PartnerListParams.Read q = params.read(regions);
        return queries.allocations(callers.current(), q.partnerId(), q.kind(), q.areaCode(), q.page(), q.size())
                .map(FreshAnswers::ok);
    }
}

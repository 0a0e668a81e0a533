package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PledgeQueries;
import id.desatumis.partner.domain.NeedKind;
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

import java.util.UUID;

/**
 * A partner's pledges and where they went, from the read models. Programme staff read every partner's; a partner's or
 * an office's token its own partner's only, any other is absent (404). Under {@code /partners} with the partners'
 * other resources: a request is matched to the resource classes of its path's first segment.
 */
@Path("/partners")
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
    @Operation(summary = "A partner's pledges with capacity, reserved, consumed, withdrawn and remaining; of a kind of "
            + "need and overlapping an area (the area itself, within it, or holding it); the first to end first; paged")
    public Uni<Response> ofPartner(@PathParam("id") String id, @QueryParam("kind") String kind,
                                   @QueryParam("area") String area, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID partnerId = params.id("id", id);
        NeedKind needKind = params.kind(kind);
        String areaCode = params.area(area, regions);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.ofPartner(callers.current(), partnerId, needKind, areaCode, p, s).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(summary = "Where a partner's pledges went: reservations by desa and kind of need with what was reserved, "
            + "consumed, released and is still reserved (no personal data), and the totals; paged by (desa, kind)")
    public Uni<Response> allocations(@PathParam("id") String id, @QueryParam("kind") String kind,
                                     @QueryParam("area") String area, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID partnerId = params.id("id", id);
        NeedKind needKind = params.kind(kind);
        String areaCode = params.area(area, regions);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.allocations(callers.current(), partnerId, needKind, areaCode, p, s).map(FreshAnswers::ok);
    }
}

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
    public Uni<Response> ofPartner(@BeanParam PartnerListParams params) {
        PartnerListParams.Read q = params.read(regions);
        return queries.ofPartner(callers.current(), q.partnerId(), q.kind(), q.areaCode(), q.page(), q.size())
                .map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(summary = "Where a partner's pledges went: reservations by desa and kind of need with what was reserved, "
            + "consumed, released and is still reserved (no personal data), and the totals; paged by (desa, kind)")
    public Uni<Response> allocations(@BeanParam PartnerListParams params) {
        PartnerListParams.Read q = params.read(regions);
        return queries.allocations(callers.current(), q.partnerId(), q.kind(), q.areaCode(), q.page(), q.size())
                .map(FreshAnswers::ok);
    }
}

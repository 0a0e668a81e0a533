package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
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
 * Households' needs, for programme staff (Dinas Sosial, TKPKD, auditors) and a village operator for its own desa
 * (another desa's is 404). Offices and partners see interventions, not households' needs.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class NeedQueryResource {

    private final NeedQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public NeedQueryResource(NeedQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("households/{householdId}/needs")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "A household's needs: kind, member, status, the reason it was cancelled or closed, its intervention")
    public Uni<Response> ofHousehold(@PathParam("householdId") String householdId) {
        UUID household = NeedFields.pathId(householdId, "household");
        return queries.ofHousehold(callers.current(), household)
                .map(view -> Response.ok(view).header("ETag", Versions.etag(view.version())).build());
    }

    @GET
    @Path("needs")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Needs by desa, kind and status, paged (page from 0, size up to 200)")
    public Uni<NeedQueries.NeedPage> list(@QueryParam("desa") String desa, @QueryParam("kind") String kind,
                                          @QueryParam("status") String status, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        NeedFields fields = new NeedFields();
        String desaCode = fields.optionalDesa("desa", desa, regions);
        NeedKind needKind = fields.optionalOneOf("kind", kind, NeedKind.class, "kind-unknown");
        NeedStatus needStatus = fields.optionalOneOf("status", status, NeedStatus.class, "need-status-unknown");
        int pageNumber = fields.page(page);
        int pageSize = fields.size(size);
        fields.check();
        return queries.list(callers.current(), desaCode, needKind == null ? null : needKind.name(),
                needStatus == null ? null : needStatus.name(), pageNumber, pageSize);
    }
}

package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
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

import java.util.ArrayList;
import java.util.List;
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
        ListParams params = new ListParams();
        NeedKind needKind = params.oneOf("kind", kind, NeedKind.class, "kind-unknown");
        NeedStatus needStatus = params.oneOf("status", status, NeedStatus.class, "need-status-unknown");
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        List<RuleBroken> broken = new ArrayList<>();
        if (desa != null && !desa.isBlank() && !regions.isSragenDesa(desa)) {
            broken.add(new RuleBroken("desa", "desa-unknown", "desa is a desa of Kabupaten Sragen by Kemendagri code"));
        }
        try {
            params.check();
        } catch (RulesBroken others) {
            broken.addAll(others.rules());
        }
        if (!broken.isEmpty()) throw new RulesBroken(broken);
        return queries.list(callers.current(), desa == null || desa.isBlank() ? null : desa,
                needKind == null ? null : needKind.name(), needStatus == null ? null : needStatus.name(), pageNumber,
                pageSize);
    }
}

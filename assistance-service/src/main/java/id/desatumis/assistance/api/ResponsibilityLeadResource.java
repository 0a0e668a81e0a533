package id.desatumis.assistance.api;

import id.desatumis.assistance.application.ReferenceQueries;
import id.desatumis.assistance.application.ReferenceViews.LeadHere;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;

/**
 * Who leads a kind of need in a desa today by the responsibility matrix (the actor a plan names by default), and from
 * which area's entry. A village operator asks for its own desa only; a kind or desa that does not exist, or a desa
 * the caller may not see, is absent (404).
 */
@Path("/responsibility-leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
public class ResponsibilityLeadResource {

    private final ReferenceQueries queries;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public ResponsibilityLeadResource(ReferenceQueries queries, RegionCatalog regions, CallerProvider callers) {
        this.queries = queries;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{kind}/{desaCode}")
    @Operation(summary = "The lead in force today for this kind of need in this desa (the desa's, else its kecamatan's, "
            + "else the regency's), with its supporting actors, decision and date, and the data's freshness")
    public Uni<LeadHere> today(@PathParam("kind") String kind, @PathParam("desaCode") String desaCode) {
        NeedKind needKind = Arrays.stream(NeedKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> Problems.notFound("kind of need"));
        if (!regions.isSragenDesa(desaCode)) throw Problems.notFound("desa");
        return queries.leadToday(callers.current(), needKind, desaCode);
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.VillageProgress;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Per-village progress. Programme-wide roles see every desa; a village operator its own. */
@Path("/villages")
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {

    private final VillageProgress progress;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public VillageResource(VillageProgress progress, RegionCatalog regions, CallerProvider callers) {
        this.progress = progress;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{desaCode}/summary")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Households and members registered in a desa, with the projection's freshness")
    public Uni<VillageSummaryView> summary(@PathParam("desaCode") String desaCode) {
        var caller = callers.current();
        var desa = regions.sragenRegion(desaCode).filter(r -> regions.isSragenDesa(r.code()))
                .orElseThrow(() -> Problems.notFound("desa"));
        if (!caller.maySee(desaCode)) {
            throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        return progress.of(desaCode).map(p -> new VillageSummaryView(desaCode, desa.name(), p.summary().households(),
                p.summary().members(), p.freshness().lastEventAt(), p.freshness().lastAppliedAt(), p.consumerLag()));
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.VillageSummaries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Per-village registry counts. Programme-wide roles see every desa; a village operator its own. Also as CSV. */
@Path("/villages")
public class VillageResource {

    private final VillageSummaries summaries;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public VillageResource(VillageSummaries summaries, RegionCatalog regions, CallerProvider callers) {
        this.summaries = summaries;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{desaCode}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Households and members registered in a desa, with the projection's freshness")
    public Uni<VillageSummaryView> summary(@PathParam("desaCode") String desaCode) {
        var caller = callers.current();
        var desa = regions.sragenRegion(desaCode).filter(r -> regions.isSragenDesa(r.code()))
                .orElseThrow(() -> Problems.notFound("desa"));
        if (!caller.maySee(desaCode)) {
            throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        return summaries.of(desaCode).map(s -> new VillageSummaryView(desaCode, desa.name(), s.households(),
                s.members(), s.freshness().lastEventAt(), s.freshness().lastAppliedAt(), s.freshness().consumerLag()));
    }

    @GET
    @Path("/{desaCode}/summary")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "The same summary as CSV")
    public Uni<CsvTable> csv(@PathParam("desaCode") String desaCode) {
        return summary(desaCode).map(s -> new CsvTable("summary-" + desaCode, List.of("desaCode", "desaName",
                "households", "members", "lastEventAt", "lastAppliedAt", "consumerLag"), List.of(FigureTables.cells(
                s.desaCode(), s.desaName(), s.households(), s.members(), s.lastEventAt(), s.lastAppliedAt(),
                s.consumerLag()))));
    }
}

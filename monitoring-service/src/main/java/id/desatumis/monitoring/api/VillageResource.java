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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Households and members registered in a desa, with the projection's freshness; as CSV, one line")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageSummaryView.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> summary(@PathParam("desaCode") String desaCode, @Context HttpHeaders headers) {
        var caller = callers.current();
        var desa = regions.sragenRegion(desaCode).filter(r -> regions.isSragenDesa(r.code()))
                .orElseThrow(() -> Problems.notFound("desa"));
        if (!caller.maySee(desaCode)) {
            throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        return Negotiation.answer(headers, summaries.of(desaCode).map(s -> new VillageSummaryView(desaCode, desa.name(),
                s.households(), s.members(), s.freshness().lastEventAt(), s.freshness().lastAppliedAt(),
                s.freshness().consumerLag())), VillageResource::table);
    }

    private static CsvTable table(VillageSummaryView s) {
        return new CsvTable("summary-" + s.desaCode(), List.of("desaCode", "desaName", "households", "members",
                "lastEventAt", "lastAppliedAt", "consumerLag"), List.of(FigureTables.cells(s.desaCode(), s.desaName(),
                s.households(), s.members(), s.lastEventAt(), s.lastAppliedAt(), s.consumerLag())));
    }
}

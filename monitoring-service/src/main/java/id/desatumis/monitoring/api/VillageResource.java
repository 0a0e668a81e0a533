package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

import java.util.List;

/** Per-village registry counts. Programme staff see every desa; a village operator its own. Also as CSV. */
@Path("/villages")
@Tag(name = "Villages", description = "A desa's registry counts")
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
    // as the funnel (README's table): an office or a partner acts by its office code or partner id, never for a desa,
    // so a desa's counts are not theirs to read (they were, any desa's, until the generated authorisation matrix
    // held this endpoint to the security section: AuthorizationMatrixApiTest)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "getVillageSummary", summary = "Households and members registered in a desa",
            description = "With the projection's freshness. dinsos, tkpkd and auditor read every desa; a village "
                    + "operator its own (another: 403). A code that is no Sragen desa is 404."
                    + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The counts; as CSV, one line",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"summary-33.14.07.2003.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageSummaryView.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "desaCode,desaName,households,members,lastEventAt,lastAppliedAt,consumerLag"))})
    public Uni<Response> summary(@Parameter(description = ParamWords.DESA_404, example = "33.14.07.2003",
                                         schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
                                 @PathParam("desaCode") String desaCode, @Context HttpHeaders headers) {
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

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.CohortFigures;
import id.desatumis.monitoring.application.CohortFigures.CohortDetail;
import id.desatumis.monitoring.persistence.CohortQueries;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The cohorts (the desa of each yearly intake) and one cohort's figures: at intake beside now. For programme staff;
 * JSON or CSV. (Recording an intake is {@code POST /cohorts/{year}/intakes}, elsewhere.)
 */
@Path("/cohorts")
public class CohortFiguresResource {

    private final CohortFigures cohorts;

    public CohortFiguresResource(CohortFigures cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "Every cohort by intake year: its desa and the decisions that chose them; as CSV, a line each")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CohortQueries.Cohort.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> all(@Context HttpHeaders headers) {
        return Negotiation.answer(headers, cohorts.all(), FigureTables::cohorts);
    }

    @GET
    @Path("/{year}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "A cohort: its desa, its funnel as each desa joined (summed) beside now, its desa by tuntas "
            + "status; as CSV, a line per figure at intake and now")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortDetail.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> of(@PathParam("year") String year, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        Integer intakeYear = params.year("year", year, true);
        params.check();
        return Negotiation.answer(headers,
                cohorts.of(intakeYear).map(c -> c.orElseThrow(() -> Problems.notFound("cohort"))), FigureTables::cohort);
    }
}

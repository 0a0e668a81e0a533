package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

/**
 * The cohorts (the desa of each yearly intake) and one cohort's figures: at intake beside now. For programme staff;
 * JSON or CSV. (Recording an intake is {@code POST /cohorts/{year}/intakes}, elsewhere.)
 */
@Path("/cohorts")
@Tag(name = "Cohorts", description = "The yearly intakes of desa into the programme, and a cohort's figures at intake beside now")
public class CohortFiguresResource {

    private final CohortFigures cohorts;

    public CohortFiguresResource(CohortFigures cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(operationId = "listCohorts", summary = "Every cohort by intake year",
            description = "Its desa and the decisions that chose them. dinsos, tkpkd, auditor." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The cohorts; as CSV, a line each",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"cohorts.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CohortQueries.Cohort.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "intakeYear,desaCodes,decisionNumbers"))})
    public Uni<Response> all(@Context HttpHeaders headers) {
        return Negotiation.answer(headers, cohorts.all(), FigureTables::cohorts);
    }

    @GET
    @Path("/{year}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(operationId = "getCohort", summary = "A cohort's figures at intake beside now",
            description = "Its desa, its funnel as each desa joined (summed) beside now, its desa by tuntas status. "
                    + "dinsos, tkpkd, auditor. A year with no intake is 404." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The cohort; as CSV, a line per figure (baseline, current)",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"cohort-2022.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortDetail.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "figure,baseline,current\nhouseholds.listed,2257,2260"))})
    public Uni<Response> of(@Parameter(description = "The intake year, 2000 to 2100", example = "2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.YEAR_FORM)) @PathParam("year") String year,
                            @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        Integer intakeYear = params.year("year", year, true);
        params.check();
        return Negotiation.answer(headers,
                cohorts.of(intakeYear).map(c -> c.orElseThrow(() -> Problems.notFound("cohort"))), FigureTables::cohort);
    }
}

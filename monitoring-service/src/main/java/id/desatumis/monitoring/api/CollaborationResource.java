package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.CollaborationReport;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.CollaborationIndicators;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Interval;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The study's collaboration indicators (docs/indicators.md, "Collaboration indicators (Ansell & Gash)") for an area
 * (the regency, a kecamatan, a desa), a cohort and a period, with their course over time; JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@Path("/indicators/collaboration")
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
@Tag(name = "Collaboration", description = "The study's collaboration indicators (Ansell & Gash), by area, cohort and period")
public class CollaborationResource {

    private final CollaborationReport report;
    private final RegionCatalog regions;
    private final Clock clock;

    public CollaborationResource(CollaborationReport report, RegionCatalog regions, Clock clock) {
        this.report = report;
        this.regions = regions;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(operationId = "getCollaborationIndicators", summary = "Collaboration indicators",
            description = "Resources by actor type, forum participation, decision venues, pledge fulfilment, disputes "
                    + "per hundred deliveries, matrix coverage, and their course per period. dinsos, tkpkd, auditor."
                    + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The indicators; as CSV, one figure a line (indicator, group, "
            + "measure, value)", headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"indikator-kolaborasi.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    allOf = {CollaborationIndicators.class, FreshAnswer.Part.class})),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "indicator,group,measure,value\nresourceShareByActorType,ZAKAT,rupiah,250000000"))})
    public Uni<Response> indicators(
            @Parameter(description = "The regency (33.14, the default), one of its kecamatan or desa; another is 400",
                    example = "33.14.07", schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.AREA_CODE))
            @QueryParam("area") String area,
            @Parameter(description = ParamWords.COHORT, example = "2022", schema = @Schema(type = SchemaType.STRING,
                    pattern = ParamWords.YEAR_FORM)) @QueryParam("cohort") String cohort,
            @Parameter(description = "The period's first day (ISO-8601 date), open when absent", example = "2023-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "The period's last day (ISO-8601 date, not before from), open when absent",
                    example = "2023-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "The length of a period of overTime (default MONTH)", example = "QUARTER",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"MONTH", "QUARTER", "YEAR"}))
            @QueryParam("interval") String interval, @Context HttpHeaders headers) {
        return Negotiation.answer(headers, read(area, cohort, from, to, interval).map(FreshAnswer::of),
                a -> CollaborationCsv.of(a.answer()));
    }

    private Uni<Fresh<CollaborationIndicators>> read(String area, String cohort, String from, String to,
                                                     String interval) {
        ReadParams params = new ReadParams();
        String areaCode = params.area(area, regions);
        Integer year = params.cohort(cohort);
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        params.period(fromDay, toDay);
        Interval every = params.interval(interval);
        params.check();
        return report.of(new IndicatorScope(areaCode, year, fromDay, toDay, LocalDate.now(clock)), every);
    }
}

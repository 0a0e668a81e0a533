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
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.application.Area;
import id.desatumis.monitoring.application.PublicVillageReport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A desa's public report, for anyone: no account, and a token sent is not read. JSON, or CSV with
 * {@code Accept: text/csv}; browsers and proxies may keep it for 30 seconds.
 */
@Path("/public/desa")
@PermitAll
@Tag(name = "Public", description = "A desa's public report: no account, no personal data, small cells hidden")
public class PublicReportResource {

    static final String CACHE_CONTROL = "public, max-age=30";

    private final PublicVillageReport report;
    private final RegionCatalog regions;

    public PublicReportResource(PublicVillageReport report, RegionCatalog regions) {
        this.report = report;
        this.regions = regions;
    }

    @GET
    @Path("/{code}/report")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(operationId = "getPublicDesaReport", summary = "A desa's public report, without an account",
            description = "Its households' funnel, its needs by kind and the stage they are in, interventions and "
                    + "rupiah delivered by actor type, forums held. A count under 5 (and not 0), and any that a total "
                    + "would give it back by, is hidden: {\"suppressed\":true,\"display\":\"< 5\"}. Anyone; a token "
                    + "sent is not read." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The report; as CSV, a line per figure (table, row, column, value)",
            headers = {
                    @Header(name = "Cache-Control", description = "Browsers and proxies may keep it 30 seconds",
                            schema = @Schema(type = SchemaType.STRING, examples = CACHE_CONTROL)),
                    @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                            schema = @Schema(type = SchemaType.STRING,
                                    examples = "attachment; filename=\"laporan-publik-33.14.07.2003.csv\""))},
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    allOf = {PublicVillageReport.Report.class, FreshAnswer.Part.class})),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "table,row,column,value\nfunnel,households,listed,2257"))})
    public Uni<Response> report(@Parameter(description = ParamWords.DESA, example = "33.14.07.2003",
                                        schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
                                @PathParam("code") String code, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        String desaCode = params.desa("code", code);
        params.check();
        Area desa = Area.of(regions, desaCode).filter(a -> a.level() == Area.Level.DESA)
                .orElseThrow(() -> Problems.notFound("desa"));
        return Negotiation.answer(headers, report.of(desa).map(FreshAnswer::of), a -> PublicReportCsv.table(a.answer()))
                .map(r -> Response.fromResponse(r).header("Cache-Control", CACHE_CONTROL).build());
    }
}

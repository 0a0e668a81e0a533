package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.Area;
import id.desatumis.monitoring.application.AreaFigures;
import id.desatumis.monitoring.domain.TuntasStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;

/**
 * The funnel of the regency (33.14), a kecamatan or a desa, and the list of an area's desa with their tuntas status;
 * JSON, or CSV with {@code Accept: text/csv}. Programme staff read every area; a village operator its own desa's
 * funnel only.
 */
@Path("/areas")
@Tag(name = "Areas", description = "The funnel of the regency, a kecamatan or a desa, and an area's desa by tuntas status")
public class AreaResource {

    private final AreaFigures figures;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public AreaResource(AreaFigures figures, RegionCatalog regions, CallerProvider callers) {
        this.figures = figures;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{code}/funnel")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "getAreaFunnel", summary = "The funnel of an area",
            description = "Households listed, assessed, found and verified poor, all needs met; needs by the furthest "
                    + "stage reached; of one cohort's desa when cohort is named, as of asOf when named. dinsos, tkpkd "
                    + "and auditor read every area; a village operator only its own desa (a kecamatan or the regency "
                    + "holds others: 403)." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The funnel; as CSV, a line per figure (figure, value)",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"funnel-33.14.07.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaFigures.AreaFunnel.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "figure,value\nhouseholds.listed,2257"))})
    public Uni<Response> funnel(
            @Parameter(description = ParamWords.AREA, example = "33.14.07",
                    schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.AREA_CODE))
            @PathParam("code") String code,
            @Parameter(description = ParamWords.COHORT, example = "2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.YEAR_FORM))
            @QueryParam("cohort") String cohort,
                                @Parameter(description = "The instant the figures are as of (ISO-8601, default now)",
                                        example = "2023-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING,
                                        format = "date-time")) @QueryParam("asOf") String asOf,
                                @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        String areaCode = params.area("code", code);
        Integer year = params.year("cohort", cohort, false);
        OffsetDateTime at = params.asOf(asOf);
        params.check();
        Area area = ReadScopes.area(regions, callers.current(), areaCode);
        return Negotiation.answer(headers, figures.funnel(area, year, at), FigureTables::funnel);
    }

    @GET
    @Path("/{code}/desa")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(operationId = "listAreaDesa", summary = "The desa of an area with their tuntas status, paged",
            description = "By code; only a cohort's when cohort is named, only those in one status when tuntas is "
                    + "named. dinsos, tkpkd and auditor." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "A page of desa; as CSV, the page's rows",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"desa-33.14.07.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = PagedAnswer.class, properties =
                    @SchemaProperty(name = "items", description = "The page's items", type = SchemaType.ARRAY,
                            implementation = AreaFigures.DesaFigures.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "desaCode,name,kecamatanCode,kecamatanName,intakeYear,listed,verifiedPoor,needsOpen,needsSettled,tuntas"))})
    public Uni<Response> desa(
            @Parameter(description = ParamWords.AREA, example = "33.14.07",
                    schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.AREA_CODE))
            @PathParam("code") String code,
            @Parameter(description = ParamWords.COHORT, example = "2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.YEAR_FORM))
            @QueryParam("cohort") String cohort,
                              @Parameter(description = "Only the desa in this tuntas status", example = "READY",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "READY",
                                              "DECLARED"})) @QueryParam("tuntas") String tuntas,
            @Parameter(description = ParamWords.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
            @QueryParam("page") String page,
            @Parameter(description = ParamWords.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
            @QueryParam("size") String size, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        String areaCode = params.area("code", code);
        Integer year = params.year("cohort", cohort, false);
        TuntasStatus status = params.tuntas(tuntas);
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        Area area = ReadScopes.area(regions, callers.current(), areaCode);
        return Negotiation.answer(headers, figures.desa(area, year, status, pageNumber, pageSize),
                p -> FigureTables.desa(areaCode, p));
    }
}

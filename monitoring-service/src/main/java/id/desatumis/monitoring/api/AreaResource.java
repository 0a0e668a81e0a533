package id.desatumis.monitoring.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.Area;
import id.desatumis.monitoring.application.AreaFigures;
import id.desatumis.monitoring.application.Page;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;

/**
 * The funnel of the regency (33.14), a kecamatan or a desa, and the list of an area's desa with their tuntas status;
 * JSON, or CSV with {@code Accept: text/csv}. Programme staff read every area; a village operator its own desa's
 * funnel only.
 */
@Path("/areas")
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
    @Operation(summary = "The funnel of an area (households listed, assessed, found and verified poor, all needs met; "
            + "needs by the furthest stage reached), of one cohort's desa when cohort is named, as of asOf when named; "
            + "as CSV, a line per figure")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaFigures.AreaFunnel.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> funnel(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                                @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
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
    @Operation(summary = "The desa of an area by code, paged (page from 0, size up to 500), with their tuntas status; "
            + "only a cohort's when cohort is named, only those in one status when tuntas is named; as CSV, the page's rows")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> desa(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                              @QueryParam("tuntas") String tuntas, @QueryParam("page") String page,
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

package id.desatumis.monitoring.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.Area;
import id.desatumis.monitoring.application.AreaFigures;
import id.desatumis.monitoring.application.AreaFigures.AreaFunnel;
import id.desatumis.monitoring.application.AreaFigures.DesaFigures;
import id.desatumis.monitoring.application.Page;
import id.desatumis.monitoring.domain.TuntasStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;

/**
 * The funnel of the regency (33.14), a kecamatan or a desa, and the list of an area's desa with their tuntas status;
 * each also as CSV ({@code Accept: text/csv}). Programme staff read every area; a village operator its own desa's
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
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "The funnel of an area (households listed, assessed, found and verified poor, all needs met; "
            + "needs by the furthest stage reached), of one cohort's desa when cohort is named, as of asOf when named")
    public Uni<AreaFunnel> funnel(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                                  @QueryParam("asOf") String asOf) {
        ReadParams params = new ReadParams();
        String areaCode = params.area("code", code);
        Integer year = params.year("cohort", cohort, false);
        OffsetDateTime at = params.asOf(asOf);
        params.check();
        Area area = ReadScopes.area(regions, callers.current(), areaCode);
        return figures.funnel(area, year, at);
    }

    @GET
    @Path("/{code}/funnel")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "The funnel of an area as CSV: one line per figure")
    public Uni<CsvTable> funnelCsv(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                                   @QueryParam("asOf") String asOf) {
        return funnel(code, cohort, asOf).map(FigureTables::funnel);
    }

    @GET
    @Path("/{code}/desa")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "The desa of an area by code, paged (page from 0, size up to 500), with their tuntas status; "
            + "only a cohort's when cohort is named, only those in one status when tuntas is named")
    public Uni<Page<DesaFigures>> desa(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                                       @QueryParam("tuntas") String tuntas, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        ReadParams params = new ReadParams();
        String areaCode = params.area("code", code);
        Integer year = params.year("cohort", cohort, false);
        TuntasStatus status = params.tuntas(tuntas);
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        Area area = ReadScopes.area(regions, callers.current(), areaCode);
        return figures.desa(area, year, status, pageNumber, pageSize);
    }

    @GET
    @Path("/{code}/desa")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "The same page of an area's desa as CSV")
    public Uni<CsvTable> desaCsv(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                                 @QueryParam("tuntas") String tuntas, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return desa(code, cohort, tuntas, page, size).map(p -> FigureTables.desa(code, p));
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.DesaFigures;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.application.PageOf;
import id.desatumis.monitoring.domain.ForumSummary;
import id.desatumis.monitoring.domain.NeedStages;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * A desa page's needs by kind and stage and its forums, as JSON or {@code text/csv}: programme staff for every desa,
 * a village operator for its own.
 */
@Path("/desa")
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class DesaFiguresResource {

    /** The needs by kind, as JSON. */
    public record NeedsAnswer(List<NeedStages> rows, id.desatumis.monitoring.domain.Freshness freshness) {
    }

    private final DesaFigures figures;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public DesaFiguresResource(DesaFigures figures, RegionCatalog regions, CallerProvider callers) {
        this.figures = figures;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{code}/needs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The desa's needs by kind and stage reached (cumulative), disputed, cancelled, closed, open")
    public Uni<NeedsAnswer> needs(@PathParam("code") String code) {
        return figures.needs(desa(code)).map(f -> new NeedsAnswer(f.value(), f.freshness()));
    }

    @GET
    @Path("/{code}/needs")
    @Produces(CsvTableWriter.TEXT_CSV)
    @Operation(summary = "The desa's needs by kind and stage as CSV")
    public Uni<CsvTable> needsCsv(@PathParam("code") String code) {
        String desa = desa(code);
        return figures.needs(desa).map(f -> DesaCsv.needs(desa, f.value()));
    }

    @GET
    @Path("/{code}/forums")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Forums held for the desa, its kecamatan and the regency, latest first: attendance, decisions")
    public Uni<PagedAnswer<ForumSummary>> forums(@PathParam("code") String code, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        return forumPage(code, page, size).map(PagedAnswer::of);
    }

    @GET
    @Path("/{code}/forums")
    @Produces(CsvTableWriter.TEXT_CSV)
    @Operation(summary = "The same page of forums as CSV")
    public Uni<CsvTable> forumsCsv(@PathParam("code") String code, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        return forumPage(code, page, size).map(f -> DesaCsv.forums(code, f.value().items()));
    }

    private Uni<Fresh<PageOf<ForumSummary>>> forumPage(String code, String page, String size) {
        String desa = desa(code);
        ReadParams params = new ReadParams();
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return figures.forums(desa, p, s);
    }

    /** A desa of Sragen the caller may see: 404 for another code, 403 for an operator of another desa. */
    private String desa(String code) {
        if (!regions.isSragenDesa(code)) throw Problems.notFound("desa");
        if (!callers.current().maySee(code)) {
            throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        return code;
    }
}

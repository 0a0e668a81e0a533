package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.DesaFigures;
import id.desatumis.monitoring.domain.ForumSummary;
import id.desatumis.monitoring.domain.NeedStages;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * A desa page's needs by kind and stage and its forums; JSON, or CSV with {@code Accept: text/csv}. Programme staff
 * for every desa, a village operator for its own.
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
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(summary = "The desa's needs by kind and stage reached (cumulative), disputed, cancelled, closed, open; "
            + "as CSV, a line per kind")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsAnswer.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> needs(@PathParam("code") String code, @Context HttpHeaders headers) {
        String desa = desa(code);
        return Negotiation.answer(headers, figures.needs(desa).map(f -> new NeedsAnswer(f.value(), f.freshness())),
                a -> DesaCsv.needs(desa, a.rows()));
    }

    @GET
    @Path("/{code}/forums")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(summary = "Forums held for the desa, its kecamatan and the regency, latest first: attendance, "
            + "decisions; as CSV, the page's lines")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = PagedAnswer.class, properties =
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ForumSummary.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> forums(@PathParam("code") String code, @QueryParam("page") String page,
                                @QueryParam("size") String size, @Context HttpHeaders headers) {
        String desa = desa(code);
        ReadParams params = new ReadParams();
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return Negotiation.answer(headers, figures.forums(desa, p, s).map(PagedAnswer::of),
                a -> DesaCsv.forums(desa, a.items()));
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

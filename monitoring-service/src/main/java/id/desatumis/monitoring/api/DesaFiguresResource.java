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

import java.util.List;

/**
 * A desa page's needs by kind and stage and its forums; JSON, or CSV with {@code Accept: text/csv}. Programme staff
 * for every desa, a village operator for its own.
 */
@Path("/desa")
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
@Tag(name = "Desa", description = "A desa's page: its tuntas status and distance, its needs by kind and stage, its forums")
public class DesaFiguresResource {

    /** The needs by kind, as JSON. */
    @Schema(description = "A desa's needs by kind (every kind listed, in order) and how fresh the figures are")
    public record NeedsAnswer(@Schema(description = "A row per kind of need", required = true) List<NeedStages> rows,
                              @Schema(description = "How fresh the figures are", required = true)
                              id.desatumis.monitoring.domain.Freshness freshness) {
    }

    /**
     * A page of forums as JSON, for the document: a PagedAnswer of ForumSummary (domain records carry no annotation,
     * and one named only inside a response's annotation reaches the document after its filters have run).
     */
    @Schema(description = "A page of forums, and how fresh it is")
    record ForumPage(@Schema(description = "The page's forums, latest first", required = true) List<ForumSummary> items,
                     @Schema(description = "The page asked, from 0", required = true, minimum = "0", examples = "0")
                     int page,
                     @Schema(description = "The page size asked", required = true, minimum = "1", maximum = "500",
                             examples = "50") int size,
                     @Schema(description = "Forums in all", required = true, minimum = "0", examples = "4") long total,
                     @Schema(description = "How fresh the figures are", required = true)
                     id.desatumis.monitoring.domain.Freshness freshness) {
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
    @Operation(operationId = "getDesaNeeds", summary = "A desa's needs by kind and stage",
            description = "Stages reached (cumulative), disputed, cancelled, closed, open. dinsos, tkpkd, auditor; a "
                    + "village operator for its own desa (another: 403)." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The needs; as CSV, a line per kind",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"kebutuhan-33.14.07.2003.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsAnswer.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "kind,identified,planned,resourced,delivered,verified,disputed,cancelled,closed,open\nHOUSE_REPAIR,42,30,25,20,18,1,2,1,21"))})
    public Uni<Response> needs(
            @Parameter(description = ParamWords.DESA_404, example = "33.14.07.2003",
                    schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
            @PathParam("code") String code, @Context HttpHeaders headers) {
        String desa = desa(code);
        return Negotiation.answer(headers, figures.needs(desa).map(f -> new NeedsAnswer(f.value(), f.freshness())),
                a -> DesaCsv.needs(desa, a.rows()));
    }

    @GET
    @Path("/{code}/forums")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(operationId = "listDesaForums", summary = "Forums held for a desa, its kecamatan and the regency, paged",
            description = "Latest first: attendance and decisions. dinsos, tkpkd, auditor; a village operator for "
                    + "its own desa (another: 403)." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "A page of forums; as CSV, the page's lines",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"forum-33.14.07.2003.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForumPage.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "forumId,type,areaCode,heldOn,invited,present,represented,absentWithNotice,absentWithoutNotice,decisions"))})
    public Uni<Response> forums(
            @Parameter(description = ParamWords.DESA_404, example = "33.14.07.2003",
                    schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
            @PathParam("code") String code,
            @Parameter(description = ParamWords.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
            @QueryParam("page") String page,
            @Parameter(description = ParamWords.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
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

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.HouseholdTimelines;
import id.desatumis.monitoring.application.Page;
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

import java.util.UUID;

/**
 * Every event about one household across the five services, in order, by ids: for the auditor and Dinas Sosial.
 * A household monitoring knows no event of is 404. JSON or CSV.
 */
@Path("/households")
public class HouseholdTimelineResource {

    private final HouseholdTimelines timelines;

    public HouseholdTimelineResource(HouseholdTimelines timelines) {
        this.timelines = timelines;
    }

    @GET
    @Path("/{id}/timeline")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(summary = "A household's timeline, paged (page from 0, size up to 500): each event's time, source, "
            + "type, id, stream and version, and its ids, codes, kinds, stages, classes, reason codes and amounts; "
            + "as CSV, the page's lines (refs as a JSON object)")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> timeline(@PathParam("id") String id, @QueryParam("page") String page,
                                  @QueryParam("size") String size, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        UUID household = params.household("id", id);
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        return Negotiation.answer(headers, timelines.of(household, pageNumber, pageSize).map(p -> {
            if (p.total() == 0) throw Problems.notFound("household");
            return p;
        }), p -> FigureTables.timeline(household.toString(), p));
    }
}

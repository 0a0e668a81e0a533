package id.desatumis.monitoring.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.HouseholdTimelines;
import id.desatumis.monitoring.application.Page;
import id.desatumis.monitoring.persistence.TimelineTable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * Every event about one household across the five services, in order, by ids: for the auditor and Dinas Sosial.
 * A household monitoring knows no event of is 404. Also as CSV.
 */
@Path("/households")
public class HouseholdTimelineResource {

    private final HouseholdTimelines timelines;

    public HouseholdTimelineResource(HouseholdTimelines timelines) {
        this.timelines = timelines;
    }

    @GET
    @Path("/{id}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(summary = "A household's timeline, paged (page from 0, size up to 500): each event's time, source, "
            + "type, id, stream and version, and its ids, codes, kinds, stages, classes, reason codes and amounts")
    public Uni<Page<TimelineTable.Event>> timeline(@PathParam("id") String id, @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
        ReadParams params = new ReadParams();
        UUID household = params.household("id", id);
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        return timelines.of(household, pageNumber, pageSize).map(p -> {
            if (p.total() == 0) throw Problems.notFound("household");
            return p;
        });
    }

    @GET
    @Path("/{id}/timeline")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(summary = "The same page of a household's timeline as CSV (refs as a JSON object)")
    public Uni<CsvTable> csv(@PathParam("id") String id, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        return timeline(id, page, size).map(p -> FigureTables.timeline(id, p));
    }
}

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
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.HouseholdTimelines;
import id.desatumis.monitoring.persistence.TimelineTable;
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

import java.util.UUID;

/**
 * Every event about one household across the five services, in order, by ids: for the auditor and Dinas Sosial.
 * A household monitoring knows no event of is 404. JSON or CSV.
 */
@Path("/households")
@Tag(name = "Households", description = "A household's timeline: every event about it across the five services, by ids")
public class HouseholdTimelineResource {

    private final HouseholdTimelines timelines;

    public HouseholdTimelineResource(HouseholdTimelines timelines) {
        this.timelines = timelines;
    }

    @GET
    @Path("/{id}/timeline")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(operationId = "getHouseholdTimeline", summary = "A household's timeline, paged",
            description = "Each event's time, source, type, id, stream and version, and its ids, codes, kinds, "
                    + "stages, classes, reason codes and amounts; never personal data. dinsos and auditor. A household "
                    + "monitoring knows no event of is 404." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "A page of events, oldest first; as CSV, the page's lines (refs "
            + "as a JSON object)", headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"timeline-3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = PagedAnswer.class, properties =
                    @SchemaProperty(name = "items", description = "The page's items", type = SchemaType.ARRAY,
                            implementation = TimelineTable.Event.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "occurredAt,source,type,eventId,streamId,streamVersion,refs"))})
    public Uni<Response> timeline(
            @Parameter(description = "The household's id (the registry's)", example = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ParamWords.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
            @QueryParam("page") String page,
            @Parameter(description = ParamWords.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
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

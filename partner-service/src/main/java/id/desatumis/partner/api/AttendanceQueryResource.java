package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * Each actor's attendance over the forums of a period (the study found offices absent from coordination meetings).
 * Programme staff count every forum; a village operator the forums of its desa.
 */
@Path("/attendance")
@Tag(name = ApiSchemas.FORUMS, description = ApiSchemas.FORUMS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class AttendanceQueryResource {

    private final ForumQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public AttendanceQueryResource(ForumQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(operationId = "listAttendance", summary = "Attendance per actor",
            description = "Per actor: forums invited to, present, represented, absent with and without notice, not "
            + "recorded; the most often absent first; over forums held from..to and of an area as GET /forums; paged. "
            + "Programme staff and auditors count every forum, a village operator its own desa's.")
    @APIResponse(responseCode = "200", description = "A page of actors' attendance", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.AttendancePage.class)))

    public Uni<Response> perActor(@BeanParam ForumListParams params) {
        ForumListParams.Read q = params.read(regions);
        return queries.attendance(callers.current(), q.areaCode(), q.from(), q.to(), q.page(), q.size()).map(FreshAnswers::ok);
    }
}

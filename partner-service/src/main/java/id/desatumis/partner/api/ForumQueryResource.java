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
import jakarta.ws.rs.PathParam;
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
 * Forums from the read models. Programme staff read every forum; a village operator those of its desa, any other is
 * absent (404).
 */
@Path("/forums")
@Tag(name = ApiSchemas.FORUMS, description = ApiSchemas.FORUMS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class ForumQueryResource {

    private final ForumQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public ForumQueryResource(ForumQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(operationId = "listForums", summary = "List forums",
            description = "Forums, the latest first, with attendance counts and how many decisions each took; area "
            + "matches the forums of that area, of the areas within it and of the areas holding it (whose decisions "
            + "hold there too); from and to include both days; paged. Programme staff and auditors list every forum, a "
            + "village operator its own desa's.")
    @APIResponse(responseCode = "200", description = "A page of forums", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ForumPage.class)))

    public Uni<Response> list(@BeanParam ForumListParams params) {
        ForumListParams.Read q = params.read(regions);
        return queries.page(callers.current(), q.areaCode(), q.from(), q.to(), q.page(), q.size()).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getForum", summary = "Read a forum",
            description = "One forum with its invitations, every actor's attendance, and its decisions. A village "
                    + "operator reads its own desa's forums only: any other is 404.")
    @APIResponse(responseCode = "200", description = "The forum", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.FreshForum.class)))
    public Uni<Response> one(@Parameter(description = "The forum's id", example = ApiSchemas.FORUM_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "forum")).map(FreshAnswers::ok);
    }
}

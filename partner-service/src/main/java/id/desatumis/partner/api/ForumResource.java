package id.desatumis.partner.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumCommands;
import id.desatumis.partner.domain.Forums.AttendanceEntry;
import id.desatumis.partner.domain.Forums.DecisionDraft;
import id.desatumis.partner.domain.Forums.Schedule;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Coordination forums: Dinas Sosial and TKPKD schedule any and record its invitations and attendance; a village
 * operator its own desa's musyawarah desa (another desa's is 404, a new one outside its desa 403). Decisions: a
 * musyawarah desa's by its desa's operator, a district forum's by Dinas Sosial or TKPKD. Each answers the forum as it
 * now stands, with its version as the ETag; If-Match and Idempotency-Key are optional.
 */
@Path("/forums")
@Tag(name = ApiSchemas.FORUMS, description = ApiSchemas.FORUMS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.VILLAGE_OPERATOR})
public class ForumResource {

    private final ForumCommands forums;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final RegionCatalog regions;

    public ForumResource(ForumCommands forums, IdempotentCommands commands, CommandContexts contexts, RegionCatalog regions) {
        this.forums = forums;
        this.commands = commands;
        this.contexts = contexts;
        this.regions = regions;
    }

    @POST
    @Operation(operationId = "scheduleForum", summary = "Schedule a forum",
            description = "Schedules a forum, or records one held already: Dinas Sosial and TKPKD any forum, a village "
                    + "operator its own desa's musyawarah desa (another type is 403 forum-organised-by-district, another "
                    + "desa 403 outside-village-scope). Answers 201 with the forum and its new id.")
    @APIResponse(responseCode = "201", description = "Scheduled", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ForumAnswer.class)))
    public Uni<Response> schedule(ForumBodies.Scheduling b, @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        Schedule schedule = ForumBodies.schedule(b, regions, errors);
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/forums", key, b, forums.schedule(ctx, schedule));
    }

    @POST
    @Path("/{id}/invitations")
    @Operation(operationId = "inviteToForum", summary = "Invite actors to a forum",
            description = "Invites registered actors; one invited already is left as it is. Dinas Sosial and TKPKD on any "
                    + "forum, a village operator on its own desa's musyawarah desa (any other forum is 404 to it).")
    @APIResponse(responseCode = "200", description = "The forum with its invitations", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ForumAnswer.class)))
    @APIResponse(responseCode = "409", description = "An actor is not registered (partner-unknown), the forum changed meanwhile (version-conflict), "
            + "or a request with the same Idempotency-Key is still running")
    public Uni<Response> invite(@Parameter(description = "The forum's id", example = ApiSchemas.FORUM_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, ForumBodies.Invitation b,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> partnerIds = ForumBodies.partnerIds(b, errors);
        OnForum on = onForum(id, "/invitations", ifMatch, errors);
        return commands.execute(on.ctx().caller(), "POST", on.path(), key, b,
                forums.invite(on.ctx(), on.forumId(), on.ifMatch(), partnerIds));
    }

    @POST
    @Path("/{id}/attendance")
    @Operation(operationId = "recordForumAttendance", summary = "Record attendance at a forum",
            description = "Records how invited actors took part, from the forum's date on; a later record corrects an "
                    + "earlier. Dinas Sosial and TKPKD on any forum, a village operator on its own desa's musyawarah desa.")
    @APIResponse(responseCode = "200", description = "The forum with its attendance", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ForumAnswer.class)))
    @APIResponse(responseCode = "409", description = "The forum has not met yet (forum-not-held-yet), an actor was not invited (not-invited), the "
            + "forum changed meanwhile (version-conflict), or a request with the same Idempotency-Key is still "
            + "running")
    public Uni<Response> attendance(@Parameter(description = "The forum's id", example = ApiSchemas.FORUM_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, ForumBodies.AttendanceList b,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        List<AttendanceEntry> entries = ForumBodies.attendance(b, errors);
        OnForum on = onForum(id, "/attendance", ifMatch, errors);
        return commands.execute(on.ctx().caller(), "POST", on.path(), key, b,
                forums.recordAttendance(on.ctx(), on.forumId(), on.ifMatch(), entries));
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(operationId = "recordForumDecision", summary = "Record a forum decision",
            description = "Records a decision under its programme-wide number, from the forum's date on. A musyawarah "
                    + "desa's decisions are recorded by its desa's operator alone (403 forum-decided-by-desa to staff); "
                    + "TKPKD coordination's and a musyawarah kecamatan's by Dinas Sosial or TKPKD.")
    @APIResponse(responseCode = "200", description = "The forum with its decisions", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ForumAnswer.class)))
    @APIResponse(responseCode = "409", description = "The number is taken (decision-number-taken), the forum has not met yet (forum-not-held-yet), "
            + "the forum changed meanwhile (version-conflict), or a request with the same Idempotency-Key is "
            + "still running")
    public Uni<Response> decide(@Parameter(description = "The forum's id", example = ApiSchemas.FORUM_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, ForumBodies.DecisionBody b,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        DecisionDraft draft = ForumBodies.decision(b, errors);
        OnForum on = onForum(id, "/decisions", ifMatch, errors);
        return commands.execute(on.ctx().caller(), "POST", on.path(), key, b,
                forums.recordDecision(on.ctx(), on.forumId(), on.ifMatch(), draft));
    }

    /** A command on a forum as the request names it: the forum (404 for no id), its path, If-Match and the caller. */
    private record OnForum(UUID forumId, String path, OptionalLong ifMatch, CommandContext ctx) {
    }

    /** The forum named, once the body's field rules hold (every broken one answered at once). */
    private OnForum onForum(String id, String action, String ifMatch, List<FieldError> errors) {
        UUID forumId = FieldChecks.pathId(id, "forum");
        FieldChecks.refuse(errors);
        return new OnForum(forumId, "/forums/" + forumId + action, Versions.parseIfMatch(ifMatch), contexts.current());
    }
}

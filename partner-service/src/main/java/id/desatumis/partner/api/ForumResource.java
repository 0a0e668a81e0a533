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
    @Operation(summary = "Schedule a forum (or record one held already): 201 with the forum and its new id")
    public Uni<Response> schedule(ForumBodies.Scheduling b, @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        Schedule schedule = ForumBodies.schedule(b, regions, errors);
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/forums", key, b, forums.schedule(ctx, schedule));
    }

    @POST
    @Path("/{id}/invitations")
    @Operation(summary = "Invite registered actors; one invited already is left as it is")
    public Uni<Response> invite(@PathParam("id") String id, ForumBodies.Invitation b, @HeaderParam("If-Match") String ifMatch,
                                @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> partnerIds = ForumBodies.partnerIds(b, errors);
        OnForum on = onForum(id, "/invitations", ifMatch, errors);
        return commands.execute(on.ctx().caller(), "POST", on.path(), key, b,
                forums.invite(on.ctx(), on.forumId(), on.ifMatch(), partnerIds));
    }

    @POST
    @Path("/{id}/attendance")
    @Operation(summary = "Record how invited actors took part, from the forum's date on; a later record corrects an earlier")
    public Uni<Response> attendance(@PathParam("id") String id, ForumBodies.AttendanceList b,
                                    @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        List<AttendanceEntry> entries = ForumBodies.attendance(b, errors);
        OnForum on = onForum(id, "/attendance", ifMatch, errors);
        return commands.execute(on.ctx().caller(), "POST", on.path(), key, b,
                forums.recordAttendance(on.ctx(), on.forumId(), on.ifMatch(), entries));
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "Record a decision under its programme-wide number, from the forum's date on")
    public Uni<Response> decide(@PathParam("id") String id, ForumBodies.DecisionBody b, @HeaderParam("If-Match") String ifMatch,
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

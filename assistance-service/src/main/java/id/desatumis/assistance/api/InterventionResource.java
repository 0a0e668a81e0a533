package id.desatumis.assistance.api;

import id.desatumis.assistance.application.InterventionQueries;
import id.desatumis.assistance.application.PlanChanges;
import id.desatumis.assistance.application.PlanRequest;
import id.desatumis.assistance.application.PlanningCommands;
import id.desatumis.assistance.application.SourceRequest;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Interventions: planned by Dinas Sosial or the desa's village operator (for its desa), resourced again after a
 * refusal or a timeout, cancelled before any delivery; listed by staff; one read with its deliveries by staff, the
 * desa's operator, or the office or partner answering for it. Commands take an optional Idempotency-Key, and If-Match
 * (the intervention's version) on an existing one. Deliveries are {@code /interventions/{id}/deliveries}' (another
 * class).
 */
@Path("/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterventionResource {

    private final PlanningCommands planning;
    private final PlanChanges changes;
    private final InterventionQueries queries;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public InterventionResource(PlanningCommands planning, PlanChanges changes, InterventionQueries queries,
                                IdempotentCommands commands, CommandContexts contexts, CallerProvider callers,
                                RegionCatalog regions) {
        this.planning = planning;
        this.changes = changes;
        this.queries = queries;
        this.commands = commands;
        this.contexts = contexts;
        this.callers = callers;
        this.regions = regions;
    }

    @POST
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Plan a need: responsible actor (default: the matrix's lead), source (a pledge or a budget line), "
            + "amount, tranches, due date and the forum decision; refused when the household was already assisted")
    public Uni<Response> plan(InterventionBodies.Plan body, @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        PlanRequest request = InterventionBodies.plan(InterventionBodies.required(body), errors);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions", key, body, planning.plan(ctx, request));
    }

    @POST
    @Path("/{id}/resourcing")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Resource a planned intervention again after a refusal or a timeout, from its source or another")
    public Uni<Response> resourceAgain(@PathParam("id") String id, InterventionBodies.Resourcing body,
                                       @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID interventionId = NeedFields.pathId(id, "intervention");
        List<FieldError> errors = new ArrayList<>();
        SourceRequest another = body == null || body.source() == null ? null
                : InterventionBodies.source("source", body.source(), errors);
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions/" + interventionId + "/resourcing", key, body,
                changes.resourceAgain(ctx, interventionId, version, another));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Cancel an intervention before any delivery, saying why: its commitment released, its need open again")
    public Uni<Response> cancel(@PathParam("id") String id, InterventionBodies.Cancellation body,
                                @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID interventionId = NeedFields.pathId(id, "intervention");
        List<FieldError> errors = new ArrayList<>();
        String reason = InterventionFields.requiredText("reason", InterventionBodies.required(body).reason(),
                InterventionFields.REASON_MAX, errors);
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions/" + interventionId + "/cancellation", key, body,
                changes.cancel(ctx, interventionId, version, reason));
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Interventions by desa, kind, stage, responsible actor or household; the latest planned first, "
            + "paged (page from 0, size up to 200); a village operator's own desa only")
    public Uni<InterventionQueries.Page> list(@QueryParam("desa") String desa, @QueryParam("kind") String kind,
                                              @QueryParam("stage") String stage, @QueryParam("actorId") String actorId,
                                              @QueryParam("householdId") String householdId,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        var criteria = new InterventionQueries.Criteria(FieldReaders.desa("desa", desa, regions, errors),
                FieldReaders.oneOf("kind", kind, NeedKind.class, "kind-unknown", errors),
                FieldReaders.oneOf("stage", stage, Stage.class, "stage-unknown", errors),
                InterventionFields.id("actorId", blankIsNull(actorId), errors),
                InterventionFields.id("householdId", blankIsNull(householdId), errors));
        int p = FieldReaders.page(page, errors);
        int s = FieldReaders.size(size, errors);
        FieldReaders.refuse(errors);
        return queries.page(callers.current(), criteria, p, s);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "One intervention with its plan and every delivery; an office or partner only its own")
    public Uni<Response> one(@PathParam("id") String id) {
        UUID interventionId = NeedFields.pathId(id, "intervention");
        return queries.one(callers.current(), interventionId)
                .map(one -> Response.ok(one.body()).header("ETag", Versions.etag(one.version())).build());
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

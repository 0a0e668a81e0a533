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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Interventions", description = "Each verified need planned by one responsible actor, resourced from a "
        + "pledge or a budget line, and cancelled before any delivery if it must be; read by programme staff, the "
        + "desa's operator, and the office or partner answering for it")
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
    @Operation(operationId = "planIntervention", summary = "Plan a need",
            description = "Dinas Sosial, or a village operator for a need of its own desa (another desa's need is 409 "
                    + "need-unknown, as one that does not exist). The responsible actor defaults to the responsibility "
                    + "matrix's lead for the kind and desa; the decision must approve INTERVENTION_PLAN and belong to the "
                    + "desa, its kecamatan or the regency. A pledge's plan asks partner-service for a reservation "
                    + "(stage RESERVATION_REQUESTED until it answers); a budget line's commits its rupiah at once "
                    + "(RESOURCED). The double-assistance guard refuses a household (or member) assisted with the same "
                    + "kind within the kind's period: 409 already-assisted, which Dinas Sosial may override.")
    @APIResponse(responseCode = "201", description = "Planned",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The intervention: /interventions/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterventionAnswerSchemas.Intervention.class)))
    @APIResponse(responseCode = "409", description = "The need is not open (need-unknown, need-already-planned, "
            + "need-closed...), the household was already assisted (already-assisted), the decision, actor or pledge "
            + "does not fit (decision-unknown, actor-suspended, pledge-other-area...), the budget line has not enough "
            + "left (budget-ceiling-exceeded), nobody leads the kind here (no-responsible-actor); or a request with the "
            + "same Idempotency-Key is still running")
    public Uni<Response> plan(InterventionBodies.Plan body, @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION,
            example = "plan-2026-0147", schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        PlanRequest request = InterventionBodies.plan(InterventionBodies.required(body), errors);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions", key, body, planning.plan(ctx, request));
    }

    @POST
    @Path("/{id}/resourcing")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "resourceIntervention", summary = "Resource an intervention again",
            description = "After partner-service refused the reservation or it timed out (stage PLANNED): from the "
                    + "plan's source, or another named in the body. Dinas Sosial, or the operator of the intervention's "
                    + "desa; an intervention the caller may not see is 404.")
    @APIResponse(responseCode = "200", description = "Resourced, or waiting for partner-service's answer",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The intervention",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterventionAnswerSchemas.Intervention.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for resources (not-awaiting-resources), an own "
            + "programme (source-not-resourceable), the source does not fit (pledge-..., budget-...), a concurrent "
            + "writer won the race (with the current version), or the same Idempotency-Key is still running")
    public Uni<Response> resourceAgain(@PathParam("id") @Parameter(description = "The intervention",
                                               schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                                               example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d") String id,
                                       @RequestBody(required = false, description = "Another source; absent: the plan's own",
                                               content = @Content(mediaType = MediaType.APPLICATION_JSON, schema =
                                               @Schema(implementation = InterventionBodies.Resourcing.class)))
                                       InterventionBodies.Resourcing body,
                                       @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"3\"",
                                               schema = @Schema(type = SchemaType.STRING))
                                       @HeaderParam("If-Match") String ifMatch,
                                       @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "resource-2026-0147",
                                               schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
                                       @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(operationId = "cancelIntervention", summary = "Cancel an intervention",
            description = "Before any delivery, saying why: its reservation or budget commitment released, its need "
                    + "open again. Dinas Sosial, or the operator of the intervention's desa; an intervention the "
                    + "caller may not see is 404.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The intervention",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterventionAnswerSchemas.Intervention.class)))
    @APIResponse(responseCode = "409", description = "Something was delivered (already-delivered), it is closed "
            + "(intervention-closed), a concurrent writer won the race, or the same Idempotency-Key is still running")
    public Uni<Response> cancel(@PathParam("id") @Parameter(description = "The intervention",
                                        schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                                        example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d") String id,
                                InterventionBodies.Cancellation body,
                                @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"3\"",
                                        schema = @Schema(type = SchemaType.STRING))
                                @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "cancel-2026-0147",
                                        schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
                                @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(operationId = "listInterventions", summary = "List interventions",
            description = "By desa, kind, stage, responsible actor or household; the latest planned first, paged. "
                    + "Dinas Sosial, TKPKD and auditors read every desa; a village operator its own desa only "
                    + "(asking for another desa is 404).")
    @APIResponse(responseCode = "200", description = "A page of interventions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionAnswerSchemas.Page.class)))
    @APIResponse(responseCode = "404", description = "A village operator asked for a desa not its own")
    public Uni<InterventionQueries.Page> list(
            @Parameter(description = "A desa's Kemendagri code (one of Sragen's)", example = ApiSchema.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DESA_PATTERN))
            @QueryParam("desa") String desa,
            @Parameter(description = "The kind of need", schema = @Schema(implementation = NeedKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "The stage", schema = @Schema(implementation = Stage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "The responsible actor", example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("actorId") String actorId,
            @Parameter(description = "The household", example = ApiSchema.UUID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("householdId") String householdId,
            @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
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
    @Operation(operationId = "getIntervention", summary = "Read one intervention",
            description = "Its plan, the reasons given and every delivery. Dinas Sosial, TKPKD and auditors any; a "
                    + "village operator its desa's; an office or partner only one it answers for. One the caller may "
                    + "not see is 404, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "The intervention",
            headers = @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterventionAnswerSchemas.Intervention.class)))
    public Uni<Response> one(@PathParam("id") @Parameter(description = "The intervention",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            String id) {
        UUID interventionId = NeedFields.pathId(id, "intervention");
        return queries.one(callers.current(), interventionId)
                .map(one -> Response.ok(one.body()).header("ETag", Versions.etag(one.version())).build());
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

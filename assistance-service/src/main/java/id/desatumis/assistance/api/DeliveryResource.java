package id.desatumis.assistance.api;

import id.desatumis.assistance.application.DeliveryCommands;
import id.desatumis.assistance.application.DeliveryQueries;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
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

import java.util.OptionalLong;
import java.util.UUID;

/**
 * An intervention's deliveries (issue 10, items 4 and 5). The responsible actor reports them (its office's or
 * partner's token; Dinas Sosial's or the desa operator's where Dinas Sosial or the village government answers for the
 * intervention), or Dinas Sosial for it with a reason; the desa's operator verifies or disputes each (never the one
 * who reported it); Dinas Sosial resolves a dispute. Reading them: whoever may see the intervention. Commands answer
 * with the intervention's version as the ETag; If-Match and Idempotency-Key are optional. An intervention the caller
 * may not see is 404, as one that does not exist.
 */
@Path("/interventions/{interventionId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "An intervention's deliveries: reported by the responsible actor with "
        + "evidence, verified or disputed by the desa's operator (never the one who reported it), a dispute "
        + "resolved by "
        + "Dinas Sosial. An intervention the caller may not see is 404, as one that does not exist")
public class DeliveryResource {

    private static final String INTERVENTION = "The intervention";
    private static final String INTERVENTION_EXAMPLE = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d";
    private static final String DELIVERY = "The delivery";
    private static final String DELIVERY_EXAMPLE = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8";
    private static final String ETAG_INTERVENTION = "The intervention's version, quoted (\"4\"): send it as If-Match";

    private final DeliveryCommands deliveries;
    private final DeliveryQueries queries;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final CallerProvider callers;

    public DeliveryResource(DeliveryCommands deliveries, DeliveryQueries queries, IdempotentCommands commands,
                            CommandContexts contexts, CallerProvider callers) {
        this.deliveries = deliveries;
        this.queries = queries;
        this.commands = commands;
        this.contexts = contexts;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.DINSOS, Roles.OPD, Roles.PARTNER, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "reportDelivery", summary = "Report a delivery",
            description = "A part, or a tranche, with its evidence; partial deliveries add up, never past the plan. "
                    + "The responsible actor reports it: its office (opd token) or partner (partner token); Dinas "
                    + "Sosial where Dinas Sosial is the actor, or for another actor with onBehalfReason; the desa's "
                    + "operator where the village government is. Anyone else is 403 not-responsible-actor.")
    @APIResponse(responseCode = "201", description = "Reported",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The delivery: "
                    + "/interventions/{interventionId}/deliveries/{deliveryId}",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.Answer.class)))
    @APIResponse(responseCode = "409", description = "Not resourced yet (not-resourced), cancelled or written off "
            + "(intervention-cancelled, intervention-written-off), a dispute open (dispute-open), more than the plan "
            + "(over-delivery), a tranche unknown, delivered or of another amount, a budget line past its ceiling; a "
            + "concurrent writer won the race, or the same Idempotency-Key is still running")
    public Uni<Response> report(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId, DeliveryBodies.Report body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"4\"",
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "delivery-2026-0147-1",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        UUID id = intervention(interventionId);
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        var report = DeliveryRequests.report(body).orRefuse();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions/" + id + "/deliveries", key, body,
                deliveries.reporting(ctx, id, version, report));
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "listDeliveries", summary = "List an intervention's deliveries",
            description = "Each with where it stands with the village, and what they add up to. Whoever may read the "
                    + "intervention: programme staff, the desa's operator, the office or partner answering for it; who "
                    + "reported and verified each is for programme staff only.")
    @APIResponse(responseCode = "200", description = "The deliveries",
            headers = @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.Deliveries.class)))
    public Uni<Response> list(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId) {
        return queries.deliveries(callers.current(), intervention(interventionId)).map(DeliveryResource::ok);
    }

    @GET
    @Path("/{deliveryId}")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "getDelivery", summary = "Read one delivery",
            description = "Whoever may read the intervention (see listDeliveries).")
    @APIResponse(responseCode = "200", description = "The delivery",
            headers = @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.View.class)))
    public Uni<Response> one(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId,
            @Parameter(description = DELIVERY, example = DELIVERY_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("deliveryId") String deliveryId) {
        return queries.delivery(callers.current(), intervention(interventionId), delivery(deliveryId))
                .map(DeliveryResource::ok);
    }

    @POST
    @Path("/{deliveryId}/verification")
    @RolesAllowed(Roles.VILLAGE_OPERATOR)
    @Operation(operationId = "verifyDelivery", summary = "Verify a delivery",
            description = "The household's confirmation, recorded by the operator of the intervention's desa; never "
                    + "by the one "
                    + "who reported the delivery (403 reporter-cannot-verify).")
    @APIResponse(responseCode = "200", description = "Verified",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The delivery",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.Answer.class)))
    @APIResponse(responseCode = "409", description = "Not awaiting the village "
            + "(delivery-not-awaiting-verification), confirmed before it was delivered, "
            + "written off; a concurrent writer won the race, or the same Idempotency-Key is still running")
    public Uni<Response> verify(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId,
            @Parameter(description = DELIVERY, example = DELIVERY_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("deliveryId") String deliveryId,
                    DeliveryBodies.Verification body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"4\"",
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "verify-2026-0147-1",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        OnDelivery on = on(interventionId, deliveryId, ifMatch);
        var confirmed = DeliveryRequests.verification(body).orRefuse();
        return commands.execute(on.ctx().caller(), "POST", on.path("verification"), key, body,
                deliveries.verifying(on.ctx(), on.id(), on.delivery(), on.version(), confirmed));
    }

    @POST
    @Path("/{deliveryId}/dispute")
    @RolesAllowed(Roles.VILLAGE_OPERATOR)
    @Operation(operationId = "disputeDelivery", summary = "Dispute a delivery",
            description = "The village disputes it: NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY, and why. "
                    + "The operator "
                    + "of the intervention's desa; never the one who reported the delivery (403 "
                    + "reporter-cannot-verify).")
    @APIResponse(responseCode = "200", description = "Disputed",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The delivery",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.Answer.class)))
    @APIResponse(responseCode = "409", description = "Not awaiting the village "
            + "(delivery-not-awaiting-verification), written off; a concurrent writer won "
            + "the race, or the same Idempotency-Key is still running")
    public Uni<Response> dispute(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId,
            @Parameter(description = DELIVERY, example = DELIVERY_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("deliveryId") String deliveryId,
                    DeliveryBodies.Dispute body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"4\"",
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "dispute-2026-0147-1",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        OnDelivery on = on(interventionId, deliveryId, ifMatch);
        var disputed = DeliveryRequests.dispute(body).orRefuse();
        return commands.execute(on.ctx().caller(), "POST", on.path("dispute"), key, body,
                deliveries.disputing(on.ctx(), on.id(), on.delivery(), on.version(), disputed.ground(),
                        disputed.reason()));
    }

    @POST
    @Path("/{deliveryId}/resolution")
    @RolesAllowed(Roles.DINSOS)
    @Operation(operationId = "resolveDispute", summary = "Resolve a disputed delivery",
            description = "Dinas Sosial only: REDELIVER (the delivery no longer counts), ACCEPT, or WRITE_OFF (the "
                    + "intervention "
                    + "written off, its commitment released, the need open again), and why.")
    @APIResponse(responseCode = "200", description = "Resolved",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The delivery",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ETAG_INTERVENTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.Answer.class)))
    @APIResponse(responseCode = "409", description = "Not disputed (delivery-not-disputed), written off; a "
            + "concurrent writer won the race, or the same "
            + "Idempotency-Key is still running")
    public Uni<Response> resolve(@Parameter(description = INTERVENTION, example = INTERVENTION_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("interventionId") String interventionId,
            @Parameter(description = DELIVERY, example = DELIVERY_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("deliveryId") String deliveryId,
                    DeliveryBodies.Resolution body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"4\"",
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "resolve-2026-0147-1",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        OnDelivery on = on(interventionId, deliveryId, ifMatch);
        var resolved = DeliveryRequests.resolution(body).orRefuse();
        return commands.execute(on.ctx().caller(), "POST", on.path("resolution"), key, body,
                deliveries.resolving(on.ctx(), on.id(), on.delivery(), on.version(), resolved.resolution(),
                        resolved.reason()));
    }

    private static Response ok(DeliveryQueries.Answer a) {
        return Response.ok(a.body()).header("ETag", Versions.etag(a.version())).build();
    }

    /** A command on one delivery: its ids read from the path, If-Match, and the caller's context. */
    private record OnDelivery(UUID id, UUID delivery, OptionalLong version, CommandContext ctx) {
        String path(String action) {
            return "/interventions/" + id + "/deliveries/" + delivery + "/" + action;
        }
    }

    private OnDelivery on(String interventionId, String deliveryId, String ifMatch) {
        return new OnDelivery(intervention(interventionId), delivery(deliveryId), Versions.parseIfMatch(ifMatch),
                contexts.current());
    }

    private static UUID intervention(String value) {
        return NeedFields.pathId(value, "intervention");
    }

    private static UUID delivery(String value) {
        return NeedFields.pathId(value, "delivery");
    }
}

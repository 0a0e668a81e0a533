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
public class DeliveryResource {

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
    @Operation(summary = "Report a delivery (a part, or a tranche) with its evidence; 201 with Location and the "
            + "intervention's version")
    public Uni<Response> report(@PathParam("interventionId") String interventionId, DeliveryBodies.Report body,
                                @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID id = intervention(interventionId);
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        var report = DeliveryRequests.report(body).orRefuse();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/interventions/" + id + "/deliveries", key, body,
                deliveries.reporting(ctx, id, version, report));
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "The intervention's deliveries, each with where it stands with the village, and what they add up to")
    public Uni<Response> list(@PathParam("interventionId") String interventionId) {
        return queries.deliveries(callers.current(), intervention(interventionId)).map(DeliveryResource::ok);
    }

    @GET
    @Path("/{deliveryId}")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "One delivery of the intervention")
    public Uni<Response> one(@PathParam("interventionId") String interventionId, @PathParam("deliveryId") String deliveryId) {
        return queries.delivery(callers.current(), intervention(interventionId), delivery(deliveryId))
                .map(DeliveryResource::ok);
    }

    @POST
    @Path("/{deliveryId}/verification")
    @RolesAllowed(Roles.VILLAGE_OPERATOR)
    @Operation(summary = "The household's confirmation of the delivery, recorded by the desa's operator")
    public Uni<Response> verify(@PathParam("interventionId") String interventionId,
                                @PathParam("deliveryId") String deliveryId, DeliveryBodies.Verification body,
                                @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        OnDelivery on = on(interventionId, deliveryId, ifMatch);
        var confirmed = DeliveryRequests.verification(body).orRefuse();
        return commands.execute(on.ctx().caller(), "POST", on.path("verification"), key, body,
                deliveries.verifying(on.ctx(), on.id(), on.delivery(), on.version(), confirmed));
    }

    @POST
    @Path("/{deliveryId}/dispute")
    @RolesAllowed(Roles.VILLAGE_OPERATOR)
    @Operation(summary = "The village disputes the delivery: NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY, and why")
    public Uni<Response> dispute(@PathParam("interventionId") String interventionId,
                                 @PathParam("deliveryId") String deliveryId, DeliveryBodies.Dispute body,
                                 @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        OnDelivery on = on(interventionId, deliveryId, ifMatch);
        var disputed = DeliveryRequests.dispute(body).orRefuse();
        return commands.execute(on.ctx().caller(), "POST", on.path("dispute"), key, body,
                deliveries.disputing(on.ctx(), on.id(), on.delivery(), on.version(), disputed.ground(),
                        disputed.reason()));
    }

    @POST
    @Path("/{deliveryId}/resolution")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Dinas Sosial resolves a dispute: REDELIVER, ACCEPT or WRITE_OFF, and why")
    public Uni<Response> resolve(@PathParam("interventionId") String interventionId,
                                 @PathParam("deliveryId") String deliveryId, DeliveryBodies.Resolution body,
                                 @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
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

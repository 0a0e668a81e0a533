package id.desatumis.assistance.api;

import id.desatumis.assistance.application.OpdQueries;
import id.desatumis.assistance.application.UnplannedDeliveries;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.Map;

/**
 * The OPD API (issue 10, item 8), for other offices' systems and partners': the interventions the caller answers for
 * (its office, by the token's {@code opd} claim, or its partner, by {@code partner_id}), batches of delivery reports,
 * the caller's overdue list, and an office's assistance under its own programme outside any plan (item 7).
 */
@Path("/opd")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpdResource {

    private final OpdQueries queries;
    private final DeliveryBatch batches;
    private final UnplannedDeliveries unplanned;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public OpdResource(OpdQueries queries, DeliveryBatch batches, UnplannedDeliveries unplanned,
                       IdempotentCommands commands, CommandContexts contexts, CallerProvider callers,
                       RegionCatalog regions) {
        this.queries = queries;
        this.batches = batches;
        this.unplanned = unplanned;
        this.commands = commands;
        this.contexts = contexts;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("/interventions")
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "The interventions you answer for, oldest change first; filters stage, desa, kind, since "
            + "(changed at or after); page from 0, size up to 200")
    public Uni<Map<String, Object>> interventions(@BeanParam OpdListParams params) {
        var read = params.read(regions);
        return queries.interventions(callers.current(), read.filter(), read.page(), read.size());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "Your interventions past their due date and not delivered in full, the most late first; paged")
    public Uni<Map<String, Object>> overdue(@BeanParam OpdListParams params) {
        var read = params.paging();
        return queries.overdue(callers.current(), read.page(), read.size());
    }

    @POST
    @Path("/deliveries")
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "Report up to 500 deliveries; Idempotency-Key required; each item answered by its index with "
            + "the status and body or problem of a single report")
    public Uni<Map<String, Object>> deliveries(
            @RequestBody(content = @Content(schema = @Schema(implementation = BatchOfReports.class)))
            DeliveryBatch.Batch batch,
            @HeaderParam("Idempotency-Key") String key) {
        return batches.report(contexts.current(), key, batch);
    }

    @POST
    @Path("/unplanned-deliveries")
    @RolesAllowed(Roles.OPD)
    @Operation(summary = "Assistance your office gave under its own programme, outside any plan, for a household and "
            + "kind (a member for a personal kind); refused (409 already-assisted) when the guard finds it given already")
    public Uni<Response> unplanned(DeliveryBodies.Unplanned body, @HeaderParam("Idempotency-Key") String key) {
        var report = DeliveryRequests.unplanned(body).orRefuse();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/opd/unplanned-deliveries", key, body,
                unplanned.recording(ctx, report));
    }

    /** How a batch looks, for the OpenAPI document (the service reads each item on its own, to answer each). */
    @Schema(name = "BatchOfDeliveryReports")
    public record BatchOfReports(@Schema(maxItems = DeliveryBatch.MAX_ITEMS) List<DeliveryBodies.BatchItem> items) {
    }
}

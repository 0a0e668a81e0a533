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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "OPD API", description = "For offices' and partners' systems: the interventions the caller answers for (its "
        + "office by the token's opd claim, its partner by partner_id), its overdue list, batches of delivery reports, and "
        + "an office's assistance under its own programme outside any plan")
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
    @Operation(operationId = "listOwnInterventions", summary = "List the interventions you answer for",
            description = "An office (opd token) or partner (partner token): only the interventions it is the "
                    + "responsible actor of, the oldest change first; a caller partner-service has not registered as an "
                    + "actor yet gets an empty page.")
    @APIResponse(responseCode = "200", description = "A page of your interventions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryAnswerSchemas.OpdPage.class)))
    public Uni<Map<String, Object>> interventions(@BeanParam OpdListParams params) {
        var read = params.read(regions);
        return queries.interventions(callers.current(), read.filter(), read.page(), read.size());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "listOwnOverdue", summary = "List your overdue interventions",
            description = "An office or partner: its interventions past their due date (in Sragen) and not delivered in "
                    + "full, the most late first; paged (page and size only, the filters are ignored).")
    @APIResponse(responseCode = "200", description = "A page of your overdue interventions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryAnswerSchemas.OpdPage.class)))
    public Uni<Map<String, Object>> overdue(@BeanParam OpdListParams.Paging params) {
        var read = params.paging();
        return queries.overdue(callers.current(), read.page(), read.size());
    }

    @POST
    @Path("/deliveries")
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "reportDeliveryBatch", summary = "Report up to 500 deliveries at once",
            description = "An office or partner, on interventions it answers for. Each item runs on its own and is "
                    + "answered by its index with the status and body (or problem) a single report would have had: one "
                    + "bad item sinks no other. The batch is answered 200 even when items are refused; it is refused "
                    + "whole (400) only without items, with more than 500, or without an Idempotency-Key. Sent again "
                    + "under the same key, accepted items are replayed and refused ones run again.")
    @APIResponse(responseCode = "200", description = "Each item answered by its index", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeliveryAnswerSchemas.BatchAnswer.class)))
    public Uni<Map<String, Object>> deliveries(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchOfReports.class)))
            DeliveryBatch.Batch batch,
            @Parameter(description = "Required: 1 to 255 visible ASCII characters, kept 24 hours per item (the same "
                    + "batch sent again replays every accepted item)", required = true, example = "dpupr-batch-2026-08-17",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        return batches.report(contexts.current(), key, batch);
    }

    @POST
    @Path("/unplanned-deliveries")
    @RolesAllowed(Roles.OPD)
    @Operation(operationId = "recordUnplannedDelivery", summary = "Record assistance given outside any plan",
            description = "An office (opd token) only, once partner-service has registered it as an actor (else 403 "
                    + "caller-not-an-actor): assistance it gave under its own programme, for a household and kind (a "
                    + "member for a personal kind). The double-assistance guard applies: 409 already-assisted names the "
                    + "intervention found. It meets the household's open need of that kind, if any.")
    @APIResponse(responseCode = "201", description = "Recorded as an intervention of its own with one delivery",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The intervention: /interventions/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryAnswerSchemas.UnplannedAnswer.class)))
    @APIResponse(responseCode = "409", description = "Already assisted (already-assisted), the household unknown or no "
            + "longer assisted, or the same Idempotency-Key is still running")
    public Uni<Response> unplanned(DeliveryBodies.Unplanned body,
                                   @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "pbi-2026-0147",
                                           schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
                                   @HeaderParam("Idempotency-Key") String key) {
        var report = DeliveryRequests.unplanned(body).orRefuse();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/opd/unplanned-deliveries", key, body,
                unplanned.recording(ctx, report));
    }

    /** How a batch looks, for the OpenAPI document (the service reads each item on its own, to answer each). */
    @Schema(name = "BatchOfDeliveryReports", description = "Up to 500 delivery reports")
    public record BatchOfReports(@Schema(description = "The reports, each answered by its index", required = true,
            minItems = 1, maxItems = DeliveryBatch.MAX_ITEMS) List<DeliveryBodies.BatchItem> items) {
    }
}

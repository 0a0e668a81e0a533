package id.desatumis.partner.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PledgeCommands;
import id.desatumis.partner.domain.PledgeTerms;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner's new pledge: offered by the partner for itself (its partner token, or its office's opd token) or by
 * Dinas Sosial on its behalf, answered with the pledge and its balance; Idempotency-Key is optional. Under the class
 * path {@code /partners} like every partner sub-resource: Quarkus REST picks the class by its path first, so a class at
 * a longer or shorter path would hide the others' methods.
 */
@Path("/partners")
@Tag(name = ApiSchemas.PLEDGES, description = ApiSchemas.PLEDGES_TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerPledgeResource {

    private final PledgeCommands pledges;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final RegionCatalog regions;
    private final Clock clock;

    public PartnerPledgeResource(PledgeCommands pledges, IdempotentCommands commands, CommandContexts contexts,
                                 RegionCatalog regions, Clock clock) {
        this.pledges = pledges;
        this.commands = commands;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Path("/{id}/pledges")
    @RolesAllowed({Roles.DINSOS, Roles.PARTNER, Roles.OPD})
    @Operation(operationId = "offerPledge", summary = "Offer a pledge",
            description = "Kinds of need, area scope, capacity in rupiah and/or units, validity period: offered by the "
                    + "partner for itself (its partner token, or its office's opd token; another partner is 403 "
                    + "not-your-partner) or by Dinas Sosial on its behalf. Answers 201 with the pledge and its balance.")
    @APIResponse(responseCode = "201", description = "Offered", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PledgeAnswer.class)))
    @APIResponse(responseCode = "409", description = "The partner is not registered (partner-unknown) or is "
            + "suspended (partner-suspended), or a request with the same Idempotency-Key is still running")
    public Uni<Response> offer(@Parameter(description = "The partner's id", example = ApiSchemas.PARTNER_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String partnerId, PledgeBodies.Offer body,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        UUID partner = FieldChecks.pathId(partnerId, "partner");
        PledgeBodies.Offer b = PledgeBodies.required(body);
        List<FieldError> errors = new ArrayList<>();
        PledgeTerms terms = PledgeBodies.terms(b, regions, errors);
        if (errors.isEmpty()) errors.addAll(PledgeBodies.fieldErrors(terms.broken(LocalDate.now(clock))));
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/partners/" + partner + "/pledges", key, body,
                pledges.offering(ctx, partner, terms));
    }
}

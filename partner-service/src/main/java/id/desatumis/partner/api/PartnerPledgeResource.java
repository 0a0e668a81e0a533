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
    @Path("/{partnerId}/pledges")
    @RolesAllowed({Roles.DINSOS, Roles.PARTNER, Roles.OPD})
    @Operation(summary = "Offer a pledge: kinds of need, area scope, capacity in rupiah and/or units, validity period")
    public Uni<Response> offer(@PathParam("partnerId") String partnerId, PledgeBodies.Offer body,
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

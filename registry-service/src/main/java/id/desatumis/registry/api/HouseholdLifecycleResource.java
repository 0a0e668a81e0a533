package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdErasure;
import id.desatumis.registry.application.HouseholdLifecycle;
import id.desatumis.registry.domain.LifecycleRules;
import id.desatumis.registry.domain.RegionReference;
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
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import static id.desatumis.registry.api.LifecycleBodies.required;

/**
 * The household's life after registration, each a command on the household: dinsos anywhere, a village operator in
 * its own desa. If-Match and Idempotency-Key are optional on every one. Each resource parses the If-Match, lets the
 * domain's rules turn the body into a command (all broken field rules answered at once), and hands it to the use case.
 */
@Path("/households/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
public class HouseholdLifecycleResource {

    private final HouseholdLifecycle lifecycle;
    private final HouseholdErasure erasure;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final RegionReference regions;
    private final Clock clock;

    public HouseholdLifecycleResource(HouseholdLifecycle lifecycle, HouseholdErasure erasure, IdempotentCommands commands,
                                      CommandContexts contexts, RegionReference regions, Clock clock) {
        this.lifecycle = lifecycle;
        this.erasure = erasure;
        this.commands = commands;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Path("/deaths")
    @Operation(summary = "A member died; name the new head if it was the head")
    public Uni<Response> death(@PathParam("id") String id, LifecycleBodies.Death b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.death(household, required(b).memberId(), b.dateOfDeath(), b.newHeadMemberId(), today())
                .orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/deaths", key, b,
                tx -> lifecycle.change(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/departures")
    @Operation(summary = "A member moved out: into another registered household, or away")
    public Uni<Response> departure(@PathParam("id") String id, LifecycleBodies.Departure b,
                                   @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.departure(household, required(b).memberId(), b.toHouseholdId(), b.date(),
                b.newHeadMemberId(), today()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/departures", key, b,
                tx -> lifecycle.moveOut(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/head")
    @Operation(summary = "Another member heads the household")
    public Uni<Response> head(@PathParam("id") String id, LifecycleBodies.HeadChange b, @HeaderParam("If-Match") String ifMatch,
                              @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.headChange(household, required(b).newHeadMemberId(), b.formerHeadRelationship()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/head", key, b,
                tx -> lifecycle.change(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/relocations")
    @Operation(summary = "The household moved house, possibly to another desa (the caller must act in both)")
    public Uni<Response> relocation(@PathParam("id") String id, LifecycleBodies.Relocation b,
                                    @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.relocation(household, required(b).desaCode(), b.address(), regions).orThrow();
        CommandContext ctx = contexts.current();
        ctx.caller().requireActIn(command.desaCode());
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/relocations", key, b,
                tx -> lifecycle.change(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/kk-number")
    @Operation(summary = "The family card was reissued with a new number")
    public Uni<Response> kkNumber(@PathParam("id") String id, LifecycleBodies.KkChange b,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.kkChange(household, required(b).kkNumber(), b.reason(), regions).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/kk-number", key, b,
                tx -> lifecycle.change(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/splits")
    @Operation(summary = "Pecah KK: some members leave to form a new household (answers 201 with it)")
    public Uni<Response> split(@PathParam("id") String id, LifecycleBodies.Split b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        List<String[]> leaving = required(b).members() == null ? null : b.members().stream()
                .map(m -> m == null ? new String[]{null, null} : new String[]{m.memberId(), m.relationship()}).toList();
        var command = LifecycleRules.split(household, UUID.randomUUID(), b.kkNumber(), b.desaCode(), b.address(), leaving,
                b.remainingHeadMemberId(), regions).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/splits", key, b,
                tx -> lifecycle.split(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/merges")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Dinas Sosial merges a duplicate registration into this household")
    public Uni<Response> merge(@PathParam("id") String id, LifecycleBodies.Merge b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.merge(household, required(b).duplicateId(), b.reason()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/merges", key, b,
                tx -> lifecycle.merge(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Erase the household and its members' personal data (crypto-shredding), with the legal basis")
    public Uni<Response> erase(@PathParam("id") String id, LifecycleBodies.Erasure b, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var command = LifecycleRules.erasure(household, required(b).legalBasis()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/erasure", key, b,
                tx -> erasure.erase(tx, ctx, command));
    }

    @POST
    @Path("/members/{memberId}/erasure")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Erase one person's personal data (crypto-shredding), with the legal basis")
    public Uni<Response> erasePerson(@PathParam("id") String id, @PathParam("memberId") String memberId,
                                     LifecycleBodies.PersonErasure b, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var command = LifecycleRules.personErasure(household, memberId, required(b).newHeadMemberId(), b.legalBasis())
                .orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/members/" + memberId + "/erasure", key, b,
                tx -> erasure.erasePerson(tx, ctx, command));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("household");
        }
    }
}

package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.CommandContext;
import id.desatumis.registry.application.HouseholdLifecycle;
import id.desatumis.registry.application.HouseholdErasure;
import id.desatumis.registry.domain.Checked;
import id.desatumis.registry.domain.FieldRules;
import id.desatumis.registry.domain.RuleViolation;
import id.desatumis.registry.domain.LifecycleRules;
import id.desatumis.registry.domain.RegionReference;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The household's life after registration, each a command on the household: dinsos anywhere, a village
 * operator in its own desa. If-Match and Idempotency-Key are optional on every one.
 */
@Path("/households/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
public class HouseholdLifecycleResource {

    private final HouseholdLifecycle lifecycle;
    private final HouseholdErasure erasure;
    private final IdempotentCommands commands;
    private final CallerProvider callers;
    private final RequestContext request;
    private final RegionReference regions;
    private final Clock clock;

    public HouseholdLifecycleResource(HouseholdLifecycle lifecycle, HouseholdErasure erasure,
                                      IdempotentCommands commands, CallerProvider callers, RequestContext request,
                                      RegionReference regions, Clock clock) {
        this.lifecycle = lifecycle;
        this.erasure = erasure;
        this.commands = commands;
        this.callers = callers;
        this.request = request;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Path("/deaths")
    @Operation(summary = "A member died; name the new head if it was the head")
    public Uni<Response> death(@PathParam("id") String id, LifecycleBodies.Death b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.death(household, required(b).memberId(), b.dateOfDeath(), b.newHeadMemberId(), today());
        return run("/deaths", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.change(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/departures")
    @Operation(summary = "A member moved out: into another registered household, or away")
    public Uni<Response> departure(@PathParam("id") String id, LifecycleBodies.Departure b,
                                   @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.departure(household, required(b).memberId(), b.toHouseholdId(), b.date(),
                b.newHeadMemberId(), today());
        return run("/departures", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.moveOut(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/head")
    @Operation(summary = "Another member heads the household")
    public Uni<Response> head(@PathParam("id") String id, LifecycleBodies.HeadChange b, @HeaderParam("If-Match") String ifMatch,
                              @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.headChange(household, required(b).newHeadMemberId(), b.formerHeadRelationship());
        return run("/head", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.change(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/relocations")
    @Operation(summary = "The household moved house, possibly to another desa (the caller must act in both)")
    public Uni<Response> relocation(@PathParam("id") String id, LifecycleBodies.Relocation b,
                                    @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.relocation(household, required(b).desaCode(), b.address(), regions);
        if (checked.valid()) callers.current().requireActIn(checked.command().desaCode());
        return run("/relocations", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.change(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/kk-number")
    @Operation(summary = "The family card was reissued with a new number")
    public Uni<Response> kkNumber(@PathParam("id") String id, LifecycleBodies.KkChange b,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.kkChange(household, required(b).kkNumber(), b.reason(), regions);
        return run("/kk-number", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.change(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/splits")
    @Operation(summary = "Pecah KK: some members leave to form a new household (answers 201 with it)")
    public Uni<Response> split(@PathParam("id") String id, LifecycleBodies.Split b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        List<String[]> leaving = required(b).members() == null ? null : b.members().stream()
                .map(m -> m == null ? new String[]{null, null} : new String[]{m.memberId(), m.relationship()}).toList();
        var checked = LifecycleRules.split(household, UUID.randomUUID(), b.kkNumber(), b.desaCode(), b.address(), leaving,
                b.remainingHeadMemberId(), regions);
        return run("/splits", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.split(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/merges")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Dinas Sosial merges a duplicate registration into this household")
    public Uni<Response> merge(@PathParam("id") String id, LifecycleBodies.Merge b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var checked = LifecycleRules.merge(household, required(b).duplicateId(), b.reason());
        return run("/merges", household, ifMatch, key, b, checked, (tx, ctx) -> lifecycle.merge(tx, ctx, household,
                Versions.parseIfMatch(ifMatch), checked.command()));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Erase the household and its members' personal data (crypto-shredding), with the legal basis")
    public Uni<Response> erase(@PathParam("id") String id, LifecycleBodies.Erasure b, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        List<RuleViolation> v = new java.util.ArrayList<>();
        String basis = FieldRules.requiredText("legalBasis", required(b).legalBasis(), 500, v);
        return run("/erasure", household, null, key, b, Checked.of(basis, v),
                (tx, ctx) -> erasure.erase(tx, ctx, household, basis));
    }

    @POST
    @Path("/members/{memberId}/erasure")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Erase one person's personal data (crypto-shredding), with the legal basis")
    public Uni<Response> erasePerson(@PathParam("id") String id, @PathParam("memberId") String memberId,
                                     LifecycleBodies.PersonErasure b, @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        List<RuleViolation> v = new java.util.ArrayList<>();
        String basis = FieldRules.requiredText("legalBasis", required(b).legalBasis(), 500, v);
        UUID member = FieldRules.id("memberId", memberId, false, v);
        UUID newHead = FieldRules.id("newHeadMemberId", b.newHeadMemberId(), true, v);
        return run("/members/" + memberId + "/erasure", household, null, key, b, Checked.of(basis, v),
                (tx, ctx) -> erasure.erasePerson(tx, ctx, household, member, newHead, basis));
    }

    private Uni<Response> run(String action, UUID household, String ifMatch, String key, Object body, Checked<?> checked,
                              BiFunction<SqlConnection, CommandContext, Uni<CommandResult>> command) {
        Versions.parseIfMatch(ifMatch); // a malformed If-Match is refused before anything else
        if (!checked.valid()) {
            throw id.desatumis.registry.application.RuleProblems.invalid(checked.violations());
        }
        CommandContext ctx = new CommandContext(callers.current(), request.correlationId(), request.traceparent());
        return commands.execute(ctx.caller(), "POST", "/households/" + household + action, key, body,
                tx -> command.apply(tx, ctx));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON body is required");
        return body;
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("household");
        }
    }
}

package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdReads;
import id.desatumis.registry.application.HouseholdRegistration;
import id.desatumis.registry.application.MemberAdmission;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.domain.MemberRules;
import id.desatumis.registry.domain.RegionReference;
import id.desatumis.registry.domain.RegistrationRules;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Households: register, read, add a member. Thin: parse (the domain's rules check the submitted fields, once),
 * authorise, call the use case, map the answer.
 */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private final HouseholdRegistration registration;
    private final MemberAdmission admission;
    private final HouseholdReads reads;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final RegionReference regions;
    private final Clock clock;

    public HouseholdResource(HouseholdRegistration registration, MemberAdmission admission, HouseholdReads reads,
                             IdempotentCommands commands, CommandContexts contexts, RegionReference regions, Clock clock) {
        this.registration = registration;
        this.admission = admission;
        this.reads = reads;
        this.commands = commands;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Register a household with its members (dinsos; a village operator for its own desa)")
    public Uni<Response> register(RegisterHouseholdBody body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RegisterHouseholdBody b = LifecycleBodies.required(body);
        CommandContext ctx = contexts.current();
        if (b.desaCode() != null) ctx.caller().requireActIn(b.desaCode());
        int count = b.members() == null ? 0 : b.members().size();
        List<UUID> memberIds = Stream.generate(UUID::randomUUID).limit(count).toList();
        RegisterHousehold command = RegistrationRules.check(UUID.randomUUID(), b.kkNumber(), b.desaCode(), b.address(),
                b.desil(), b.memberDrafts(), memberIds, LocalDate.now(clock), regions).orThrow();
        return commands.execute(ctx.caller(), "POST", "/households", idempotencyKey, body,
                tx -> registration.register(tx, ctx, command));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "A household; personal fields only for dinsos and the household's own village operator")
    public Uni<Response> get(@PathParam("id") String id, @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        CommandContext ctx = contexts.current();
        return reads.household(new HouseholdReads.Reader(ctx, purpose), HouseholdLifecycleResource.parseId(id), "read")
                .map(state -> Response.ok(HouseholdViews.of(state, ctx.caller(), LocalDate.now(clock)))
                        .header("ETag", Versions.etag(state.version())).build());
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Add a member (a birth, a marriage, someone moving in); If-Match optional")
    public Uni<Response> addMember(@PathParam("id") String id, RegisterHouseholdBody.MemberBody body,
                                   @HeaderParam("If-Match") String ifMatch,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RegisterHouseholdBody.MemberBody b = LifecycleBodies.required(body);
        UUID householdId = HouseholdLifecycleResource.parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        Member member = MemberRules.check("", b.toDraft(), UUID.randomUUID(), LocalDate.now(clock), regions).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + householdId + "/members", idempotencyKey, body,
                tx -> admission.admit(tx, ctx, householdId, expected, member));
    }
}

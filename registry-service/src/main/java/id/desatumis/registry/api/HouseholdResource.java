package id.desatumis.registry.api;

import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.CommandContext;
import id.desatumis.registry.application.HouseholdRegistration;
import id.desatumis.registry.application.HouseholdRepository;
import id.desatumis.registry.application.MemberAdmission;
import id.desatumis.registry.application.RegistrationRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
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
import java.util.UUID;

/** Households: register, read, add a member. Thin: parse, authorise, call the use case, map the answer. */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private final HouseholdRegistration registration;
    private final MemberAdmission admission;
    private final HouseholdRepository households;
    private final IdempotentCommands commands;
    private final CallerProvider callers;
    private final RequestContext request;
    private final Pool pool;
    private final Clock clock;
    private final AccessLog accessLog;

    public HouseholdResource(HouseholdRegistration registration, MemberAdmission admission, HouseholdRepository households,
                             IdempotentCommands commands, CallerProvider callers, RequestContext request, Pool pool,
                             Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.registration = registration;
        this.admission = admission;
        this.households = households;
        this.commands = commands;
        this.callers = callers;
        this.request = request;
        this.pool = pool;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Register a household with its members (dinsos; a village operator for its own desa)")
    public Uni<Response> register(RegisterHouseholdBody body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw Problems.invalid("body", "required", "a JSON body is required");
        }
        CommandContext ctx = context();
        var command = registration.validate(ctx, new RegistrationRequest(body.kkNumber(), body.desaCode(), body.address(),
                body.desil(), body.memberDrafts()));
        return commands.execute(ctx.caller(), "POST", "/households", idempotencyKey, body,
                tx -> registration.register(tx, ctx, command));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "A household; personal fields only for dinsos and the household's own village operator")
    public Uni<Response> get(@PathParam("id") String id,
                             @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        var caller = callers.current();
        UUID householdId = parseId(id);
        return households.load(pool, householdId).chain(state -> {
            if (!state.exists() || !caller.maySee(state.desaCode())) {
                throw Problems.notFound("household");
            }
            Response response = Response.ok(HouseholdViews.of(state, caller, LocalDate.now(clock)))
                    .header("ETag", Versions.etag(state.version())).build();
            if (!HouseholdViews.mayReadPersonalData(caller, state.desaCode()) || state.erased()) {
                return Uni.createFrom().item(response);
            }
            return accessLog.record(pool, caller, householdId, AccessLog.purpose(purpose), "read",
                    request.correlationId()).replaceWith(response);
        });
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Add a member (a birth, a marriage, someone moving in); If-Match optional")
    public Uni<Response> addMember(@PathParam("id") String id, RegisterHouseholdBody.MemberBody body,
                                   @HeaderParam("If-Match") String ifMatch,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw Problems.invalid("body", "required", "a JSON body is required");
        }
        UUID householdId = parseId(id);
        var expected = Versions.parseIfMatch(ifMatch);
        CommandContext ctx = context();
        return commands.execute(ctx.caller(), "POST", "/households/" + householdId + "/members", idempotencyKey, body,
                tx -> admission.admit(tx, ctx, householdId, expected, body.toDraft()));
    }

    private CommandContext context() {
        return new CommandContext(callers.current(), request.correlationId(), request.traceparent());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("household");
        }
    }
}

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Households", description = "Register a household with its members, read it, add a member. Writes: dinsos, or a "
        + "village operator for its own desa; reads: every role, personal fields only for dinsos and the household's own "
        + "village operator (an operator of another village gets 404)")
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
    @Operation(operationId = "registerHousehold", summary = "Register a household with its members",
            description = "dinsos anywhere; a village operator only in its own desa (403 outside-village-scope otherwise). "
                    + "Every broken field rule is answered at once (400, one problem type per rule, validation-failed for "
                    + "several). A NIK of a living registered person or a KK number of a registered household is 409 "
                    + "(nik-already-registered, kk-already-registered; only dinsos is told which household holds it). "
                    + "Likely duplicates are accepted and flagged for review.")
    @APIResponse(responseCode = "201", description = "Registered, and its reference code issued (version 2)",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Registered.class)))
    @APIResponse(responseCode = "409", description = "A NIK or the KK number is registered already, or a request with "
            + "the same "
            + "Idempotency-Key is still running")
    public Uni<Response> register(
            RegisterHouseholdBody body,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS,
            example = "5f1d2c3b-reg-0001", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255,
            pattern = "^[\\x21-\\x7e]{1,255}$")) @HeaderParam("Idempotency-Key") String idempotencyKey) {
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
    @Operation(operationId = "getHousehold", summary = "Read a household",
            description = "Every role. Personal fields (kkNumber, address, the members' nik, name, birthDate) only for "
                    + "dinsos "
                    + "and the household's own village operator, and each such read is recorded with its purpose; an "
                    + "operator of another village gets 404. A merged duplicate answers mergedInto, an erased one erased.")
    @APIResponse(responseCode = "200", description = "The household as the caller may see it",
            headers = @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HouseholdView.class)))
    public Uni<Response> get(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ApiPatterns.PURPOSE_WORDS, example = ApiPatterns.PURPOSE_EXAMPLE,
                                     schema = @Schema(type = SchemaType.STRING))
                             @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        CommandContext ctx = contexts.current();
        return reads.household(new HouseholdReads.Reader(ctx, purpose), HouseholdLifecycleResource.parseId(id), "read")
                .map(state -> Response.ok(HouseholdViews.of(state, ctx.caller(), LocalDate.now(clock)))
                        .header("ETag", Versions.etag(state.version())).build());
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "addMember", summary = "Add a member (a birth, a marriage, someone moving in)",
            description = "dinsos; a village operator of the household's desa (another village's operator gets 404). The "
                    + "member's field rules as at registration; a NIK of a living registered person is 409; a merged or "
                    + "erased household is 409. A likely duplicate is accepted and flagged.")
    @APIResponse(responseCode = "200", description = "The member added",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.MemberAdded.class)))
    @APIResponse(responseCode = "409", description = "The NIK is registered already, the household's state does not "
            + "allow it "
            + "(merged, erased), another writer changed it first, or a request with the same Idempotency-Key is still running")
    public Uni<Response> addMember(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            RegisterHouseholdBody.MemberBody body,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-member-0001",
                                           schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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

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
@Tag(name = "Household lifecycle", description = "The household's life after registration, each a command on the household: "
        + "dinsos anywhere, a village operator in its own desa (another village's operator gets 404); merges and erasure "
        + "dinsos only. If-Match and Idempotency-Key are optional on every one; each answers the household's new version as "
        + "its ETag. Field rules are 400, rules about the household's current state 409 (GET /problems lists them).")
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
    @Operation(operationId = "recordDeath", summary = "Record a member's death",
            description = "dinsos; a village operator of the household's desa. When the head died and others remain, "
                    + "newHeadMemberId names the new head (409 head-required otherwise).")
    @APIResponse(responseCode = "200", description = "The death recorded",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> death(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Death b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
    @Operation(operationId = "recordDeparture", summary = "Record a member moving out",
            description = "dinsos; a village operator of the household's desa. Into another registered household "
                    + "(toHouseholdId; one the caller may not see is answered as unknown, 409) both households change in "
                    + "one transaction; otherwise the member moved away.")
    @APIResponse(responseCode = "200", description = "The departure recorded (this household's new version)",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> departure(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Departure b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(operationId = "changeHead", summary = "Make another member the head",
            description = "dinsos; a village operator of the household's desa. formerHeadRelationship says what the "
                    + "former head becomes.")
    @APIResponse(responseCode = "200", description = "The new head recorded",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> head(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.HeadChange b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
    @Operation(operationId = "relocateHousehold", summary = "Record the household's move",
            description = "dinsos; a village operator acting in both the household's desa and the new one (403 "
                    + "outside-village-scope for the new desa, 404 for a household it cannot see).")
    @APIResponse(responseCode = "200", description = "The move recorded",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> relocation(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Relocation b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(operationId = "changeKkNumber", summary = "Record a new KK number",
            description = "dinsos; a village operator of the household's desa. A KK number held by another household is "
                    + "409 kk-already-registered.")
    @APIResponse(responseCode = "200", description = "The new KK number recorded",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The KK number is another household's, the household's state does "
            + "not allow it, another writer changed it first, or a request with the same Idempotency-Key is still "
            + "running")
    public Uni<Response> kkNumber(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.KkChange b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        OptionalLong expected = Versions.parseIfMatch(ifMatch);
        var command = LifecycleRules.kkChange(household, required(b).kkNumber(), b.reason(), regions).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/kk-number", key, b,
                tx -> lifecycle.change(tx, ctx, household, expected, command));
    }

    @POST
    @Path("/splits")
    @Operation(operationId = "splitHousehold", summary = "Pecah KK: some members form a new household",
            description = "dinsos; a village operator of the household's desa. The new household gets its own KK number, "
                    + "desa and address; exactly one leaving member heads it; when the head leaves and others remain, "
                    + "remainingHeadMemberId names who heads the old one. Answers 201 with the new household.")
    @APIResponse(responseCode = "201", description = "The new household",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.SplitOff.class)))
    @APIResponse(responseCode = "409", description = "Nobody would remain or lead, a member is unknown, the KK number is "
            + "registered, another writer changed it first, or a request with the same Idempotency-Key is still running")
    public Uni<Response> split(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Split b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
    @Operation(operationId = "mergeHousehold", summary = "Merge a duplicate registration into this household",
            description = "dinsos only. The duplicate (duplicateId) continues as this household: it answers mergedInto "
                    + "from then on, and its members join this one.")
    @APIResponse(responseCode = "200", description = "The merge recorded (this household's new version)",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.Changed.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> merge(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Merge b,
            @Parameter(description = ApiPatterns.IF_MATCH_WORDS, example = "\"2\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
    @Operation(operationId = "eraseHousehold", summary = "Erase a household's personal data",
            description = "dinsos only. Deletes the keys of the household's and its members' personal fields "
                    + "(crypto-shredding) and their keyed-hash lookups, including households merged into it; records "
                    + "who, when and the legal basis. Irreversible.")
    @APIResponse(responseCode = "200", description = "The household erased",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.HouseholdErased.class)))
    @APIResponse(responseCode = "409", description = "The household was erased or merged already, or a request with the "
            + "same Idempotency-Key is still running")
    public Uni<Response> erase(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            LifecycleBodies.Erasure b,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        UUID household = parseId(id);
        var command = LifecycleRules.erasure(household, required(b).legalBasis()).orThrow();
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/households/" + household + "/erasure", key, b,
                tx -> erasure.erase(tx, ctx, command));
    }

    @POST
    @Path("/members/{memberId}/erasure")
    @RolesAllowed(Roles.DINSOS)
    @Operation(operationId = "erasePerson", summary = "Erase one person's personal data",
            description = "dinsos only. Deletes the person's key (their name, NIK and birth date become unreadable "
                    + "everywhere) and their lookups; the person leaves the household. When the person is the head and "
                    + "others remain, newHeadMemberId names the new head. Irreversible.")
    @APIResponse(responseCode = "200", description = "The person erased",
            headers = {@Header(name = "Location", description = CommandAnswers.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CommandAnswers.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = CommandAnswers.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.PersonErased.class)))
    @APIResponse(responseCode = "409", description = "The household's state does not allow it (merged, erased, "
            + "member-unknown, head-required, ...), another writer changed it first, or a request with the same "
            + "Idempotency-Key is still running")
    public Uni<Response> erasePerson(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The member's id", example = ApiPatterns.MEMBER_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("memberId") String memberId,
            LifecycleBodies.PersonErasure b,
            @Parameter(description = ApiPatterns.IDEMPOTENCY_WORDS, example = "5f1d2c3b-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
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

package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentDecisions;
import id.desatumis.assessment.application.AssessmentReading;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.assessment.domain.Need;
import id.desatumis.assessment.domain.NeedKind;
import id.desatumis.assessment.domain.Policy;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One assessment: read it (Dinas Sosial, auditors, the desa's operator, whose health and disability answers it holds),
 * verify it, and record the forum's changes. Verify, reject, return and re-run: Dinas Sosial only (never the person who
 * assessed or submitted). Needs added or struck: Dinas Sosial, or a village operator recording its own desa's forum.
 * If-Match (the household's assessment stream version) and Idempotency-Key are optional.
 */
@Path("/assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
@Tag(name = "Assessment decisions", description = "One assessment: read it (it holds health and disability answers; "
        + "every read is logged with its stated purpose), verify, reject or return it (Dinas Sosial, never the person who "
        + "assessed or submitted it), add or strike needs before verification, re-run it under another policy")
public class AssessmentDecisionResource {

    private static final String ID = "The assessment's id (a UUID; another form is 400, an unknown or invisible one 404)";
    private static final String ID_EXAMPLE = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21";
    private static final String IF_MATCH = "Optional: the household's assessment stream version as this API returns it "
            + "in ETag (a strong ETag such as \"3\"); a stale one is refused with 412, a malformed one with 400";
    private static final String DONE = "Done: the assessment after the command, and what it announced";
    private static final String LOCATION = "The assessment: /assessments/{id}";
    private static final String ETAG = "The household's assessment stream version after the command, a strong ETag such as \"3\"";
    private static final String ETAG_PATTERN = "^\"[0-9]+\"$";
    private static final String KEY_PATTERN = "^[\\x21-\\x7e]{1,255}$";
    private static final String DECIDER_403 = "Not Dinas Sosial (forbidden), or the caller assessed or submitted it "
            + "(verifier-is-assessor)";
    private static final String STATE_409 = "Decided already (not-waiting), still waiting for the registry "
            + "(assessment-pending), changed by a concurrent writer (version-conflict), or the same Idempotency-Key still running";

    private final AssessmentDecisions decisions;
    private final AssessmentReading reading;
    private final IdempotentCommands commands;
    private final CallerProvider callers;
    private final RequestContext request;
    private final CommandContexts contexts;
    private final Clock clock;

    public AssessmentDecisionResource(AssessmentDecisions decisions, AssessmentReading reading, IdempotentCommands commands,
                                      CallerProvider callers, RequestContext request, CommandContexts contexts, Clock clock) {
        this.decisions = decisions;
        this.reading = reading;
        this.commands = commands;
        this.callers = callers;
        this.request = request;
        this.contexts = contexts;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getAssessment", summary = "Read an assessment",
            description = "Dinas Sosial, auditors, and a village operator for its own desa (another desa's is 404). The form, "
                    + "every policy result, the needs with their reasons, the adjustments and the decision; or, for a form "
                    + "held for its household, PENDING or REFUSED with the rule. Each read of a stored assessment is "
                    + "logged: who, when and the purpose stated in X-Access-Purpose (GET /audit/personal-data-access)")
    @APIResponse(responseCode = "200", description = "A stored assessment (with ETag), or a held form (without)",
            headers = @Header(name = "ETag", description = "A stored assessment's household stream version, a strong ETag such "
                    + "as \"2\"; absent for a held form", schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                    AssessmentAnswers.StoredAssessment.class, AssessmentAnswers.HeldAssessment.class})))
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial, an auditor nor a village operator")
    public Uni<Response> read(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                      schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                              @HeaderParam(AccessLog.PURPOSE_HEADER) @Parameter(description = "Why the caller reads this "
                                      + "household's answers, recorded in the personal-data access log (\"not stated\" when "
                                      + "absent; cut to 200 characters)", example = "verification queue, musyawarah desa Jabung",
                                      schema = @Schema(type = SchemaType.STRING)) String purpose) {
        return reading.read(DecisionBodies.id(id), callers.current(), purpose, request.correlationId())
                .map(AssessmentDetails::response);
    }

    @POST
    @Path("/verification")
    @Operation(operationId = "verifyAssessment", summary = "Verify an assessment on the musyawarah desa decision",
            description = "Dinas Sosial only, never the person named as assessor nor the one who submitted it. Cites the forum's "
                    + "decision (its date, not before the visit, and number). When the assessment becomes the household's current "
                    + "one (the verified one with the latest visit date), a poor household's needs are announced "
                    + "(NeedsIdentified), or a household that had verified needs and is now not poor graduates (HouseholdGraduated)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.Verification.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (validation-failed): forumDate and decisionNumber "
            + "required (forum-decision-required), a date in the future; or the forum met before the visit (forum-before-visit)")
    @APIResponse(responseCode = "403", description = DECIDER_403)
    @APIResponse(responseCode = "409", description = STATE_409)
    public Uni<Response> verify(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.Verification b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate forumDate = null;
        String number = null;
        if (b == null || b.forumDate() == null || b.decisionNumber() == null || b.decisionNumber().isBlank()) {
            errors.add(new FieldError("forumDecision", "forum-decision-required",
                    "forumDate and decisionNumber of the musyawarah desa decision are required"));
        } else {
            forumDate = DecisionBodies.date("forumDate", b.forumDate(), LocalDate.now(clock), errors);
            number = DecisionBodies.text("decisionNumber", b.decisionNumber(), 100, errors);
        }
        LocalDate forum = forumDate;
        String decision = number;
        String verifier = callers.current().subject();
        return run("/verification", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.verify(s, assessment, verifier, forum, decision));
    }

    @POST
    @Path("/rejection")
    @Operation(operationId = "rejectAssessment", summary = "Reject an assessment, saying why",
            description = "Dinas Sosial only, never the person named as assessor nor the one who submitted it; only while it waits "
                    + "for verification. The reason stays in this service (the published AssessmentRejected carries none)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.Rejection.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "403", description = DECIDER_403)
    @APIResponse(responseCode = "409", description = STATE_409)
    public Uni<Response> reject(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.Rejection b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        String reason = DecisionBodies.text("reason", b == null ? null : b.reason(), 1000, errors);
        String verifier = callers.current().subject();
        return run("/rejection", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.reject(s, assessment, verifier, reason));
    }

    @POST
    @Path("/return")
    @Operation(operationId = "returnAssessment", summary = "Return an assessment for a revisit",
            description = "Dinas Sosial only, never the person named as assessor nor the one who submitted it; only while it waits "
                    + "for verification. Says what the enumerator must check")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.Return.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "403", description = DECIDER_403)
    @APIResponse(responseCode = "409", description = STATE_409)
    public Uni<Response> returnForRevisit(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.Return b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        String what = DecisionBodies.text("whatToCheck", b == null ? null : b.whatToCheck(), 1000, errors);
        String verifier = callers.current().subject();
        return run("/return", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.returnForRevisit(s, assessment, verifier, what));
    }

    @POST
    @Path("/results")
    @Operation(operationId = "rerunClassification", summary = "Re-run the classification under another published policy",
            description = "Dinas Sosial only, while the assessment waits for verification: a new result beside the old one, the "
                    + "forum's changes to the needs kept")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.Rerun.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "400", description = "policyVersion missing, too long, or not published (policy-unknown)")
    @APIResponse(responseCode = "409",
            description = "The latest result used this policy already (policy-unchanged), or: " + STATE_409)
    public Uni<Response> rerun(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.Rerun b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        String version = DecisionBodies.text("policyVersion", b == null ? null : b.policyVersion(), 50, errors);
        Policy policy = version == null ? null : Policy.published(version).orElse(null);
        if (version != null && policy == null) errors.add(new FieldError("policyVersion", "policy-unknown", "GET /policies lists them"));
        return run("/results", assessment, ifMatch, key, b, errors, s -> HouseholdAssessments.reclassify(s, assessment, policy));
    }

    @POST
    @Path("/needs")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "addNeed", summary = "Add a need the policy did not derive",
            description = "Dinas Sosial, or a village operator recording its own desa's forum (another desa's assessment is 404), "
                    + "while the assessment waits for verification. A personal need names a member the assessment answered "
                    + "for; a household need names none")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.NeedChange.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: kind not one of the kinds, memberId not a UUID, "
            + "reason missing or over 1000 characters; a personal need without memberId (required) or a household need with "
            + "one (household-need)")
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial nor a village operator")
    @APIResponse(responseCode = "409", description = "The need is there already (need-present), the member was not answered "
            + "for (member-unknown), or: " + STATE_409)
    public Uni<Response> addNeed(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.NeedChange b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        NeedKind kind = DecisionBodies.kind(b, errors);
        UUID member = DecisionBodies.member(b, errors);
        String reason = DecisionBodies.text("reason", b == null ? null : b.reason(), 1000, errors);
        String by = callers.current().subject();
        return run("/needs", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.addNeed(s, assessment, new Need(kind, member, reason), by, reason));
    }

    @POST
    @Path("/struck-needs")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "strikeNeed", summary = "Strike a need, with the reason",
            description = "Dinas Sosial, or a village operator recording its own desa's forum (another desa's assessment is 404), "
                    + "while the assessment waits for verification")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionBodies.NeedChange.class)))
    @APIResponse(responseCode = "200", description = DONE,
            headers = {@Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING,
                            pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.DecisionOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: kind not one of the kinds, memberId not a UUID, "
            + "reason missing or over 1000 characters")
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial nor a village operator")
    @APIResponse(responseCode = "409", description = "No such need on the assessment (need-absent), or: " + STATE_409)
    public Uni<Response> strikeNeed(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE,
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                            DecisionBodies.NeedChange b,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)) String ifMatch,
                            @HeaderParam("Idempotency-Key") @Parameter(description = AssessmentResource.IDEMPOTENCY_KEY,
                                    example = "verify-7f3a", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                    maxLength = 255, pattern = KEY_PATTERN)) String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        NeedKind kind = DecisionBodies.kind(b, errors);
        UUID member = DecisionBodies.member(b, errors);
        String reason = DecisionBodies.text("reason", b == null ? null : b.reason(), 1000, errors);
        String by = callers.current().subject();
        return run("/struck-needs", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.strikeNeed(s, assessment, kind, member, by, reason));
    }

    private Uni<Response> run(String action, UUID assessment, String ifMatch, String key, Object body, List<FieldError> errors,
                              Function<State, List<AssessmentEvent>> decision) {
        var version = Versions.parseIfMatch(ifMatch);
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        Caller caller = callers.current();
        var ctx = contexts.current();
        return commands.execute(caller, "POST", "/assessments/" + assessment + action, key, body,
                decisions.deciding(ctx, assessment, version, decision));
    }
}

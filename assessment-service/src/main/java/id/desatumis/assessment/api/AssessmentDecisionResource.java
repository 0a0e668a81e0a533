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
public class AssessmentDecisionResource {

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
    @Operation(summary = "The form, its results under each policy run, its needs with reasons, its decision (or PENDING/REFUSED)")
    public Uni<Response> read(@PathParam("id") String id, @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        return reading.read(DecisionBodies.id(id), callers.current(), purpose, request.correlationId())
                .map(AssessmentDetails::response);
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Verify on the musyawarah desa decision; announces the needs when it becomes the household's current assessment")
    public Uni<Response> verify(@PathParam("id") String id, DecisionBodies.Verification b, @HeaderParam("If-Match") String ifMatch,
                                @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(summary = "Reject, saying why")
    public Uni<Response> reject(@PathParam("id") String id, DecisionBodies.Rejection b, @HeaderParam("If-Match") String ifMatch,
                                @HeaderParam("Idempotency-Key") String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        String reason = DecisionBodies.text("reason", b == null ? null : b.reason(), 1000, errors);
        String verifier = callers.current().subject();
        return run("/rejection", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.reject(s, assessment, verifier, reason));
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return for a revisit, saying what to check")
    public Uni<Response> returnForRevisit(@PathParam("id") String id, DecisionBodies.Return b,
                                         @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        UUID assessment = DecisionBodies.id(id);
        List<FieldError> errors = new ArrayList<>();
        String what = DecisionBodies.text("whatToCheck", b == null ? null : b.whatToCheck(), 1000, errors);
        String verifier = callers.current().subject();
        return run("/return", assessment, ifMatch, key, b, errors,
                s -> HouseholdAssessments.returnForRevisit(s, assessment, verifier, what));
    }

    @POST
    @Path("/results")
    @Operation(summary = "Re-run the classification under another published policy: a new result, the old one kept")
    public Uni<Response> rerun(@PathParam("id") String id, DecisionBodies.Rerun b, @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(summary = "Add a need the policy did not derive, with the reason (Dinas Sosial or the forum)")
    public Uni<Response> addNeed(@PathParam("id") String id, DecisionBodies.NeedChange b, @HeaderParam("If-Match") String ifMatch,
                                 @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(summary = "Strike a need, with the reason (Dinas Sosial or the forum)")
    public Uni<Response> strikeNeed(@PathParam("id") String id, DecisionBodies.NeedChange b,
                                    @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
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

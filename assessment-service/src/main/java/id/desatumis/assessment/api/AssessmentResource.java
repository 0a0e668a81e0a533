package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentSubmission;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/**
 * The house-to-house form: a village operator for its own desa, or Dinas Sosial. The client chooses the assessment
 * id (enumerators work offline), so the same form sent again is stored once; Idempotency-Key is optional. A batch
 * syncs up to 500 forms at once. (One class for both paths: JAX-RS matches a class by its path first, and
 * {@code /assessments:batch} must not fall to {@code /assessments}.)
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
@Tag(name = "Assessments", description = "House-to-house forms, one at a time or synced in batches: Dinas Sosial, or a "
        + "village operator for the desa codes of its token")
public class AssessmentResource {

    private final AssessmentSubmission submission;
    private final BatchSubmission batches;
    private final IdempotentCommands commands;
    private final CallerProvider callers;
    private final CommandContexts contexts;
    private final RegionCatalog regions;
    private final Clock clock;

    public AssessmentResource(AssessmentSubmission submission, BatchSubmission batches, IdempotentCommands commands,
                              CallerProvider callers, CommandContexts contexts, RegionCatalog regions, Clock clock) {
        this.submission = submission;
        this.batches = batches;
        this.commands = commands;
        this.callers = callers;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Path("assessments")
    @Operation(operationId = "submitAssessment", summary = "Submit a house-to-house form",
            description = "Dinas Sosial, or a village operator for a desa of its token (another desa: 403 "
                    + "outside-village-scope). The form is classified under the current policy. 201 stored; 200 the same "
                    + "form was stored before (nothing changes); 202 the registry has not announced the household yet: the "
                    + "form is held and recorded when it does, or refused as household-unknown after the waiting time "
                    + "(GET /assessments/{id} says which). Idempotency-Key is optional: the client's assessmentId already "
                    + "makes a resend harmless.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentForm.class)))
    @APIResponse(responseCode = "201", description = "Stored and classified",
            headers = {@Header(name = "Location", description = "The assessment: /assessments/{assessmentId}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = "ETag", description = "The household's assessment stream version, a strong ETag such as \"2\"",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]+\"$"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionAnswers.FormOutcome.class)))
    @APIResponse(responseCode = "200", description = "The same form was stored before (ALREADY_STORED): nothing changed",
            headers = {@Header(name = "Location", description = "The assessment: /assessments/{assessmentId}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = "ETag", description = "The household's assessment stream version, a strong ETag such as \"2\"",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]+\"$"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionAnswers.FormOutcome.class)))
    @APIResponse(responseCode = "202", description = "Held (PENDING) until the registry announces the household",
            headers = {@Header(name = "Location", description = "Where to follow the form: /assessments/{assessmentId}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = "ETag", description = "Always \"0\": nothing is stored for the household yet",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]+\"$"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionAnswers.FormOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (validation-failed, each rule named in errors), "
            + "or the body is not JSON of the form's shape (malformed-request)")
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial nor a village operator (forbidden), or an operator "
            + "of another desa (outside-village-scope)")
    @APIResponse(responseCode = "409", description = "The registry merged the household (household-merged, with mergedInto), "
            + "erased it (household-erased), has it in another desa (desa-mismatch), or the form answers for someone who is "
            + "not a current member (member-unknown); another form has this assessmentId (assessment-exists); a request "
            + "with the same Idempotency-Key is still running")
    public Uni<Response> submit(AssessmentForm form, @HeaderParam("Idempotency-Key") @Parameter(description = IDEMPOTENCY_KEY,
            example = "4f7d2c9a-sync-0001", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255,
            pattern = "^[\\x21-\\x7e]{1,255}$")) String key) {
        Caller caller = callers.current();
        var read = FormReader.read(form, "", caller.subject(), LocalDate.now(clock), regions);
        if (!read.valid()) throw Problems.invalid(read.errors());
        caller.requireActIn(read.visit().desaCode());
        var ctx = contexts.current();
        return commands.execute(caller, "POST", "/assessments", key, form,
                submission.submitting(read.visit(), ctx.metadata()));
    }

    @POST
    @Path("assessments:batch")
    @Operation(operationId = "submitAssessmentBatch", summary = "Submit up to 500 forms at once",
            description = "Dinas Sosial or a village operator. Each form is answered on its own, in its own transaction, "
                    + "with the status a single submission would have (results[i] for items[i]); a form for a desa the "
                    + "operator does not act for is REFUSED (outside-village-scope) while the others go on. A batch that is "
                    + "not a list of at most 500 items is refused whole (400) and changes nothing. The body may be up to "
                    + "4 MB; a larger one is not stored, but the server closes the connection without the 413 problem "
                    + "(a known limit). The path may also be sent as /assessments%3Abatch.")
    @APIResponse(responseCode = "200", description = "Every form answered on its own",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionAnswers.BatchOutcome.class)))
    @APIResponse(responseCode = "400", description = "items missing or holding more than 500 forms (validation-failed), or "
            + "the body is not JSON with an items array (malformed-request): nothing is stored")
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial nor a village operator")
    public Uni<java.util.Map<String, Object>> submitBatch(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchOfForms.class))) BatchSubmission.Batch batch) {
        return batches.submit(batch);
    }

    static final String IDEMPOTENCY_KEY = "Optional (IETF httpapi draft): 1 to 255 visible ASCII characters, scoped to the "
            + "caller, method and path and kept 24 hours. The same key and body again replays the first answer "
            + "(Idempotent-Replayed: true); with another body it is refused (422); while the first runs, 409.";

    /** How a batch looks, for the OpenAPI document (the service reads each item on its own, to answer each). */
    @Schema(name = "BatchOfForms", description = "Up to 500 forms; each item is read and answered on its own, so an item "
            + "of the wrong shape is REFUSED (malformed) without refusing the others")
    public record BatchOfForms(@Schema(required = true, minItems = 0, maxItems = BatchSubmission.MAX_ITEMS,
            description = "The forms, in the order they are answered") java.util.List<AssessmentForm> items) {
    }
}

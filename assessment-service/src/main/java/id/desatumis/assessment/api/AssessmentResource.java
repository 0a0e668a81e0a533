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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    @Operation(summary = "Submit a form: 201 stored, 200 stored before, 202 waiting for the registry to announce the household")
    public Uni<Response> submit(AssessmentForm form, @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(summary = "Submit up to 500 forms; each is answered on its own, with the status a single submission would have")
    public Uni<java.util.Map<String, Object>> submitBatch(
            @RequestBody(content = @Content(schema = @Schema(implementation = BatchOfForms.class))) BatchSubmission.Batch batch) {
        return batches.submit(batch);
    }

    /** How a batch looks, for the OpenAPI document (the service reads each item on its own, to answer each). */
    @Schema(name = "BatchOfForms")
    public record BatchOfForms(@Schema(maxItems = BatchSubmission.MAX_ITEMS) java.util.List<AssessmentForm> items) {
    }
}

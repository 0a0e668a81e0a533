package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentReading;
import id.desatumis.assessment.domain.Assessment;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A household's assessments. They hold health and disability answers: Dinas Sosial, auditors, and a village operator
 * for its own desa read them; another village's operator is told nothing exists (404).
 */
@Path("/households/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
@Tag(name = "Households", description = "A household's assessments: Dinas Sosial, auditors, and a village operator for "
        + "its own desa (another village's operator is told nothing exists)")
public class AssessmentQueryResource {

    private final AssessmentReading reading;
    private final CallerProvider callers;

    public AssessmentQueryResource(AssessmentReading reading, CallerProvider callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listHouseholdAssessments", summary = "List a household's assessments",
            description = "Dinas Sosial, auditors, and a village operator for its own desa (a household of another desa, or "
                    + "with no stored assessment, is 404). Latest visit first, with the current one (the verified one with "
                    + "the latest visit date)")
    @APIResponse(responseCode = "200", description = "The household's assessments",
            headers = @Header(name = "ETag",
                    description = "The household's assessment stream version, a strong ETag such as \"4\"",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\"[0-9]+\"$")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentAnswers.HouseholdAssessments.class)))
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial, an auditor nor a village operator")
    public Uni<Response> ofHousehold(@PathParam("id") @Parameter(description = "The household's id in the registry (a UUID)",
            example = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) String id) {
        UUID householdId;
        try {
            householdId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("id", "id-format", "a household id is a UUID");
        }
        Caller caller = callers.current();
        return reading.ofHousehold(householdId).map(loaded -> {
            var all = loaded.state().assessments().values().stream()
                    .sorted(Comparator.comparing((Assessment a) -> a.submitted().visitDate())
                            .thenComparingLong(Assessment::arrival).reversed())
                    .toList();
            if (all.isEmpty() || !caller.maySee(all.get(0).submitted().desaCode())) throw Problems.notFound("household's assessments");
            var current = loaded.state().current();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("householdId", householdId.toString());
            body.put("currentAssessmentId", current == null ? null : current.submitted().assessmentId().toString());
            body.put("assessments", AssessmentDetails.summaries(all, current));
            body.put("version", loaded.version());
            return Response.ok(body).header("ETag", Versions.etag(loaded.version())).build();
        });
    }
}

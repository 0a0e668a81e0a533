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
public class AssessmentQueryResource {

    private final AssessmentReading reading;
    private final CallerProvider callers;

    public AssessmentQueryResource(AssessmentReading reading, CallerProvider callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "A household's assessments, latest visit first, and which is current")
    public Uni<Response> ofHousehold(@PathParam("id") String id) {
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

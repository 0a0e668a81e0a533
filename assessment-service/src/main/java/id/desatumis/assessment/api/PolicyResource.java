package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentSubmission;
import id.desatumis.assessment.domain.Criterion;
import id.desatumis.assessment.domain.Policy;
import id.desatumis.kit.api.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The classification policies, so offices and the public can read the rules. Public: no personal data. */
@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Policies", description = "The classification policies, public so offices and the community can read the rules")
public class PolicyResource {

    private final AssessmentSubmission submission;

    public PolicyResource(AssessmentSubmission submission) {
        this.submission = submission;
    }

    @GET
    @Operation(operationId = "listPolicies", summary = "List the published policies",
            description = "Public. Every published policy, which one new assessments use, and the 14 BPS criteria")
    @APIResponse(responseCode = "200", description = "The policies", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyAnswers.Policies.class)))
    public Map<String, Object> all() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", submission.policy().version());
        body.put("criteria", Arrays.stream(Criterion.values()).map(c -> Map.of("code", c.name(), "meaning", c.meaning())).toList());
        body.put("policies", Policy.PUBLISHED.stream().map(this::describe).toList());
        return body;
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getPolicy", summary = "Read one published policy", description = "Public")
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyAnswers.PolicyRules.class)))
    public Map<String, Object> one(@PathParam("version") @Parameter(
            description = "A published version (GET /policies lists them; another is 404)", example = "bps14-2026.1", schema = @Schema(type = SchemaType.STRING, enumeration = "bps14-2026.1")) String version) {
        return Policy.published(version).map(this::describe).orElseThrow(() -> Problems.notFound("policy"));
    }

    private Map<String, Object> describe(Policy p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("version", p.version());
        d.put("current", p.version().equals(submission.policy().version()));
        d.put("classes", List.of(
                Map.of("class", "EXTREME_POOR", "criteriaMetFrom", p.extremePoorMin()),
                Map.of("class", "POOR", "criteriaMetFrom", p.poorMin()),
                Map.of("class", "NEAR_POOR", "criteriaMetFrom", p.nearPoorMin()),
                Map.of("class", "NOT_POOR", "criteriaMetFrom", 0)));
        d.put("minimumFloorAreaM2PerMember", p.minimumFloorArea());
        d.put("needs", p.needRules());
        d.put("notPoorHaveNeeds", false);
        return d;
    }
}

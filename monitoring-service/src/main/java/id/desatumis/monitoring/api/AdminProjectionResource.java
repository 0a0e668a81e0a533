package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ProjectionRebuild;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The projection's generations, and the rebuild command (docs/projections.md). */
@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections", description = "The projection's generations and its rebuild (docs/projections.md)")
public class AdminProjectionResource {

    /** What GET answers: whether this instance runs the loops, and every generation, the newest first. */
    @Schema(description = "Whether this instance runs the projection's loops, and every generation, the newest first")
    public record Overview(
            @Schema(description = "true when this instance holds the engine's lock and runs the loops", required = true,
                    examples = "true") boolean leading,
            @Schema(description = "Every generation, the newest first", required = true)
            List<ProjectionGenerationView> generations) {
    }

    private final ProjectionRebuild rebuild;
    private final CallerProvider callers;

    public AdminProjectionResource(ProjectionRebuild rebuild, CallerProvider callers) {
        this.rebuild = rebuild;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(operationId = "getProjections", summary = "The projection's generations",
            description = "Each one's state, positions per partition, consumer lag, and its loop when this instance "
                    + "runs it. dinsos and auditor.")
    @APIResponse(responseCode = "200", description = "The generations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    public Uni<Overview> overview() {
        return rebuild.overview().map(all -> new Overview(rebuild.leading(),
                all.stream().map(ProjectionGenerationView::of).toList()));
    }

    @POST
    @Path("/rebuilds")
    @RolesAllowed(Roles.DINSOS)
    @Operation(operationId = "requestProjectionRebuild", summary = "Rebuild the projection from the topics",
            description = "A new generation is built from offset 0 beside the live one, which answers until the new "
                    + "one has caught up and goes live. dinsos only.")
    @APIResponse(responseCode = "202", description = "The new generation, BUILDING", headers = @Header(name = "Location",
            description = "Where to follow it: /admin/projections", schema = @Schema(type = SchemaType.STRING,
            examples = "/admin/projections")), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionAnswers.RebuildRequested.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is under way (rebuild-under-way)")
    public Uni<Response> requestRebuild() {
        String subject = callers.current().subject();
        return rebuild.request(subject).map(g -> Response.accepted(Map.of("generation", g.number(), "state", g.state().name(),
                "requestedBy", g.requestedBy())).location(URI.create("/admin/projections")).build());
    }
}

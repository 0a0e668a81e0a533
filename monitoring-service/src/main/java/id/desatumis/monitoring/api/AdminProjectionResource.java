package id.desatumis.monitoring.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The projection's generations, and the rebuild command (docs/projections.md). */
@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
public class AdminProjectionResource {

    /** What GET answers: whether this instance runs the loops, and every generation, the newest first. */
    public record Overview(boolean leading, List<ProjectionGenerationView> generations) {
    }

    private final ProjectionRebuild rebuild;
    private final CallerProvider callers;

    public AdminProjectionResource(ProjectionRebuild rebuild, CallerProvider callers) {
        this.rebuild = rebuild;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(summary = "The projection's generations: state, positions per partition, consumer lag (dinsos, auditor)")
    public Uni<Overview> overview() {
        return rebuild.overview().map(all -> new Overview(rebuild.leading(),
                all.stream().map(ProjectionGenerationView::of).toList()));
    }

    @POST
    @Path("/rebuilds")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Rebuilds the projection from the topics beside the live one, which answers until the new one "
            + "has caught up (dinsos)")
    @APIResponse(responseCode = "202", description = "The new generation, BUILDING")
    @APIResponse(responseCode = "409", description = "A rebuild is under way (rebuild-under-way)")
    public Uni<Response> requestRebuild() {
        String subject = callers.current().subject();
        return rebuild.request(subject).map(g -> Response.accepted(Map.of("generation", g.number(), "state", g.state().name(),
                "requestedBy", g.requestedBy())).location(URI.create("/admin/projections")).build());
    }
}

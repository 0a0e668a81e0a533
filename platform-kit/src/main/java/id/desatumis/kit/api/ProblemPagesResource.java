package id.desatumis.kit.api;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;

/** Serves the explanation of every problem type this service can answer with. Public. */
@Tag(name = "Problems", description = "What each problem type this service answers with means (public)")
@Path("/problems")
@PermitAll
public class ProblemPagesResource {

    private final Map<String, ProblemType> types = new LinkedHashMap<>();

    public ProblemPagesResource(Instance<ProblemTypeCatalog> catalogs) {
        Problems.ALL.forEach(t -> types.put(t.slug(), t));
        catalogs.forEach(c -> c.types().forEach(t -> types.put(t.slug(), t)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProblemTypes", summary = "Every problem type this service can answer with", description = "Public.")
    @APIResponse(responseCode = "200", description = "The problem types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemType.class)))
    public Iterable<ProblemType> list() {
        return types.values();
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "explainProblemType", summary = "What one problem type means", description = "Public.")
    @APIResponse(responseCode = "200", description = "The problem type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemType.class)))
    public ProblemType explain(@Parameter(description = "The problem type's name, the last segment of a problem's type",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9-]+$"), example = "validation-failed")
                               @PathParam("slug") String slug) {
        ProblemType t = types.get(slug);
        if (t == null) {
            throw Problems.notFound("problem type");
        }
        return t;
    }
}

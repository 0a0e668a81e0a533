package id.desatumis.kit.api;

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
    public Iterable<ProblemType> list() {
        return types.values();
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public ProblemType explain(@PathParam("slug") String slug) {
        ProblemType t = types.get(slug);
        if (t == null) {
            throw Problems.notFound("problem type");
        }
        return t;
    }
}

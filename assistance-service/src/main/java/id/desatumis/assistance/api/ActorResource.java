package id.desatumis.assistance.api;

import id.desatumis.assistance.application.ReferenceQueries;
import id.desatumis.assistance.application.ReferenceViews.ActorPage;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The actors a plan may name as responsible (partners, offices, village governments), as partner-service published
 * them. For the people planning and those who oversee them; offices and partners read their own in partner-service.
 */
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
public class ActorResource {

    private final ReferenceQueries queries;

    public ActorResource(ReferenceQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Actors by name, of one type or all; paged (page from 0, size up to 200), with the time of the "
            + "last partner event applied")
    public Uni<ActorPage> list(@QueryParam("type") String type, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        ListParams params = new ListParams();
        ActorType actorType = params.oneOf("type", type, ActorType.class, "actor-type-unknown");
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.actors(actorType, p, s);
    }
}

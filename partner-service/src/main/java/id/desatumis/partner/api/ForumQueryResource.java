package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Forums from the read models. Programme staff read every forum; a village operator those of its desa, any other is
 * absent (404).
 */
@Path("/forums")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class ForumQueryResource {

    private final ForumQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public ForumQueryResource(ForumQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(summary = "Forums, the latest first, with attendance counts and how many decisions each took; area "
            + "matches the forums of that area, of the areas within it and of the areas holding it (whose decisions "
            + "hold there too); from and to include both days; paged")
    public Uni<Response> list(@BeanParam ForumListParams params) {
        ForumListParams.Read q = params.read(regions);
        return queries.page(callers.current(), q.areaCode(), q.from(), q.to(), q.page(), q.size()).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One forum with its invitations, every actor's attendance, and its decisions")
    public Uni<Response> one(@PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "forum")).map(FreshAnswers::ok);
    }
}

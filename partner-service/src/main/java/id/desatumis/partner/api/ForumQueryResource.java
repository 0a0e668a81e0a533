package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.UUID;

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
    public Uni<Response> list(@QueryParam("area") String area, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        String areaCode = params.area(area, regions);
        LocalDate fromDate = params.date("from", from);
        LocalDate toDate = params.date("to", to);
        params.period(fromDate, toDate);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.page(callers.current(), areaCode, fromDate, toDate, p, s).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One forum with its invitations, every actor's attendance, and its decisions")
    public Uni<Response> one(@PathParam("id") String id) {
        QueryParams params = new QueryParams();
        UUID forumId = params.id("id", id);
        params.check();
        return queries.one(callers.current(), forumId).map(FreshAnswers::ok);
    }
}

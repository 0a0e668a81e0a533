package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;

/**
 * Each actor's attendance over the forums of a period (the study found offices absent from coordination meetings).
 * Programme staff count every forum; a village operator the forums of its desa.
 */
@Path("/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class AttendanceQueryResource {

    private final ForumQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public AttendanceQueryResource(ForumQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(summary = "Per actor: forums invited to, present, represented, absent with and without notice, not "
            + "recorded; the most often absent first; over forums held from..to and of an area as GET /forums; paged")
    public Uni<Response> perActor(@QueryParam("area") String area, @QueryParam("from") String from,
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
        return queries.attendance(callers.current(), areaCode, fromDate, toDate, p, s).map(FreshAnswers::ok);
    }
}

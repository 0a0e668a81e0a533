package id.desatumis.partner.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PartnerQueries;
import id.desatumis.partner.domain.PartnerType;
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

/**
 * Partners from the read model. Programme staff and village operators (who record who attended their forums) read
 * every partner; a partner's or an office's token its own only, any other is absent (404).
 */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR, Roles.PARTNER, Roles.OPD})
public class PartnerQueryResource {

    private final PartnerQueries queries;
    private final CallerProvider callers;

    public PartnerQueryResource(PartnerQueries queries, CallerProvider callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Partners by name, of one type or all; paged (page from 0, size up to 200), with the read model's freshness")
    public Uni<Response> list(@QueryParam("type") String type, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PartnerType partnerType = params.partnerType(type);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.page(callers.current(), partnerType, p, s).map(FreshAnswers::ok);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One partner, with the read model's freshness")
    public Uni<Response> one(@PathParam("id") String id) {
        return queries.one(callers.current(), FieldChecks.pathId(id, "partner")).map(FreshAnswers::ok);
    }
}

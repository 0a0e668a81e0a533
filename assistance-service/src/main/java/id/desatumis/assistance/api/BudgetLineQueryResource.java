package id.desatumis.assistance.api;

import id.desatumis.assistance.application.BudgetQueries;
import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget lines and their realisation. Dinas Sosial, TKPKD and auditors read every line; an office (opd token) the
 * lines it owns; a village operator the APBDES lines of its desa. A line the caller may not read is absent (404).
 */
@Path("/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.VILLAGE_OPERATOR})
public class BudgetLineQueryResource {

    private final BudgetQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public BudgetLineQueryResource(BudgetQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(summary = "Budget lines by fiscal year, fund, owning office or desa; paged (page from 0, size up to 200)")
    public Uni<BudgetQueries.Page<Map<String, Object>>> list(@QueryParam("fiscalYear") String fiscalYear,
                                                             @QueryParam("fund") String fund,
                                                             @QueryParam("ownerOpdCode") String ownerOpdCode,
                                                             @QueryParam("desaCode") String desaCode,
                                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        var criteria = new BudgetQueries.Criteria(FieldReaders.year("fiscalYear", fiscalYear, errors),
                FieldReaders.oneOf("fund", fund, BudgetFund.class, "fund-unknown", errors),
                FieldReaders.text("ownerOpdCode", ownerOpdCode, 30, errors),
                FieldReaders.desa("desaCode", desaCode, regions, errors));
        int p = FieldReaders.page(page, errors);
        int s = FieldReaders.size(size, errors);
        FieldReaders.refuse(errors);
        return queries.page(callers.current(), criteria, p, s);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One line: ceiling, committed, realised, available and realisation percentage")
    public Uni<Map<String, Object>> one(@PathParam("id") String id) {
        return queries.one(callers.current(), FieldReaders.pathId(id));
    }

    @GET
    @Path("/{id}/commitments")
    @Operation(summary = "What each intervention holds on the line (committed, realised, released), paged")
    public Uni<BudgetQueries.Page<BudgetQueries.CommitmentItem>> commitments(@PathParam("id") String id,
                                                                             @QueryParam("page") String page,
                                                                             @QueryParam("size") String size) {
        var lineId = FieldReaders.pathId(id);
        List<FieldError> errors = new ArrayList<>();
        int p = FieldReaders.page(page, errors);
        int s = FieldReaders.size(size, errors);
        FieldReaders.refuse(errors);
        return queries.commitments(callers.current(), lineId, p, s);
    }
}

package id.desatumis.assessment.api;

import id.desatumis.assessment.persistence.VillageQueries;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A desa's funnel and needs (counts only: every programme role, a village operator for its own desa), and its
 * verification queue (Dinas Sosial, auditors, the desa's operator).
 */
@Path("/villages/{desaCode}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR})
public class VillageAssessmentResource {

    private final VillageQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public VillageAssessmentResource(VillageQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "Listed, assessed, by class, waiting, verified, rejected, returned: each household once, by its latest visit")
    public Uni<Map<String, Object>> funnel(@PathParam("desaCode") String desaCode) {
        visible(desaCode);
        return queries.funnel(desaCode);
    }

    @GET
    @Path("/needs")
    @Operation(summary = "The needs of the desa by kind, from each household's current verified assessment")
    public Uni<Map<String, Object>> needs(@PathParam("desaCode") String desaCode) {
        visible(desaCode);
        return queries.needsByKind(desaCode).map(kinds -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("desaCode", desaCode);
            body.put("kinds", kinds);
            return body;
        });
    }

    @GET
    @Path("/verification-queue")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Assessments waiting for verification, oldest visit first")
    public Uni<Map<String, Object>> queue(@PathParam("desaCode") String desaCode,
                                          @QueryParam("limit") @DefaultValue("50") String limit,
                                          @QueryParam("offset") @DefaultValue("0") String offset) {
        visible(desaCode);
        return queries.queue(desaCode, number("limit", limit, 1, 500), number("offset", offset, 0, 1_000_000));
    }

    private void visible(String desaCode) {
        if (!regions.isSragenDesa(desaCode)) {
            throw Problems.invalid("desaCode", "desa-unknown", "not one of Kabupaten Sragen's desa and kelurahan");
        }
        Caller caller = callers.current();
        if (!caller.maySee(desaCode)) throw Problems.notFound("desa");
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Problems.invalid(List.of(new id.desatumis.kit.api.FieldError(name, "range", name + " is from " + min + " to " + max)));
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.persistence.VillageSummaryStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import id.desatumis.monitoring.messaging.ConsumerLag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Per-village progress. Programme-wide roles see every desa; a village operator its own. */
@Path("/villages")
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {

    private final VillageSummaryStore summaries;
    private final ConsumerLag lag;
    private final RegionCatalog regions;
    private final CallerProvider callers;
    private final Pool pool;

    public VillageResource(VillageSummaryStore summaries, ConsumerLag lag, RegionCatalog regions, CallerProvider callers,
                           Pool pool) {
        this.summaries = summaries;
        this.lag = lag;
        this.regions = regions;
        this.callers = callers;
        this.pool = pool;
    }

    @GET
    @Path("/{desaCode}/summary")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Households and members registered in a desa, with the projection's freshness")
    public Uni<VillageSummaryView> summary(@PathParam("desaCode") String desaCode) {
        var caller = callers.current();
        var desa = regions.sragenRegion(desaCode).filter(r -> regions.isSragenDesa(r.code()))
                .orElseThrow(() -> Problems.notFound("desa"));
        if (!caller.maySee(desaCode)) {
            throw new id.desatumis.kit.api.ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        return Uni.combine().all()
                .unis(summaries.find(pool, desaCode), summaries.freshness(pool))
                .with((s, f) -> new VillageSummaryView(desaCode, desa.name(), s.households(), s.members(),
                        f.lastEventAt(), f.lastAppliedAt(), lag.registryHouseholdLag()));
    }
}

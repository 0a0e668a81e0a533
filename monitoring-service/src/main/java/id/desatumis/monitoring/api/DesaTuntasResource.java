package id.desatumis.monitoring.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.DesaTuntas;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A desa's tuntas status and its distance (what is open, by kind and by responsible actor), for programme staff and
 * the desa's own operator; also as CSV.
 */
@Path("/desa")
public class DesaTuntasResource {

    private final DesaTuntas tuntas;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public DesaTuntasResource(DesaTuntas tuntas, RegionCatalog regions, CallerProvider callers) {
        this.tuntas = tuntas;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{code}/tuntas")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "A desa's tuntas status (OPEN, READY, DECLARED) and its distance: households and needs open, "
            + "by kind and by responsible actor, and needs open without a plan")
    public Uni<DesaTuntas.Answer> of(@PathParam("code") String code) {
        ReadParams params = new ReadParams();
        String desaCode = params.desa("code", code);
        params.check();
        return tuntas.of(ReadScopes.desa(regions, callers.current(), desaCode).code());
    }

    @GET
    @Path("/{code}/tuntas")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "A desa's distance from tuntas as CSV: its figures, then a line per kind and per actor")
    public Uni<CsvTable> csv(@PathParam("code") String code) {
        return of(code).map(FigureTables::tuntas);
    }
}

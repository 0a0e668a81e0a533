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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A desa's tuntas status and its distance (what is open, by kind and by responsible actor), for programme staff and
 * the desa's own operator; JSON or CSV.
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
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "A desa's tuntas status (OPEN, READY, DECLARED) and its distance: households and needs open, "
            + "by kind and by responsible actor, and needs open without a plan; as CSV, a line per figure, kind and actor")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DesaTuntas.Answer.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> of(@PathParam("code") String code, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        String desaCode = params.desa("code", code);
        params.check();
        String desa = ReadScopes.desa(regions, callers.current(), desaCode).code();
        return Negotiation.answer(headers, tuntas.of(desa), FigureTables::tuntas);
    }
}

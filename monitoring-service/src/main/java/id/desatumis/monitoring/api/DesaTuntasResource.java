package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

/**
 * A desa's tuntas status and its distance (what is open, by kind and by responsible actor), for programme staff and
 * the desa's own operator; JSON or CSV.
 */
@Path("/desa")
@Tag(name = "Desa")
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
    @Operation(operationId = "getDesaTuntas", summary = "A desa's tuntas status and its distance",
            description = "OPEN, READY or DECLARED, and what is open: households and needs, by kind and by responsible "
                    + "actor, and needs open without a plan. dinsos, tkpkd, auditor; a village operator for its own "
                    + "desa (another: 403)." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The status; as CSV, a line per figure, kind and actor",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"tuntas-33.14.07.2003.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DesaTuntas.Answer.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "figure,actorId,name,type,value\nstatus,,,,OPEN"))})
    public Uni<Response> of(
            @Parameter(description = ParamWords.DESA, example = "33.14.07.2003",
                    schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
            @PathParam("code") String code, @Context HttpHeaders headers) {
        FigureParams params = new FigureParams();
        String desaCode = params.desa("code", code);
        params.check();
        String desa = ReadScopes.desa(regions, callers.current(), desaCode).code();
        return Negotiation.answer(headers, tuntas.of(desa), FigureTables::tuntas);
    }
}

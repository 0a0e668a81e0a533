package id.desatumis.registry.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The official region codes of Sragen, so other systems and the dashboard use the same codes. Public. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Regions", description = "The official Kemendagri codes of Kabupaten Sragen's kecamatan and desa, current and "
        + "former, so other systems and the dashboard use the same codes. Public.")
public class RegionResource {

    private final RegionCatalog regions;

    /** The kit's {@link Region} as this resource answers it, described for the OpenAPI document. */
    @Schema(name = "RegionView", description = "A Kemendagri region of Sragen")
    record RegionView(
            @Schema(description = "The dotted Kemendagri code", required = true, examples = "33.14.07.2001") String code,
            @Schema(description = "The official name", required = true, examples = "Plumbon") String name,
            @Schema(description = "The level", required = true, enumeration = {Region.KECAMATAN, Region.DESA},
                    examples = Region.DESA) String level,
            @Schema(description = "false for a former code (a NIK keeps the code where it was first issued)", required = true,
                    examples = "true") boolean current) {
    }

    public RegionResource(RegionCatalog regions) {
        this.regions = regions;
    }

    @GET
    @Path("/kecamatan")
    @Operation(operationId = "listKecamatan", summary = "Sragen's kecamatan", description = "Public: no token needed.")
    @APIResponse(responseCode = "200", description = "Every kecamatan of Sragen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class)))
    public List<Region> kecamatan() {
        return regions.sragenKecamatan();
    }

    @GET
    @Path("/kecamatan/{code}/desa")
    @Operation(operationId = "listDesa", summary = "A kecamatan's desa and kelurahan",
            description = "Public: no token needed. An unknown kecamatan code is 404.")
    @APIResponse(responseCode = "200", description = "The kecamatan's desa and kelurahan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class)))
    public List<Region> desa(
            @Parameter(description = "The kecamatan's dotted Kemendagri code", example = ApiPatterns.KECAMATAN_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, pattern = ApiPatterns.KECAMATAN)) @PathParam("code") String code) {
        List<Region> desa = regions.desaOf(code);
        if (desa.isEmpty()) {
            throw Problems.notFound("kecamatan");
        }
        return desa;
    }
}

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

import java.util.List;

/** The official region codes of Sragen, so other systems and the dashboard use the same codes. Public. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class RegionResource {

    private final RegionCatalog regions;

    public RegionResource(RegionCatalog regions) {
        this.regions = regions;
    }

    @GET
    @Path("/kecamatan")
    public List<Region> kecamatan() {
        return regions.sragenKecamatan();
    }

    @GET
    @Path("/kecamatan/{code}/desa")
    public List<Region> desa(@PathParam("code") String code) {
        List<Region> desa = regions.desaOf(code);
        if (desa.isEmpty()) {
            throw Problems.notFound("kecamatan");
        }
        return desa;
    }
}

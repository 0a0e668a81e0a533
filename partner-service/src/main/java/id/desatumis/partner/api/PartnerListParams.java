package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.NeedKind;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** The parameters of a listing of one partner's records: the partner, a kind of need, an area, and the page. */
public class PartnerListParams {

    @Parameter(description = "The partner's id", example = ApiSchemas.PARTNER_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @PathParam("id")
    String id;
    @Parameter(description = "Only this kind of need", schema = @Schema(implementation = NeedKind.class))
    @QueryParam("kind")
    String kind;
    @Parameter(description = "Only what overlaps this area of Sragen (the area itself, within it, or holding it)",
            example = "33.14.07", schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN))
    @QueryParam("area")
    String area;
    @Parameter(description = "The page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "100000", defaultValue = "0"))
    @QueryParam("page")
    String page;
    @Parameter(description = "Items per page", example = "50", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "200", defaultValue = "50"))
    @QueryParam("size")
    String size;

    /** The parameters read and checked: a 404 for a partner id that is none, a 400 naming every other broken one. */
    record Read(UUID partnerId, NeedKind kind, String areaCode, int page, int size) {
    }

    Read read(RegionCatalog regions) {
        UUID partnerId = FieldChecks.pathId(id, "partner");
        QueryParams params = new QueryParams();
        Read read = new Read(partnerId, params.kind(kind), params.area(area, regions), params.page(page),
                params.size(size));
        params.check();
        return read;
    }
}

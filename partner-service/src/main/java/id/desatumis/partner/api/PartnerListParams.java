package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.NeedKind;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** The parameters of a listing of one partner's records: the partner, a kind of need, an area, and the page. */
public class PartnerListParams {

    @PathParam("id")
    String id;
    @QueryParam("kind")
    String kind;
    @QueryParam("area")
    String area;
    @QueryParam("page")
    String page;
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

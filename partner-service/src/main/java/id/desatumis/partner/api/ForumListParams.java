package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;

/** The parameters of a listing over forums: an area, a period (both days included), and the page. */
public class ForumListParams {

    @QueryParam("area")
    String area;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("page")
    String page;
    @QueryParam("size")
    String size;

    /** The parameters read and checked (a 400 naming every broken one). */
    record Read(String areaCode, LocalDate from, LocalDate to, int page, int size) {
    }

    Read read(RegionCatalog regions) {
        QueryParams params = new QueryParams();
        String areaCode = params.area(area, regions);
        LocalDate fromDate = params.date("from", from);
        LocalDate toDate = params.date("to", to);
        params.period(fromDate, toDate);
        Read read = new Read(areaCode, fromDate, toDate, params.page(page), params.size(size));
        params.check();
        return read;
    }
}

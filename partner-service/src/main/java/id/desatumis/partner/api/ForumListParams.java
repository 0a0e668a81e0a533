package id.desatumis.partner.api;

import id.desatumis.kit.region.RegionCatalog;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The parameters of a listing over forums: an area, a period (both days included), and the page. */
public class ForumListParams {

    @Parameter(description = "Forums of this area, of the areas within it and of the areas holding it (whose decisions "
            + "hold there too)", example = "33.14.07", schema = @Schema(type = SchemaType.STRING,
            pattern = ApiSchemas.AREA_PATTERN))
    @QueryParam("area")
    String area;
    @Parameter(description = "Forums held on or after this day", example = "2026-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;
    @Parameter(description = "Forums held on or before this day (not before from)", example = "2026-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;
    @Parameter(description = "The page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "100000", defaultValue = "0"))
    @QueryParam("page")
    String page;
    @Parameter(description = "Items per page", example = "50", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "200", defaultValue = "50"))
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

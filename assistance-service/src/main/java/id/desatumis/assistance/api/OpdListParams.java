package id.desatumis.assistance.api;

import id.desatumis.assistance.application.OpdQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The OPD lists' parameters: {@code stage}, {@code desa}, {@code kind}, {@code since} (changed at or after: an
 * ISO-8601 date-time with its offset, or a date, from its start in Sragen), {@code page} from 0 and {@code size} up to
 * 200. Every broken one is named in one problem, never with the value sent.
 */
public class OpdListParams {

    private static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");

    @QueryParam("stage")
    String stage;
    @QueryParam("desa")
    String desa;
    @QueryParam("kind")
    String kind;
    @QueryParam("since")
    String since;
    @QueryParam("page")
    String page;
    @QueryParam("size")
    String size;

    record Read(OpdQueries.Filter filter, int page, int size) {
    }

    /** Every parameter: the interventions' list. */
    Read read(RegionCatalog regions) {
        List<FieldError> errors = new ArrayList<>();
        var filter = new OpdQueries.Filter(BudgetLineFields.oneOf("stage", stage, Stage.class, "stage-unknown", errors),
                BudgetLineFields.desa("desa", desa, regions, errors),
                BudgetLineFields.oneOf("kind", kind, NeedKind.class, "kind-unknown", errors), since(errors));
        Read read = new Read(filter, BudgetLineFields.page(page, errors), BudgetLineFields.size(size, errors));
        BudgetLineFields.refuse(errors);
        return read;
    }

    /** The page alone: the overdue list has no filter. */
    Read paging() {
        List<FieldError> errors = new ArrayList<>();
        Read read = new Read(new OpdQueries.Filter(null, null, null, null), BudgetLineFields.page(page, errors),
                BudgetLineFields.size(size, errors));
        BudgetLineFields.refuse(errors);
        return read;
    }

    private OffsetDateTime since(List<FieldError> errors) {
        if (since == null || since.isBlank()) return null;
        try {
            return OffsetDateTime.parse(since.strip());
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(since.strip()).atStartOfDay(SRAGEN).toOffsetDateTime();
            } catch (DateTimeParseException notADate) {
                errors.add(new FieldError("since", "since-format",
                        "since is an ISO-8601 date-time with its offset, or a date YYYY-MM-DD"));
                return null;
            }
        }
    }
}

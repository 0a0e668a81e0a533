package id.desatumis.assistance.api;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.assistance.application.OpdQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The OPD list's parameters: {@code stage}, {@code desa}, {@code kind}, {@code since} (changed at or after: an
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

    Read read(RegionCatalog regions) {
        List<FieldError> errors = new ArrayList<>();
        DeliveryFields f = new DeliveryFields(errors, "");
        Stage s = stage == null || stage.isBlank() ? null : f.oneOf("stage", stage, Stage.class, "stage-unknown");
        NeedKind k = kind == null || kind.isBlank() ? null : f.oneOf("kind", kind, NeedKind.class, "kind-unknown");
        String d = desa == null || desa.isBlank() ? null : desa.strip();
        if (d != null && !regions.isSragenDesa(d)) d = f.error("desa", "desa-unknown", "a desa of Sragen by Kemendagri code");
        Read read = new Read(new OpdQueries.Filter(s, d, k, since(f)), page(f), size(f));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        return read;
    }

    /** The page parameters alone (the overdue list has no filter). */
    Read paging() {
        List<FieldError> errors = new ArrayList<>();
        DeliveryFields f = new DeliveryFields(errors, "");
        Read read = new Read(new OpdQueries.Filter(null, null, null, null), page(f), size(f));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        return read;
    }

    private OffsetDateTime since(DeliveryFields f) {
        if (since == null || since.isBlank()) return null;
        try {
            return OffsetDateTime.parse(since.strip());
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(since.strip()).atStartOfDay(SRAGEN).toOffsetDateTime();
            } catch (DateTimeParseException notADate) {
                return f.error("since", "since-format", "an ISO-8601 date-time with its offset, or a date YYYY-MM-DD");
            }
        }
    }

    private int page(DeliveryFields f) {
        return number(f, "page", page, 0, 0, FieldProblems.MAX_PAGE, "page-out-of-range");
    }

    private int size(DeliveryFields f) {
        return number(f, "size", size, 50, 1, FieldProblems.MAX_SIZE, "size-out-of-range");
    }

    private static int number(DeliveryFields f, String field, String value, int absent, int min, int max, String rule) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException notANumber) {
            // named below, like a number out of range
        }
        f.error(field, rule, "a whole number from " + min + " to " + max);
        return absent;
    }
}

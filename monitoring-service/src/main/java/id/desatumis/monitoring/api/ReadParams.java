package id.desatumis.monitoring.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.domain.Interval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The read endpoints' query and path parameters, checked together: every broken one is named (field and rule, never
 * the value sent) in one 400 problem by {@link #check()}. An absent optional parameter reads as null.
 */
final class ReadParams {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SIZE = 500;
    static final List<String> PARTNER_TYPES = List.of("OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO",
            "UNIVERSITY", "COMMUNITY");

    private final List<FieldError> errors = new ArrayList<>();

    int page(String value) {
        return number("page", value, 0, 0, MAX_PAGE, "page-out-of-range");
    }

    int size(String value) {
        return number("size", value, 50, 1, MAX_SIZE, "size-out-of-range");
    }

    /** An area of Kabupaten Sragen: the regency, a kecamatan or a desa. */
    String area(String value, RegionCatalog regions) {
        if (value == null || value.isBlank()) return null;
        if (RegionCatalog.SRAGEN.equals(value) || regions.sragenRegion(value).isPresent()) return value;
        errors.add(new FieldError("area", "area-unknown",
                "area is the code of Kabupaten Sragen (33.14), one of its kecamatan or one of its desa"));
        return null;
    }

    Integer cohort(String value) {
        if (value == null || value.isBlank()) return null;
        return number("cohort", value, 0, 2000, 2100, "cohort-out-of-range");
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date-format", field + " is an ISO-8601 date (2026-03-31)"));
            return null;
        }
    }

    /** Refuses a period whose end comes before its start. */
    void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "period-reversed", "to is before from"));
        }
    }

    Interval interval(String value) {
        if (value == null || value.isBlank()) return Interval.MONTH;
        try {
            return Interval.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("interval", "interval-unknown", "interval is MONTH, QUARTER or YEAR"));
            return Interval.MONTH;
        }
    }

    String partnerType(String value) {
        if (value == null || value.isBlank()) return null;
        if (PARTNER_TYPES.contains(value)) return value;
        errors.add(new FieldError("type", "partner-type-unknown", "type is one of " + String.join(", ", PARTNER_TYPES)));
        return null;
    }

    UUID id(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(field, "uuid-format", field + " is a UUID"));
            return null;
        }
    }

    /** Throws one problem naming every parameter that broke a rule. */
    void check() {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    private int number(String field, String value, int absent, int min, int max, String rule) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        errors.add(new FieldError(field, rule, field + " is a whole number from " + min + " to " + max));
        return absent;
    }
}

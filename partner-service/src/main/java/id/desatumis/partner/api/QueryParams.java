package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.application.QueryProblems;
import id.desatumis.partner.domain.DecisionNumber;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The query endpoints' parameters, read and checked together: every broken one is named in one problem
 * ({@link #check()}), never the value sent. An absent optional parameter reads as null.
 */
final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    int page(String value) {
        return number("page", value, 0, 0, QueryProblems.MAX_PAGE, "page-out-of-range");
    }

    int size(String value) {
        return number("size", value, 50, 1, QueryProblems.MAX_SIZE, "size-out-of-range");
    }

    UUID id(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(field, "id-format", field + " is a UUID"));
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (blank(value)) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date-format", field + " is a date like 2026-03-31"));
            return null;
        }
    }

    /** Refuses a period whose end comes before its start (either may be open). */
    void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "period-reversed", "to is before from"));
        }
    }

    NeedKind kind(String value) {
        if (blank(value)) return null;
        try {
            return NeedKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "kind-unknown", "kind is one of the kinds of need"));
            return null;
        }
    }

    PartnerType partnerType(String value) {
        if (blank(value)) return null;
        try {
            return PartnerType.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("type", "partner-type-unknown", "type is one of the types of partner"));
            return null;
        }
    }

    /** An area of Kabupaten Sragen: the regency, a kecamatan or a desa. */
    String area(String value, RegionCatalog regions) {
        if (blank(value)) return null;
        if (regions.sragenRegion(value).isEmpty()) {
            errors.add(new FieldError("area", "area-unknown", "area is a Kemendagri code of Kabupaten Sragen"));
            return null;
        }
        return value;
    }

    String decisionNumber(String value) {
        if (!DecisionNumber.isWellFormed(value)) {
            errors.add(new FieldError("number", "decision-number-format",
                    "a decision number is 1 to " + DecisionNumber.MAX_LENGTH + " letters, digits and . / - _"));
            return null;
        }
        return value;
    }

    /** Throws one problem naming every parameter that broke a rule. */
    void check() {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    private int number(String field, String value, int absent, int min, int max, String rule) {
        if (blank(value)) return absent;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        errors.add(new FieldError(field, rule, field + " is a whole number from " + min + " to " + max));
        return absent;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.application.QueryProblems;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The query endpoints' parameters, read and checked together by the service's field rules ({@link FieldChecks}):
 * every broken one is named in one problem ({@link #check()}), never the value sent. An absent optional parameter
 * reads as null.
 */
final class QueryParams {

    private final List<FieldError> errors;

    QueryParams() {
        this(new ArrayList<>());
    }

    /** Parameters checked together with others a resource checks itself, named in the same problem. */
    QueryParams(List<FieldError> errors) {
        this.errors = errors;
    }

    int page(String value) {
        return number("page", value, 0, 0, QueryProblems.MAX_PAGE, "page-out-of-range");
    }

    int size(String value) {
        return number("size", value, 50, 1, QueryProblems.MAX_SIZE, "size-out-of-range");
    }

    LocalDate date(String field, String value) {
        return FieldChecks.optionalDate(field, value, errors);
    }

    /** Refuses a period whose end comes before its start (either may be open). */
    void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "period-reversed", "to is before from"));
        }
    }

    NeedKind kind(String value) {
        return FieldChecks.optionalOneOf("kind", value, NeedKind.class, "kind-unknown", errors);
    }

    PartnerType partnerType(String value) {
        return FieldChecks.optionalOneOf("type", value, PartnerType.class, "partner-type-unknown", errors);
    }

    /** An area of Kabupaten Sragen: the regency, a kecamatan or a desa; its code. */
    String area(String value, RegionCatalog regions) {
        Area area = FieldChecks.optionalArea("area", value, regions, errors);
        return area == null ? null : area.code();
    }

    String decisionNumber(String value) {
        return FieldChecks.decisionNumber("number", value, errors);
    }

    /** Throws one problem naming every parameter that broke a rule. */
    void check() {
        FieldChecks.refuse(errors);
    }

    private int number(String field, String value, int absent, int min, int max, String rule) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        errors.add(new FieldError(field, rule, field + " is a whole number from " + min + " to " + max));
        return absent;
    }
}

package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedProblems;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The field rules of the needs endpoints, bodies and query parameters alike: each check adds what is broken to the
 * errors (a client learns every mistake in one answer) and gives the value read, or null. Messages never repeat the
 * value sent.
 */
final class NeedFields {

    private final List<FieldError> errors = new ArrayList<>();

    /** Optional text, stripped (blank is absent); no control character but tab and line breaks. */
    String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "max-length", field + " is at most " + max + " characters"));
            return null;
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            errors.add(new FieldError(field, "text-control-character",
                    field + " holds a control character (only tab and line breaks are text)"));
            return null;
        }
        return v;
    }

    /** A required value of an enumeration, spelt as it spells it. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        return optionalOneOf(field, value, type, rule);
    }

    /** An optional value of an enumeration; absent (or blank) is null. */
    <E extends Enum<E>> E optionalOneOf(String field, String value, Class<E> type, String rule) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        errors.add(new FieldError(field, rule, field + " is one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** An optional desa of Kabupaten Sragen, by its dotted Kemendagri code. */
    String optionalDesa(String field, String value, RegionCatalog regions) {
        if (value == null || value.isBlank()) return null;
        if (regions.isSragenDesa(value)) return value;
        errors.add(new FieldError(field, "desa-unknown", field + " is a desa of Kabupaten Sragen by Kemendagri code"));
        return null;
    }

    int page(String value) {
        return number("page", value, 0, 0, NeedProblems.MAX_PAGE, "page-out-of-range");
    }

    int size(String value) {
        return number("size", value, 50, 1, NeedProblems.MAX_SIZE, "size-out-of-range");
    }

    /** Throws every broken rule at once. */
    void check() {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    /** The id in a path: one that is no UUID names nothing here (404), as an id of nothing does. */
    static UUID pathId(String value, String what) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short groups ("1-1-1-1-1"): only the canonical form is an id
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below
        }
        throw Problems.notFound(what);
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

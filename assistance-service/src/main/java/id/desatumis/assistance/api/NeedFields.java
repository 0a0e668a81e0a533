package id.desatumis.assistance.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The field rules of the needs commands' bodies: each check adds what is broken to the
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
}

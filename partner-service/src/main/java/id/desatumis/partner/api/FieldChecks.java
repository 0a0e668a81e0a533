package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The plain field rules of request bodies: each check adds what is broken to {@code errors} (so a client learns every
 * mistake in one answer) and gives the value read, or null. Messages never repeat the value sent.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /** Required text, stripped; blank counts as missing. */
    static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        return optionalText(field, value, max, errors);
    }

    /** Optional text, stripped; blank counts as absent (null). */
    static String optionalText(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "max-length", field + " is at most " + max + " characters"));
            return null;
        }
        return v;
    }

    /** A required value of an enumeration, spelt as the enumeration spells it. */
    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        errors.add(new FieldError(field, rule, field + " is one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date-format", field + " is a date, YYYY-MM-DD"));
            return null;
        }
    }

    static UUID id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        UUID id = uuid(value);
        if (id == null) errors.add(new FieldError(field, "id-format", field + " is a UUID"));
        return id;
    }

    /** A required, non-empty list of at most {@code max} entries; null when it is broken. */
    static <T> List<T> list(String field, List<T> value, int max, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, "required", field + " needs at least one entry"));
            return null;
        }
        if (value.size() > max) {
            errors.add(new FieldError(field, "max-size", field + " has at most " + max + " entries"));
            return null;
        }
        return value;
    }

    /** The id in a path: one that is no UUID names nothing here (404). */
    static UUID pathId(String value, String what) {
        UUID id = uuid(value);
        if (id == null) throw Problems.notFound(what);
        return id;
    }

    /** Throws every broken field rule at once. */
    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    private static UUID uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short groups ("1-1-1-1-1"): only the canonical form is an id
            return id.toString().equalsIgnoreCase(value) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

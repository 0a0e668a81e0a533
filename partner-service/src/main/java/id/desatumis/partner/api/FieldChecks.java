package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.DecisionNumber;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The field rules of every request of the service, bodies and query parameters alike, each checked here once: each
 * check adds what is broken to {@code errors} (so a client learns every mistake in one answer) and gives the value
 * read, or null. Messages never repeat the value sent.
 */
final class FieldChecks {

    /**
     * The days a request may name: from the programme's first years to the last of a four-digit year. A day outside
     * (a year before the common era, a year of six digits) is none the programme means, and one the database cannot
     * store as it was sent.
     */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** Why something was suspended, reinstated, declined, withdrawn or cleared: the same bound everywhere. */
    static final int REASON_MAX = 1000;

    private FieldChecks() {
    }

    /** Required text, stripped; blank counts as missing. */
    static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        return optionalText(field, value, max, errors);
    }

    /**
     * Optional text, stripped; blank counts as absent (null). No control character but tab and line breaks: NUL above
     * all, which PostgreSQL stores neither in text nor in jsonb (the request would fail in the database).
     */
    static String optionalText(String field, String value, int max, List<FieldError> errors) {
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
        // a JSON escape of half a surrogate pair (backslash-u DCC9 alone) reads as a Java string but is no Unicode text:
        // PostgreSQL refuses it in text and jsonb, so the command failed in the database with a 500 (found by
        // MalformedInputApiTest on POST /partners and POST /forums)
        if (hasLoneSurrogate(v)) {
            errors.add(new FieldError(field, "text-encoding",
                    field + " holds half of a UTF-16 surrogate pair, which is no Unicode character"));
            return null;
        }
        return v;
    }

    private static boolean hasLoneSurrogate(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A required value of an enumeration, spelt as the enumeration spells it. */
    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        return optionalOneOf(field, value, type, rule, errors);
    }

    /** An optional value of an enumeration; absent (or blank) is null. */
    static <E extends Enum<E>> E optionalOneOf(String field, String value, Class<E> type, String rule,
                                               List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        errors.add(new FieldError(field, rule, field + " is one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** A required day, YYYY-MM-DD, from {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        return optionalDate(field, value, errors);
    }

    /** An optional day; absent (or blank) is null. */
    static LocalDate optionalDate(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            LocalDate day = LocalDate.parse(value);
            if (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) return day;
        } catch (DateTimeParseException e) {
            // named below, like a day out of range
        }
        errors.add(new FieldError(field, "date-format", field + " is a date YYYY-MM-DD from " + FIRST_DAY + " to " + LAST_DAY));
        return null;
    }

    /** A required id. */
    static UUID id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        return optionalId(field, value, errors);
    }

    /** An optional id; absent is null. */
    static UUID optionalId(String field, String value, List<FieldError> errors) {
        if (value == null) return null;
        UUID id = uuid(value);
        if (id == null) errors.add(new FieldError(field, "id-format", field + " is a UUID"));
        return id;
    }

    /** An area of Kabupaten Sragen by Kemendagri code: the regency, one of its kecamatan or one of its desa. */
    static Area area(String field, String code, RegionCatalog regions, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(required(field));
            return null;
        }
        return optionalArea(field, code, regions, errors);
    }

    /** An optional area; absent (or blank) is null. */
    static Area optionalArea(String field, String code, RegionCatalog regions, List<FieldError> errors) {
        if (code == null || code.isBlank()) return null;
        Area area = Area.of(code);
        if (area == null || regions.sragenRegion(code).isEmpty()) {
            errors.add(new FieldError(field, "area-unknown",
                    field + " is Kabupaten Sragen (33.14), one of its kecamatan or one of its desa, by Kemendagri code"));
            return null;
        }
        return area;
    }

    /** A forum decision's number, recorded or cited: the same shape wherever a request names one. */
    static String decisionNumber(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        if (!DecisionNumber.isWellFormed(value)) {
            errors.add(new FieldError(field, "decision-number-format",
                    field + " is 1 to " + DecisionNumber.MAX_LENGTH + " letters, digits and . / - _"));
            return null;
        }
        return value;
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

    /** The id in a path: one that is no UUID names nothing here (404), as an id of nothing does. */
    static UUID pathId(String value, String what) {
        UUID id = uuid(value);
        if (id == null) throw Problems.notFound(what);
        return id;
    }

    /** Throws every broken field rule at once. */
    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    private static FieldError required(String field) {
        return new FieldError(field, "required", field + " is required");
    }

    private static UUID uuid(String value) {
        if (value == null) return null;
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short groups ("1-1-1-1-1"): only the canonical form is an id
            return id.toString().equalsIgnoreCase(value) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

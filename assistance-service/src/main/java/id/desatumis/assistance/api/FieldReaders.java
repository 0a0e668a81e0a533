package id.desatumis.assistance.api;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How the service's endpoints read what a client sends, bodies and query parameters alike: each reader adds what
 * is broken to {@code errors} (so a client learns every mistake in one answer) and gives the value read, or null
 * (then the domain's own rules say nothing more about that field). Messages never repeat the value sent.
 */
final class FieldReaders {

    private static final BigDecimal MAX_RUPIAH = BigDecimal.valueOf(FieldProblems.MAX_RUPIAH);

    private FieldReaders() {
    }

    /** Optional text, stripped (blank is absent); no control character but tab and line breaks. */
    static String text(String field, String value, int max, List<FieldError> errors) {
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

    /** A value of an enumeration, spelt as it spells it; absent (or blank) is null. */
    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        errors.add(new FieldError(field, rule, field + " is one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** Whole rupiah (a JSON integer), at most {@link FieldProblems#MAX_RUPIAH} either way; absent is null. */
    static Long rupiah(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) return null;
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "rupiah-whole", field + " is whole rupiah, without a fraction"));
            return null;
        }
        if (value.abs().compareTo(MAX_RUPIAH) > 0) {
            errors.add(new FieldError(field, "amount-too-large", field + " is at most " + MAX_RUPIAH.toPlainString()));
            return null;
        }
        return value.longValueExact();
    }

    /** A fiscal year: a whole number of four digits (the domain holds it to its range); absent is null. */
    static Integer year(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) return null;
        if ((value.signum() != 0 && value.stripTrailingZeros().scale() > 0) || value.abs().compareTo(BigDecimal.valueOf(9999)) > 0) {
            errors.add(new FieldError(field, "fiscal-year-range", field + " is a whole year"));
            return null;
        }
        return value.intValueExact();
    }

    /** A fiscal year in a query: as in a body, but sent as text. */
    static Integer year(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return year(field, new BigDecimal(value), errors);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "fiscal-year-range", field + " is a whole year"));
            return null;
        }
    }

    /** One of Sragen's desa, by Kemendagri code; absent (or blank) is null. */
    static String desa(String field, String code, RegionCatalog regions, List<FieldError> errors) {
        if (code == null || code.isBlank()) return null;
        if (!regions.isSragenDesa(code)) {
            errors.add(new FieldError(field, "desa-unknown", field + " is the Kemendagri code of one of Sragen's desa"));
            return null;
        }
        return code;
    }

    static int page(String value, List<FieldError> errors) {
        return number("page", value, 0, 0, FieldProblems.MAX_PAGE, "page-out-of-range", errors);
    }

    static int size(String value, List<FieldError> errors) {
        return number("size", value, 50, 1, FieldProblems.MAX_SIZE, "size-out-of-range", errors);
    }

    /** The id in a path: one that is no UUID names nothing here (404), as an id of nothing does. */
    static UUID pathId(String value) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short groups ("1-1-1-1-1"): only the canonical form is an id
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below, like an id of nothing
        }
        throw Problems.notFound("budget line");
    }

    /** Throws every broken field rule at once. */
    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) throw Problems.invalid(errors);
    }

    private static int number(String field, String value, int absent, int min, int max, String rule, List<FieldError> errors) {
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

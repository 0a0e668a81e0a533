package id.desatumis.assistance.api;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.kit.api.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The field readers the intervention endpoints need beside {@link FieldReaders}' (texts, enumerations, rupiah,
 * desa, page and size): ids, days, units, decision numbers. Each adds what is broken to {@code errors} and gives the
 * value read, or null. Messages never repeat the value sent.
 */
final class InterventionFields {

    /** The days a request may name: none the programme means lies outside, and the database stores these as sent. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    static final int REASON_MAX = 1000;

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(FieldProblems.MAX_RUPIAH);
    private static final Pattern DECISION_NUMBER = Pattern.compile("[A-Za-z0-9./_-]{1,100}");

    private InterventionFields() {
    }

    static FieldError required(String field) {
        return new FieldError(field, "required", field + " is required");
    }

    /** A required text (blank is missing). */
    static String requiredText(String field, String value, int max, List<FieldError> errors) {
        String v = FieldReaders.text(field, value, max, errors);
        if (v == null && (value == null || value.isBlank())) errors.add(required(field));
        return v;
    }

    /** An id; absent is null. */
    static UUID id(String field, String value, List<FieldError> errors) {
        if (value == null) return null;
        UUID id = uuid(value);
        if (id == null) errors.add(new FieldError(field, "id-format", field + " is a UUID"));
        return id;
    }

    static UUID requiredId(String field, String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(required(field));
            return null;
        }
        return id(field, value, errors);
    }

    /** A day, YYYY-MM-DD, from {@link #FIRST_DAY} to {@link #LAST_DAY}; absent is null. */
    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) return null;
        try {
            LocalDate day = LocalDate.parse(value);
            if (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) return day;
        } catch (DateTimeParseException e) {
            // named below, like a day out of range
        }
        errors.add(new FieldError(field, "date-format", field + " is a date YYYY-MM-DD from " + FIRST_DAY + " to " + LAST_DAY));
        return null;
    }

    static LocalDate requiredDate(String field, String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(required(field));
            return null;
        }
        return date(field, value, errors);
    }

    /** Whole rupiah, zero or more; absent is null. */
    static Long rupiah(String field, BigDecimal value, List<FieldError> errors) {
        Long v = FieldReaders.rupiah(field, value, errors);
        return notNegative(field, v, errors);
    }

    /** Whole units, zero or more; absent is null. */
    static Long units(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) return null;
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "units-whole", field + " is a whole number of units"));
            return null;
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "amount-too-large", field + " is at most " + MAX_AMOUNT.toPlainString()));
            return null;
        }
        return notNegative(field, value.longValueExact(), errors);
    }

    /** A small whole number (a tranche's number, a year); absent is null. */
    static Integer whole(String field, BigDecimal value, int min, int max, String rule, List<FieldError> errors) {
        if (value == null) return null;
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (whole && value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return value.intValueExact();
        }
        errors.add(new FieldError(field, rule, field + " is a whole number from " + min + " to " + max));
        return null;
    }

    static String decisionNumber(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
            return null;
        }
        if (!DECISION_NUMBER.matcher(value).matches()) {
            errors.add(new FieldError(field, "decision-number-format", field + " is 1 to 100 letters, digits and . / - _"));
            return null;
        }
        return value;
    }

    private static Long notNegative(String field, Long v, List<FieldError> errors) {
        if (v != null && v < 0) {
            errors.add(new FieldError(field, "amount-negative", field + " is zero or more"));
            return null;
        }
        return v;
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

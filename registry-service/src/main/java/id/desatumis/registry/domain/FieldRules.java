package id.desatumis.registry.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reading submitted text into typed values, each failure a named rule on its field. Shared by every
 * command's rules so a date, an id or a code is refused the same way everywhere.
 */
public final class FieldRules {

    private FieldRules() {
    }

    public static String requiredText(String field, String text, int maxLength, List<RuleViolation> v) {
        if (text == null || text.isBlank()) {
            v.add(new RuleViolation(field, "required", "required"));
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            v.add(new RuleViolation(field, "max-length", "at most " + maxLength + " characters"));
            return null;
        }
        return stripped;
    }

    /** A past or present date (YYYY-MM-DD), not before 1900. */
    public static LocalDate pastDate(String field, String text, LocalDate today, List<RuleViolation> v) {
        if (text == null || text.isBlank()) {
            v.add(new RuleViolation(field, "required", "a date as YYYY-MM-DD"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                v.add(new RuleViolation(field, "date-in-future", "the date cannot be in the future"));
                return null;
            }
            if (date.isBefore(LocalDate.of(1900, 1, 1))) {
                v.add(new RuleViolation(field, "date-too-early", "a date after 1900-01-01"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            v.add(new RuleViolation(field, "date-format", "a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** An id; null text gives null when {@code optional}. */
    public static UUID id(String field, String text, boolean optional, List<RuleViolation> v) {
        if (text == null || text.isBlank()) {
            if (!optional) v.add(new RuleViolation(field, "required", "an id (uuid)"));
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            v.add(new RuleViolation(field, "id-format", "an id (uuid)"));
            return null;
        }
    }

    public static <E extends Enum<E>> E code(Class<E> type, String field, String text, String rule, String expected,
                                             List<RuleViolation> v) {
        if (text == null || text.isBlank()) {
            v.add(new RuleViolation(field, "required", "required: " + expected));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(new RuleViolation(field, rule, "must be " + expected));
            return null;
        }
    }

    /** One of Sragen's desa, by dotted Kemendagri code. */
    public static String desa(String field, String code, RegionReference regions, List<RuleViolation> v) {
        if (code == null || !code.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}")) {
            v.add(new RuleViolation(field, "desa-format", "a dotted Kemendagri desa code such as 33.14.07.2003"));
            return null;
        }
        if (!regions.isSragenDesa(code)) {
            v.add(new RuleViolation(field, "desa-unknown", "not one of Kabupaten Sragen's 208 desa and kelurahan"));
            return null;
        }
        return code;
    }
}

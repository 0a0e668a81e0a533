package id.desatumis.assistance.api;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.kit.api.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The field rules of the delivery requests, each checked here once: a check adds what is broken to the request's
 * errors (so a client learns every mistake in one answer) and gives the value read, or null. Messages never repeat
 * the value sent. Free texts of a delivery travel to offices and the village: none may hold a 16-digit number, which
 * may be a NIK or a KK number (personal data never goes there).
 */
final class DeliveryFields {

    static final int DESCRIPTION_MAX = 500;
    static final int REASON_MAX = 1000;
    static final int DOCUMENT_MAX = 100;
    static final int PHOTO_REFERENCE_MAX = 500;
    static final int PROGRAMME_MAX = 200;
    static final int TRANCHE_MAX = 100;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(FieldProblems.MAX_RUPIAH);

    /**
     * A NIK or KK number: 16 digits in a row, or printed in the groups people write them in (6-6-4 as on the KTP,
     * 4-4-4-4), with spaces, dots or hyphens between the groups.
     */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<!\\d)(\\d{16}|\\d{6}[ .-]\\d{6}[ .-]\\d{4}|\\d{4}[ .-]\\d{4}[ .-]\\d{4}[ .-]\\d{4})(?!\\d)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final List<FieldError> errors;
    private final String prefix;

    /** Fields of one request, or of one item of a batch ({@code prefix} "items[3]."). */
    DeliveryFields(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** Required text, stripped; blank counts as missing. */
    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        return optionalText(field, value, max);
    }

    /** Optional text, stripped, blank as absent: no control character but tab and line breaks, no NIK or KK. */
    String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) return error(field, "max-length", "at most " + max + " characters");
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            return error(field, "text-control-character", "holds a control character (only tab and line breaks are text)");
        }
        if (PERSONAL_NUMBER.matcher(v).find()) {
            return error(field, "personal-number",
                    "holds a 16-digit number, which may be a NIK or KK number: personal data is never written here");
        }
        return v;
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) return day;
        } catch (DateTimeParseException e) {
            // named below, like a day out of range
        }
        return error(field, "date-format", "a date YYYY-MM-DD from " + FIRST_DAY + " to " + LAST_DAY);
    }

    UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        return optionalId(field, value);
    }

    UUID optionalId(String field, String value) {
        if (value == null) return null;
        UUID id = PathIds.parse(value);
        return id != null ? id : error(field, "id-format", "a UUID");
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        return error(field, rule, "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Whole rupiah and/or whole units, neither negative; the rule that one is named is the domain's. */
    Quantity amount(String field, DeliveryBodies.Amount a) {
        if (a == null) {
            required(field);
            return null;
        }
        Long rupiah = whole(field + ".rupiah", a.rupiah(), "rupiah-whole");
        Long units = whole(field + ".units", a.units(), "units-whole");
        boolean broken = (a.rupiah() != null && rupiah == null) || (a.units() != null && units == null);
        return broken ? null : new Quantity(rupiah, units);
    }

    /** A tranche's number: a whole number from 1. */
    Integer tranche(String field, BigDecimal value) {
        if (value == null) return null;
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (value.signum() <= 0 || !whole || value.compareTo(BigDecimal.valueOf(TRANCHE_MAX)) > 0) {
            return error(field, "tranche-number", "a whole number from 1 to " + TRANCHE_MAX);
        }
        return value.intValueExact();
    }

    /** A document's number, and a photo's reference with its SHA-256 (both or neither). */
    Evidence evidence(String field, DeliveryBodies.Evidence e) {
        if (e == null) {
            required(field);
            return null;
        }
        String document = text(field + ".documentNumber", e.documentNumber(), DOCUMENT_MAX);
        String photo = optionalText(field + ".photoReference", e.photoReference(), PHOTO_REFERENCE_MAX);
        String hash = e.photoSha256() == null || e.photoSha256().isBlank() ? null : e.photoSha256().strip();
        if (hash != null && !SHA256.matcher(hash).matches()) {
            hash = error(field + ".photoSha256", "sha256-format", "the SHA-256 of the photo: 64 hexadecimal digits");
        } else if (hash == null && photo != null) {
            required(field + ".photoSha256");
        } else if (hash != null && photo == null && (e.photoReference() == null || e.photoReference().isBlank())) {
            required(field + ".photoReference");
        }
        return new Evidence(document, photo, hash == null ? null : hash.toLowerCase());
    }

    void required(String field) {
        errors.add(new FieldError(prefix + field, "required", field + " is required"));
    }

    <T> T error(String field, String rule, String what) {
        errors.add(new FieldError(prefix + field, rule, field + ": " + what));
        return null;
    }

    private Long whole(String field, BigDecimal value, String rule) {
        if (value == null) return null;
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return error(field, rule, "a whole number, without a fraction");
        }
        if (value.signum() < 0) return error(field, "amount-negative", "zero or more");
        if (value.compareTo(MAX_AMOUNT) > 0) {
            return error(field, "amount-too-large", "at most " + MAX_AMOUNT.toPlainString());
        }
        return value.longValueExact();
    }
}

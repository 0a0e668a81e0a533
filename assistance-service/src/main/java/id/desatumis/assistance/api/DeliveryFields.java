package id.desatumis.assistance.api;

import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.kit.api.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fields of the delivery requests, read with the service's field readers ({@link BudgetLineFields},
 * {@link InterventionFields}) under the request's prefix ({@code items[3].} in a batch), plus what is a delivery's own:
 * its evidence, and texts that travel to offices and villages — none may hold a 16-digit number, which may be a NIK
 * or a KK number (personal data never goes there). Each reader adds what is broken to the request's errors and gives
 * the value read, or null.
 */
final class DeliveryFields {

    static final int DESCRIPTION_MAX = 500;
    static final int REASON_MAX = InterventionFields.REASON_MAX;
    static final int DOCUMENT_MAX = 100;
    static final int PHOTO_REFERENCE_MAX = 500;
    static final int PROGRAMME_MAX = 200;
    static final int TRANCHE_MAX = 100;

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

    /** Required text (blank is missing), with no NIK or KK number in it. */
    String text(String field, String value, int max) {
        return personal(field, InterventionFields.requiredText(prefix + field, value, max, errors));
    }

    /** Optional text (blank is absent), with no NIK or KK number in it. */
    String optionalText(String field, String value, int max) {
        return personal(field, BudgetLineFields.text(prefix + field, value, max, errors));
    }

    LocalDate date(String field, String value) {
        return InterventionFields.requiredDate(prefix + field, blankAsAbsent(value), errors);
    }

    UUID id(String field, String value) {
        return InterventionFields.requiredId(prefix + field, blankAsAbsent(value), errors);
    }

    UUID optionalId(String field, String value) {
        return InterventionFields.id(prefix + field, value, errors);
    }

    /** A required value of an enumeration. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        return BudgetLineFields.oneOf(prefix + field, value, type, rule, errors);
    }

    /** Whole rupiah and/or whole units, neither negative; that one is named at all is the domain's rule. */
    Quantity amount(String field, DeliveryBodies.Amount a) {
        if (a == null) {
            required(field);
            return null;
        }
        Long rupiah = InterventionFields.rupiah(prefix + field + ".rupiah", a.rupiah(), errors);
        Long units = InterventionFields.units(prefix + field + ".units", a.units(), errors);
        boolean broken = (a.rupiah() != null && rupiah == null) || (a.units() != null && units == null);
        return broken ? null : new Quantity(rupiah, units);
    }

    /** A tranche's number: a whole number from 1. */
    Integer tranche(String field, BigDecimal value) {
        return InterventionFields.whole(prefix + field, value, 1, TRANCHE_MAX, "tranche-number", errors);
    }

    /** A document's number, and a photo's reference with its SHA-256 (both or neither). */
    Evidence evidence(String field, DeliveryBodies.Evidence e) {
        if (e == null) {
            required(field);
            return null;
        }
        String document = text(field + ".documentNumber", e.documentNumber(), DOCUMENT_MAX);
        String photo = optionalText(field + ".photoReference", e.photoReference(), PHOTO_REFERENCE_MAX);
        String hash = blankAsAbsent(e.photoSha256());
        boolean photoGiven = blankAsAbsent(e.photoReference()) != null;
        if (hash != null && !SHA256.matcher(hash.strip()).matches()) {
            hash = error(field + ".photoSha256", "sha256-format", "the SHA-256 of the photo: 64 hexadecimal digits");
        } else if (hash == null && photoGiven) {
            required(field + ".photoSha256");
        } else if (hash != null && !photoGiven) {
            required(field + ".photoReference");
        }
        return new Evidence(document, photo, hash == null ? null : hash.strip().toLowerCase());
    }

    void required(String field) {
        errors.add(InterventionFields.required(prefix + field));
    }

    <T> T error(String field, String rule, String what) {
        errors.add(new FieldError(prefix + field, rule, field + ": " + what));
        return null;
    }

    private String personal(String field, String text) {
        if (text != null && PERSONAL_NUMBER.matcher(text).find()) {
            return error(field, "personal-number",
                    "holds a 16-digit number, which may be a NIK or KK number: personal data is never written here");
        }
        return text;
    }

    private static String blankAsAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package id.desatumis.registry.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The family card number: 16 digits, the issuing region's kecamatan code, the issue date, a serial.
 * It changes over a household's life (split, death of the head, moving), so it is an attribute of the
 * household with a history, never its id.
 */
public final class KkNumber {

    private KkNumber() {
    }

    public static List<RuleViolation> check(String field, String kk, RegionReference regions) {
        List<RuleViolation> out = new ArrayList<>();
        if (kk == null || !kk.matches("\\d{16}")) {
            out.add(new RuleViolation(field, "kk-format", "a KK number is 16 digits"));
            return out;
        }
        if (!regions.isKecamatanDigits(kk.substring(0, 6))) {
            out.add(new RuleViolation(field, "kk-region-unknown", "the first six digits must be a kecamatan code"));
        }
        if (kk.endsWith("0000")) {
            out.add(new RuleViolation(field, "kk-serial-invalid", "the last four digits are a serial from 0001"));
        }
        return out;
    }
}

package id.desatumis.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The NIK's rules (DOMAIN.md): 16 digits {@code PPKKCC DDMMYY SSSS}; the first six a kecamatan code
 * (where the NIK was first issued, so a former code is accepted); DD the day of birth, plus 40 for
 * women; DDMMYY a real date that agrees with the person's birth date; a serial from 0001.
 */
public final class Nik {

    private Nik() {
    }

    public static List<RuleViolation> check(String field, String nik, Sex sex, LocalDate birthDate, RegionReference regions) {
        List<RuleViolation> out = new ArrayList<>();
        if (nik == null || !nik.matches("\\d{16}")) {
            out.add(new RuleViolation(field, "nik-format", "a NIK is 16 digits"));
            return out;
        }
        if (!regions.isKecamatanDigits(nik.substring(0, 6))) {
            out.add(new RuleViolation(field, "nik-kecamatan-unknown",
                    "the first six digits must be a kecamatan code, current or former"));
        }
        int dd = Integer.parseInt(nik.substring(6, 8));
        int mm = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean female = dd > 40;
        int day = female ? dd - 40 : dd;
        if (!isDate(day, mm, yy)) {
            out.add(new RuleViolation(field, "nik-date-invalid", "digits 7-12 must be a date DDMMYY (day plus 40 for women)"));
        } else {
            if (sex != null && female != (sex == Sex.F)) {
                out.add(new RuleViolation(field, "nik-sex-mismatch",
                        "the NIK's day of birth (plus 40 for women) does not agree with the member's sex"));
            }
            if (birthDate != null && (birthDate.getDayOfMonth() != day || birthDate.getMonthValue() != mm
                    || birthDate.getYear() % 100 != yy)) {
                out.add(new RuleViolation(field, "nik-birth-date-mismatch",
                        "the NIK's date does not agree with the member's birth date"));
            }
        }
        if (nik.endsWith("0000")) {
            out.add(new RuleViolation(field, "nik-serial-invalid", "the last four digits are a serial from 0001"));
        }
        return out;
    }

    private static boolean isDate(int day, int month, int yy) {
        try {
            // any century: a leap day is checked against a leap year of that two-digit year
            LocalDate.of(2000 + yy, month, day);
            return true;
        } catch (DateTimeException e) {
            try {
                LocalDate.of(1900 + yy, month, day);
                return true;
            } catch (DateTimeException e2) {
                return false;
            }
        }
    }
}

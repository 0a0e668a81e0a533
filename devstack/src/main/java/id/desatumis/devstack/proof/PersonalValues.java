package id.desatumis.devstack.proof;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinctive personal values for one run of a personal-data proof, and every form in which each could be found.
 * They are random per instance so that no other test's data, nor a value of an earlier run, can match: a NIK
 * and a KK number under a kecamatan code of Jayawijaya (Papua) that no Sragen test uses, with random serials;
 * names carrying a random word that occurs in no language; a random birth date before 1950.
 * The NIKs follow the registry's rules (day plus 40 for women, the birth date in DDMMYY) so they are accepted.
 */
public final class PersonalValues {

    /** Asologaima, Kabupaten Jayawijaya: a real kecamatan code (so NIK and KK pass), far from every test village. */
    public static final String RARE_KECAMATAN = "950103";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "bcdfghjkmnpqrstvwxz";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final String word = "Zqxv" + letters(7);

    /** The random word in every name of this run: rare enough that finding it anywhere means a name leaked. */
    public String word() {
        return word;
    }

    /** Records a value under a label (e.g. "head name") and returns it, so a test builds its bodies from it. */
    public String add(String label, String value) {
        if (value.length() < 8) {
            // shorter values could match by chance inside ciphertext or hashes
            throw new IllegalArgumentException("a value to look for must have at least 8 characters: " + label);
        }
        if (values.putIfAbsent(label, value) != null) throw new IllegalArgumentException("label used twice: " + label);
        return value;
    }

    /** The values by label, in the order added. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** Every form of every value (as typed, normalised, digits, base64 and base64url at any alignment, hex). */
    public List<ValueForm> forms() {
        List<ValueForm> out = new ArrayList<>();
        values.forEach((label, value) -> out.addAll(ValueForm.of(label, value)));
        return out;
    }

    /** A NIK that the registry accepts for this sex and birth date: rare kecamatan, DDMMYY (+40 for women), serial. */
    public String nik(String label, String sex, LocalDate born) {
        int day = born.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        return add(label, String.format("%s%02d%02d%02d%04d", RARE_KECAMATAN, day, born.getMonthValue(),
                born.getYear() % 100, 1000 + RANDOM.nextInt(9000)));
    }

    /** A KK number of the rare kecamatan with a random issue date and serial. */
    public String kk(String label) {
        return add(label, String.format("%s%02d%02d%02d%04d", RARE_KECAMATAN, 1 + RANDOM.nextInt(28),
                1 + RANDOM.nextInt(12), 10 + RANDOM.nextInt(15), 1000 + RANDOM.nextInt(9000)));
    }

    /** A name made of a given name and this run's rare word plus a suffix, e.g. "Sukarjó Zqxvbkt…ra". */
    public String name(String label, String givenName) {
        return add(label, givenName + " " + word + letters(2));
    }

    /** A random birth date between 1930 and 1949 (no test data of the platform is that old). */
    public LocalDate birthDate(String label) {
        LocalDate d = LocalDate.of(1930 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        add(label, d.toString());
        return d;
    }

    /** An address with the rare word in it, so a copy of it in any case or encoding is found. */
    public String address(String label) {
        return add(label, "Dukuh " + word + " RT 0" + (1 + RANDOM.nextInt(9)) + " RW 1" + RANDOM.nextInt(10));
    }

    /** A phone number as people type it; its digits are looked for too. */
    public String phone(String label) {
        return add(label, "+62 812-" + (1000 + RANDOM.nextInt(9000)) + "-" + (1000 + RANDOM.nextInt(9000)));
    }

    /** Free text (a reason, a note) with the rare word in it. */
    public String text(String label, String sentence) {
        return add(label, sentence + " " + word + letters(3));
    }

    /**
     * A positive control: a distinctive text for a field that is kept in clear by design (an access purpose, a
     * legal basis), which a sweep must find. Its label starts with {@value #CONTROL}; it shares nothing with the
     * personal values (its own random token), so finding it never hides nor fakes a finding of theirs.
     */
    public String control(String label, String sentence) {
        return add(CONTROL + label, sentence + " Kontrol" + letters(9));
    }

    /** The prefix of a positive control's label. */
    public static final String CONTROL = "control: ";

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        return sb.toString();
    }
}

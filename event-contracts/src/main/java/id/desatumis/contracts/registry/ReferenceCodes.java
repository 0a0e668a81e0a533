package id.desatumis.contracts.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The household reference code, defined once for the registry that issues it and for every service that is told only
 * its hash ({@link HouseholdReferenceCodeIssuedV1#referenceCodeHash()}) and must hash what a household types.
 *
 * <p><b>Form.</b> 16 data characters, 80 bits from {@link SecureRandom} (5 bits each: an 80-bit secret cannot be
 * found from its published SHA-256 by trying every code), then one check character, all from Crockford's base32
 * alphabet {@value #ALPHABET} (no I, L, O or U: nothing to misread). Canonical form: the 17 characters in upper case;
 * printed form: {@code XXXX-XXXX-XXXX-XXXX-C}.
 *
 * <p><b>Check character.</b> Each character is its value 0-31 in the alphabet, read as an element of the field
 * GF(32) (polynomials over GF(2) modulo x^5 + x^2 + 1; addition is XOR). The check character {@code c} makes
 * {@code v0·a^16 + v1·a^15 + ... + v15·a + c = 0}, where {@code a} is the field element x. A single wrong character
 * changes the sum by {@code e·a^k} with {@code e != 0}: never zero, since a field has no zero divisors. A swap of two
 * different neighbours {@code u, w} changes it by {@code (u + w)·a^k·(a + 1)}: never zero, since {@code a != 1}. Both
 * hold for the check character's own position too. (A weighted sum modulo 32 cannot do this, and Crockford's own
 * mod-37 check needs five extra symbols and can miss a swap of the last data character with the check symbol.)
 *
 * <p><b>Reading.</b> Forgiving, as Crockford's: any case; spaces and hyphens (of any kind) ignored; O read as 0, I and
 * L as 1.
 */
public final class ReferenceCodes {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Data characters; with the check character a canonical code has {@link #LENGTH}. */
    public static final int DATA_LENGTH = 16;
    public static final int LENGTH = DATA_LENGTH + 1;

    /** x^5 + x^2 + 1 without its x^5 term: what x^5 reduces to. */
    private static final int REDUCTION = 0b00101;
    private static final int GROUP = 4;
    /** Longer input is no code, whatever it holds (and is not worth reading). */
    private static final int MAX_TYPED = 64;

    private ReferenceCodes() {
    }

    /** A new code in canonical form: 16 random characters and their check character. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < DATA_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The check character of 16 canonical data characters. */
    public static char checkCharacter(CharSequence data) {
        if (data.length() != DATA_LENGTH) throw new IllegalArgumentException("a code has " + DATA_LENGTH + " data characters");
        int sum = 0;
        for (int i = 0; i < DATA_LENGTH; i++) {
            int v = ALPHABET.indexOf(data.charAt(i));
            if (v < 0) throw new IllegalArgumentException("not a canonical data character at " + i);
            sum = timesX(sum) ^ v;
        }
        // the sum so far is v0·a^15 + ... + v15; times a, plus c, must be zero (and -y = y in GF(2^5))
        return ALPHABET.charAt(timesX(sum));
    }

    /**
     * What a household typed, as a canonical code: empty when it is malformed (length, a character outside the
     * alphabet after the look-alikes are mapped) or its check character does not match.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) return Optional.empty();
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.DASH_PUNCTUATION) {
                continue; // a tab, a no-break space or a typographic dash copied from a printed receipt too
            }
            if (c == 'O') c = '0';
            if (c == 'I' || c == 'L') c = '1';
            if (ALPHABET.indexOf(c) < 0 || code.length() == LENGTH) return Optional.empty();
            code.append(c);
        }
        if (code.length() != LENGTH || checkCharacter(code.subSequence(0, DATA_LENGTH)) != code.charAt(DATA_LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(code.toString());
    }

    /** Whether this is a code in canonical form with a matching check character. */
    public static boolean isCanonical(String code) {
        return code != null && code.length() == LENGTH && normalise(code).filter(code::equals).isPresent();
    }

    /** The printed form of a canonical code: {@code XXXX-XXXX-XXXX-XXXX-C}. */
    public static String print(String canonical) {
        requireCanonical(canonical);
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < DATA_LENGTH; i += GROUP) {
            printed.append(canonical, i, i + GROUP).append('-');
        }
        return printed.append(canonical.charAt(DATA_LENGTH)).toString();
    }

    /** The lowercase hex SHA-256 of a canonical code's 17 characters (ASCII): the only form that leaves the registry. */
    public static String hash(String canonical) {
        requireCanonical(canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Multiplication by x in GF(32). */
    private static int timesX(int v) {
        int shifted = v << 1;
        return (shifted & 0b100000) == 0 ? shifted : (shifted & 0b11111) ^ REDUCTION;
    }

    private static void requireCanonical(String code) {
        if (!isCanonical(code)) throw new IllegalArgumentException("not a canonical reference code");
    }
}

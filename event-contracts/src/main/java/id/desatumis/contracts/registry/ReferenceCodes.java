package id.desatumis.contracts.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A household's reference code, as typed by a person and as hashed on Kafka: 16 random characters of Crockford's
 * base32 (80 bits, no I, L, O or U to misread) and one check character, printed in groups ({@code 7K3M-Q9XD-2HPA-WB4T-R}).
 * Typing is forgiven what Crockford forgives: any case, spaces and hyphens, O for 0 and I or L for 1.
 */
public final class ReferenceCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int BODY_LENGTH = 16;

    private ReferenceCodes() {
    }

    /** The canonical form (17 upper-case characters, no separators), or empty when malformed or its check is wrong. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) return Optional.empty();
        StringBuilder canonical = new StringBuilder(BODY_LENGTH + 1);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') continue;
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) return Optional.empty();
            canonical.append(read);
        }
        if (canonical.length() != BODY_LENGTH + 1) return Optional.empty();
        String body = canonical.substring(0, BODY_LENGTH);
        return canonical.charAt(BODY_LENGTH) == checkCharacter(body) ? Optional.of(canonical.toString()) : Optional.empty();
    }

    /** What other services keep of a code: the lowercase hex SHA-256 of its canonical form. */
    public static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Luhn mod 32 over the alphabet: any one character mistyped, and most neighbours swapped, are caught. */
    static char checkCharacter(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / ALPHABET.length() + addend % ALPHABET.length();
        }
        return ALPHABET.charAt((ALPHABET.length() - sum % ALPHABET.length()) % ALPHABET.length());
    }
}

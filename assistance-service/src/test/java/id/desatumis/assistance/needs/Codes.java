package id.desatumis.assistance.needs;

import id.desatumis.contracts.registry.ReferenceCodes;

import java.security.SecureRandom;

/**
 * Reference codes for tests, made as the registry makes them: a random body, and the one check character
 * {@link ReferenceCodes#normalise} accepts (found by trying each, so the tests hold whatever the check's formula).
 */
final class Codes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_CANDIDATES = ALPHABET + "*~$=U";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A valid code, canonical. */
    static String issue() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 16; i++) body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        for (char check : CHECK_CANDIDATES.toCharArray()) {
            if (ReferenceCodes.normalise(body.toString() + check).isPresent()) return body.toString() + check;
        }
        throw new IllegalStateException("no check character is accepted");
    }

    /** The same code with another check character: well formed, and wrong. */
    static String wrongCheck(String code) {
        String body = code.substring(0, code.length() - 1);
        for (char check : ALPHABET.toCharArray()) {
            if (ReferenceCodes.normalise(body + check).isEmpty()) return body + check;
        }
        throw new IllegalStateException("every check character is accepted");
    }

    /** As printed on a receipt: lower case, in groups of four. */
    static String printed(String code) {
        return (code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8, 12) + "-" + code.substring(12, 16)
                + "-" + code.substring(16)).toLowerCase();
    }
}

package id.desatumis.assistance.needs;

import id.desatumis.contracts.registry.ReferenceCodes;

import java.security.SecureRandom;

/** Reference codes for tests, made as the registry makes them ({@link ReferenceCodes#generate}). */
final class Codes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A valid code, canonical. */
    static String issue() {
        return ReferenceCodes.generate(RANDOM);
    }

    /** The same code with another check character: well formed, and wrong. */
    static String wrongCheck(String code) {
        String body = code.substring(0, code.length() - 1);
        for (char check : ReferenceCodes.ALPHABET.toCharArray()) {
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

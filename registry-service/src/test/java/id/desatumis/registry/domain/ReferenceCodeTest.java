package id.desatumis.registry.domain;

import id.desatumis.contracts.registry.ReferenceCodes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference code as the registry issues it and every service reads it (event-contracts' ReferenceCodes, the one
 * definition): its form, its check character's two promises tried on every variant of many random codes, and the
 * forgiving reading of what a household types.
 */
class ReferenceCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CODES = 2_000;

    @Test
    void aCodeIsSixteenRandomCrockfordCharactersAndACheckCharacterPrintedInGroups() {
        String code = ReferenceCodes.generate(RANDOM);
        assertThat(code).hasSize(17).matches("[0-9A-HJKMNP-TV-Z]{17}");
        assertThat(ReferenceCodes.ALPHABET).isEqualTo(ALPHABET).doesNotContain("I", "L", "O", "U");
        // 16 characters of 32 symbols: 80 bits
        assertThat(ReferenceCodes.DATA_LENGTH * (Integer.SIZE - Integer.numberOfLeadingZeros(ALPHABET.length() - 1))).isEqualTo(80);
        assertThat(ReferenceCodes.print(code)).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]")
                .isEqualTo(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                        + code.substring(12, 16) + "-" + code.charAt(16));
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReferenceCodes.generate(RANDOM);
            codes.add(code);
            code.substring(0, 16).chars().forEach(c -> used.add((char) c));
        }
        assertThat(codes).hasSize(10_000);
        assertThat(used).hasSize(32);
    }

    @Test
    void theCheckCharacterIsTheOneTheRuleDefines() {
        // the sum v0·a^16 + ... + v15·a + c over GF(32) is zero; by hand: a·1 = 2, a·2 = 4, a·31 = 0b111110 -> 27 (V)
        assertThat(ReferenceCodes.checkCharacter("0000000000000000")).isEqualTo('0');
        assertThat(ReferenceCodes.checkCharacter("0000000000000001")).isEqualTo('2');
        assertThat(ReferenceCodes.checkCharacter("0000000000000010")).isEqualTo('4');
        assertThat(ReferenceCodes.checkCharacter("000000000000000Z")).isEqualTo('V');
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        for (int n = 0; n < CODES; n++) {
            String code = ReferenceCodes.generate(RANDOM);
            for (int position = 0; position < 17; position++) {
                for (char other : ALPHABET.toCharArray()) {
                    if (other == code.charAt(position)) continue;
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(ReferenceCodes.normalise(typo)).as("%s -> %s", code, typo).isEmpty();
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentNeighboursIsCaughtTheCheckCharacterIncluded() {
        for (int n = 0; n < CODES; n++) {
            String code = ReferenceCodes.generate(RANDOM);
            for (int position = 0; position < 16; position++) {
                if (code.charAt(position) == code.charAt(position + 1)) continue;
                String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
                        + code.substring(position + 2);
                assertThat(ReferenceCodes.normalise(swapped)).as("%s -> %s", code, swapped).isEmpty();
            }
        }
    }

    @Test
    void everyPairOfDifferentNeighboursIsCaughtSwappedAtEveryDataPosition() {
        // every ordered pair of symbols at every position, on a random background: all 15 x 32 x 31 cases
        for (int position = 0; position < 15; position++) {
            for (char u : ALPHABET.toCharArray()) {
                for (char w : ALPHABET.toCharArray()) {
                    if (u == w) continue;
                    char[] data = ReferenceCodes.generate(RANDOM).substring(0, 16).toCharArray();
                    data[position] = u;
                    data[position + 1] = w;
                    String code = new String(data) + ReferenceCodes.checkCharacter(new String(data));
                    assertThat(ReferenceCodes.normalise(code)).contains(code);
                    data[position] = w;
                    data[position + 1] = u;
                    assertThat(ReferenceCodes.normalise(new String(data) + code.charAt(16))).isEmpty();
                }
            }
        }
    }

    @Test
    void typedCodesAreReadForgivingly() {
        String code = canonicalWith('0', '1');
        String printed = ReferenceCodes.print(code);
        assertThat(ReferenceCodes.normalise(code)).contains(code);
        assertThat(ReferenceCodes.normalise(printed)).contains(code);
        assertThat(ReferenceCodes.normalise(printed.toLowerCase())).contains(code);
        assertThat(ReferenceCodes.normalise("  " + printed.replace("-", " ") + " ")).contains(code);
        // as copied from a printed receipt: a tab, a no-break space, en dashes
        String copied = printed.charAt(0) + "\t\u00a0" + printed.substring(1).replace("-", "\u2013");
        assertThat(ReferenceCodes.normalise(copied)).contains(code);
        assertThat(ReferenceCodes.normalise(code.replace('0', 'O').replace('1', 'I'))).contains(code);
        assertThat(ReferenceCodes.normalise(code.replace('0', 'o').replace('1', 'l'))).contains(code);
        assertThat(ReferenceCodes.normalise(code.replace('1', 'L'))).contains(code);
    }

    @Test
    void whatIsNoCodeReadsAsNone() {
        String code = ReferenceCodes.generate(RANDOM);
        assertThat(ReferenceCodes.normalise(null)).isEmpty();
        assertThat(ReferenceCodes.normalise("")).isEmpty();
        assertThat(ReferenceCodes.normalise("----")).isEmpty();
        assertThat(ReferenceCodes.normalise(code.substring(0, 16))).isEmpty();
        assertThat(ReferenceCodes.normalise(code + "0")).isEmpty();
        assertThat(ReferenceCodes.normalise(code.substring(0, 16) + "U")).isEmpty();
        assertThat(ReferenceCodes.normalise(code.substring(0, 8) + "*" + code.substring(9))).isEmpty();
        assertThat(ReferenceCodes.normalise(code.substring(0, 8) + "\u0660" + code.substring(9))).isEmpty();
        assertThat(ReferenceCodes.normalise(" ".repeat(60) + code)).isEmpty();
    }

    @Test
    void theHashIsTheLowercaseHexSha256OfTheCanonicalCode() throws Exception {
        String code = ReferenceCodes.generate(RANDOM);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(code.getBytes(StandardCharsets.US_ASCII)));
        assertThat(ReferenceCodes.hash(code)).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(ReferenceCodes.normalise(ReferenceCodes.print(code).toLowerCase()).map(ReferenceCodes::hash))
                .contains(expected);
        assertThatThrownBy(() -> ReferenceCodes.hash(ReferenceCodes.print(code))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceCodes.hash(code.toLowerCase())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegistrysValueHoldsACodeAndItsHashAndNeverShowsTheCode() {
        String code = ReferenceCodes.generate(RANDOM);
        ReferenceCode value = new ReferenceCode(code, ReferenceCodes.hash(code));
        assertThat(value.toString()).doesNotContain(code).contains(value.hash());
        assertThatThrownBy(() -> new ReferenceCode(code.substring(1), ReferenceCodes.hash(code)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceCode(code, ReferenceCodes.hash(code).toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A valid code holding both look-alike targets, 0 and 1. */
    private static String canonicalWith(char a, char b) {
        String data = a + "" + b + ReferenceCodes.generate(RANDOM).substring(2, 16);
        Optional<String> code = ReferenceCodes.normalise(data + ReferenceCodes.checkCharacter(data));
        return code.orElseThrow();
    }
}

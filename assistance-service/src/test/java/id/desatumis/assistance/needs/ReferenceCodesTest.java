package id.desatumis.assistance.needs;

import id.desatumis.contracts.registry.ReferenceCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a typed reference code is read: forgiving of case, groups and look-alikes, strict on its check character. */
class ReferenceCodesTest {

    @Test
    void aCodeIsReadHoweverItIsTypedAndHashedInItsCanonicalForm() {
        String code = Codes.issue();

        assertThat(ReferenceCodes.normalise(Codes.printed(code))).hasValue(code);
        assertThat(ReferenceCodes.hash(code)).matches("[0-9a-f]{64}");
        assertThat(ReferenceCodes.normalise(code.replace('0', 'O').replace('1', 'I'))).hasValue(code);
    }

    @Test
    void everySingleCharacterMistypedIsCaught() {
        String code = Codes.issue();
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = 0; i < code.length() - 1; i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == code.charAt(i)) continue;
                String typo = code.substring(0, i) + c + code.substring(i + 1);
                assertThat(ReferenceCodes.normalise(typo)).as(typo).isEmpty();
            }
        }
    }

    @Test
    void malformedCodesReadAsNothing() {
        assertThat(ReferenceCodes.normalise(null)).isEmpty();
        assertThat(ReferenceCodes.normalise("")).isEmpty();
        assertThat(ReferenceCodes.normalise(Codes.issue().substring(1))).isEmpty();
        assertThat(ReferenceCodes.normalise("UUUU-UUUU-UUUU-UUUU-U")).isEmpty();
        assertThat(ReferenceCodes.normalise("ÄÄÄÄ-ÄÄÄÄ-ÄÄÄÄ-ÄÄÄÄ-Ä")).isEmpty();
    }
}

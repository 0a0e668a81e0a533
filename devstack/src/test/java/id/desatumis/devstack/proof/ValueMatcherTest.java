package id.desatumis.devstack.proof;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forms are found wherever a value sits in encoded text, and random text matches none. */
class ValueMatcherTest {

    @Test
    void aValueIsFoundInBase64AtEveryAlignmentInHexAndNormalised() {
        PersonalValues values = new PersonalValues();
        String name = values.name("name", "Sukarjó");
        String nik = values.nik("nik", "F", LocalDate.of(1941, 3, 9));
        assertEquals("950103490341", nik.substring(0, 12));
        ValueMatcher matcher = new ValueMatcher(values.forms());
        for (String prefix : new String[] {"", "a", "ab", "abc"}) {
            for (String suffix : new String[] {"", "z", "zy"}) {
                byte[] bytes = (prefix + "{\"name\":\"" + name + "\"}" + suffix).getBytes(StandardCharsets.UTF_8);
                assertFound(matcher, Base64.getEncoder().encodeToString(bytes), "name", "base64");
                assertFound(matcher, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), "name", "base64");
                assertFound(matcher, "\\x" + HexFormat.of().formatHex(bytes), "name", "hex");
            }
        }
        assertFound(matcher, "{\"n\":\"" + name.toUpperCase().replace("Ó", "O") + "\"}", "name", "normalised");
        assertFound(matcher, "tel " + nik, "nik", "typed");
    }

    @Test
    void unrelatedTextIsNotAFinding() {
        PersonalValues values = new PersonalValues();
        values.name("name", "Sukarjo");
        values.nik("nik", "M", LocalDate.of(1941, 3, 9));
        SweepReport report = new SweepReport();
        byte[] noise = new byte[1 << 16];
        new java.util.Random(7).nextBytes(noise);
        new ValueMatcher(values.forms()).match("noise", "1", Base64.getEncoder().encodeToString(noise), report);
        assertEquals(0, report.findings().size(), report.findings().toString());
    }

    private static void assertFound(ValueMatcher matcher, String text, String label, String formPrefix) {
        SweepReport report = new SweepReport();
        matcher.match("test", "1", text, report);
        assertTrue(report.findings().stream().anyMatch(f -> f.label().equals(label) && f.form().startsWith(formPrefix)),
                () -> label + " " + formPrefix + " not found in " + text + ": " + report.findings());
    }
}

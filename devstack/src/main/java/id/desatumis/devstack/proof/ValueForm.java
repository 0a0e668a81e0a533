package id.desatumis.devstack.proof;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One form in which a personal value could be stored: as typed, normalised (the way the registry's name search
 * compares names), its digits, base64 or base64url, hex (how COPY prints bytea).
 *
 * @param label      the value's label, e.g. "head NIK"
 * @param form       which form, e.g. "base64url+1"
 * @param text       what to look for
 * @param ignoreCase whether the text is compared with the lower-cased, accent-free haystack
 */
public record ValueForm(String label, String form, String text, boolean ignoreCase) {

    static List<ValueForm> of(String label, String value) {
        Map<String, ValueForm> out = new LinkedHashMap<>(); // keyed by text: one form per distinct text
        put(out, new ValueForm(label, "typed", value, false));
        put(out, new ValueForm(label, "normalised", normalise(value), true));
        String digits = value.replaceAll("\\D", "");
        if (digits.length() >= 8) put(out, new ValueForm(label, "digits", digits, false));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            String b64 = aligned(Base64.getEncoder().withoutPadding(), bytes, offset);
            put(out, new ValueForm(label, "base64+" + offset, b64, false));
            put(out, new ValueForm(label, "base64url+" + offset, b64.replace('+', '-').replace('/', '_'), false));
        }
        put(out, new ValueForm(label, "hex", HexFormat.of().formatHex(bytes), true));
        return new ArrayList<>(out.values());
    }

    /** Lower case without accents: "Sukarjó" and "SUKARJO" both become "sukarjo". */
    public static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The part of the base64 of {@code bytes} that is the same whatever precedes and follows it, when it starts
     * {@code offset} bytes into a 3-byte group: a value inside a larger encoded blob (a sealed JSON, a token) is
     * encoded at any of three alignments, and the characters it shares with its neighbours differ each time.
     */
    static String aligned(Base64.Encoder encoder, byte[] bytes, int offset) {
        byte[] padded = new byte[offset + bytes.length];
        System.arraycopy(bytes, 0, padded, offset, bytes.length);
        String encoded = encoder.encodeToString(padded);
        int skip = offset == 0 ? 0 : offset + 1; // characters holding bits of the preceding bytes
        int end = padded.length % 3 == 0 ? encoded.length() : encoded.length() - 1; // the last mixes in what follows
        return encoded.substring(skip, end);
    }

    private static void put(Map<String, ValueForm> out, ValueForm f) {
        out.putIfAbsent(f.ignoreCase() ? f.text().toLowerCase(Locale.ROOT) : f.text(), f);
    }
}

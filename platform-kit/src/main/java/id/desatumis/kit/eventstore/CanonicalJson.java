package id.desatumis.kit.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON Canonicalization Scheme (RFC 8785) for what the store hashes: keys sorted by UTF-16 code units,
 * no whitespace, minimal string escapes, numbers in ECMAScript form. Limit: non-integral numbers are
 * written from Java's shortest double form, which matches ECMAScript for the values our events carry
 * (amounts are integers of rupiah, counts are integers).
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static String canonicalize(String json) {
        try {
            return canonicalize(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    public static String canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
                names.sort(String::compareTo); // String order is UTF-16 code unit order, as RFC 8785 asks
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) out.append(',');
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) out.append(',');
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> number(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            default -> out.append("null");
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
            return;
        }
        double d = node.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            out.append(new BigDecimal(d).toBigInteger());
            return;
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            out.append(s);
        } else {
            String exp = s.substring(e + 1);
            out.append(s, 0, e).append('e').append(exp.startsWith("-") ? exp : "+" + exp);
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}

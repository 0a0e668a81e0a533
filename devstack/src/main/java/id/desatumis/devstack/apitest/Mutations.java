package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The malformed values and bodies the generator sends. A field's value is replaced by raw JSON text, so that what no
 * JSON library would write (a lone surrogate, a number too large for any type) reaches the service as a client could
 * send it.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "__apitest_mutant__";
    /** Characters a JSON text may hold as they are: letters of several scripts, digits, punctuation, a space. */
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -_.,:;!?()[]{}<>/'+*&%$#@~`^|=ÀéñßĀꦲ漢اक";

    /** Raw JSON values put in place of a field, each with its name for the report. */
    static final List<String[]> VALUES = List.of(
            new String[]{"null", "null"}, new String[]{"a number", "123"}, new String[]{"a negative number", "-1"},
            new String[]{"a fraction", "1.5"}, new String[]{"a number beyond double", "1e400"},
            new String[]{"a number beyond long", "99999999999999999999999"}, new String[]{"a boolean", "true"},
            new String[]{"an empty text", "\"\""}, new String[]{"blanks", "\"   \""},
            new String[]{"a text of 100,000 characters", "\"" + "a".repeat(100_000) + "\""},
            new String[]{"a NUL character", "\"a\\u0000b\""}, new String[]{"an escape character", "\"a\\u001bb\""},
            new String[]{"a lone surrogate", "\"a\\ud800b\""}, new String[]{"a value of no enum", "\"NOT_A_VALUE\""},
            new String[]{"an object", "{}"}, new String[]{"an array", "[]"}, new String[]{"an array of null", "[null]"},
            new String[]{"a date that does not exist", "\"2026-02-30\""}, new String[]{"markup", "\"<script>x</script>\""},
            new String[]{"a nested object", "{\"a\":{\"b\":[1,{\"c\":null}]}}"});

    /** Whole bodies, each with its name. */
    static final List<Object[]> BODIES = List.of(
            new Object[]{"an empty body", new byte[0]}, new Object[]{"null", bytes("null")},
            new Object[]{"an array", bytes("[]")}, new Object[]{"a number", bytes("1")},
            new Object[]{"a text", bytes("\"s\"")}, new Object[]{"a truncated object", bytes("{")},
            new Object[]{"an empty object", bytes("{}")}, new Object[]{"true", bytes("true")},
            new Object[]{"two objects", bytes("{}{}")}, new Object[]{"not JSON", bytes("hello")},
            new Object[]{"invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}},
            new Object[]{"bytes 0xFF 0xFE", new byte[]{(byte) 0xFF, (byte) 0xFE, '{', '}'}},
            new Object[]{"an overlong UTF-8 slash", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}},
            new Object[]{"arrays nested 5,000 deep", bytes("[".repeat(5000) + "]".repeat(5000))},
            new Object[]{"objects nested 2,000 deep", bytes("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))},
            new Object[]{"a body of 2 MB", bytes("{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")});

    private Mutations() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The paths of every value in a JSON tree (object keys and array indexes), the root's own fields first. */
    static List<List<Object>> leaves(JsonNode tree) {
        List<List<Object>> paths = new ArrayList<>();
        walk(tree, new ArrayList<>(), paths, 0);
        return paths;
    }

    private static void walk(JsonNode node, List<Object> at, List<List<Object>> paths, int depth) {
        if (depth > 6) return;
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                paths.add(next);
                walk(node.get(name), next, paths, depth + 1);
            });
        } else if (node.isArray() && node.size() > 0) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            paths.add(next);
            walk(node.get(0), next, paths, depth + 1);
        }
    }

    /** The tree as JSON text with the value at {@code path} replaced by {@code raw} (or removed when raw is null). */
    static String replace(JsonNode tree, List<Object> path, String raw) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            if (parent == null) return write(copy);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (raw == null) object.remove((String) last);
            else object.set((String) last, TextNode.valueOf(MARK));
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            if (raw == null) array.remove(index);
            else array.set(index, TextNode.valueOf(MARK));
        }
        return write(copy).replace("\"" + MARK + "\"", raw == null ? "" : raw);
    }

    /** A text of random characters from every plane, with controls and unpaired surrogates among them, as raw JSON. */
    static String junk(Random random, int maxLength) {
        StringBuilder out = new StringBuilder("\"");
        int length = 1 + random.nextInt(Math.min(maxLength, random.nextInt(10) == 0 ? 5000 : 40));
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick == 0) out.append(String.format("\\u%04x", random.nextInt(0x20)));
            else if (pick == 1) out.append(String.format("\\u%04x", 0xD800 + random.nextInt(0x800)));
            else if (pick == 2) out.appendCodePoint(0x1F300 + random.nextInt(0x300));
            else if (pick == 3) out.append("\\\"");
            else if (pick == 4) out.append("\\\\");
            else out.appendCodePoint(PLAIN.codePointAt(PLAIN.offsetByCodePoints(0, random.nextInt(PLAIN.codePointCount(0, PLAIN.length())))));
        }
        return out.append('"').toString();
    }

    static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("the scene's body is not JSON: " + json, e);
        }
    }
}

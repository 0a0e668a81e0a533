package id.desatumis.devstack.apitest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A string matching the simple patterns API documents use for identifiers: literals, escaped characters, classes of
 * digits or letters ({@code [0-9]}, {@code \d}, {@code [A-Z]}, {@code [A-Za-z0-9]}) with a count ({@code {16}},
 * {@code {2,4}}, {@code +}, {@code *}, {@code ?}), anchors. Not a regex engine: a pattern it cannot read yields what
 * it could, and a scene gives the field's value instead.
 */
final class Patterns {

    private Patterns() {
    }

    static String sample(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String unit;
            if (c == '^' || c == '$') { i++; continue; }
            if (c == '(' || c == ')' || c == '|') { i++; continue; }
            if (c == '\\' && i + 1 < pattern.length()) {
                char e = pattern.charAt(i + 1);
                unit = e == 'd' ? "0-9" : e == 'w' ? "a-z" : null;
                if (unit == null) unit = "=" + e;
                i += 2;
            } else if (c == '[') {
                int end = pattern.indexOf(']', i);
                unit = pattern.substring(i + 1, end);
                i = end + 1;
            } else {
                unit = "=" + c;
                i++;
            }
            int[] count = {1, 1};
            i = count(pattern, i, count);
            int n = count[0] == count[1] ? count[0] : count[0] + 1 <= count[1] ? Math.max(count[0], 1) : count[0];
            for (int k = 0; k < n; k++) out.append(pick(unit));
        }
        return out.toString();
    }

    private static int count(String pattern, int i, int[] count) {
        if (i >= pattern.length()) return i;
        char c = pattern.charAt(i);
        if (c == '{') {
            int end = pattern.indexOf('}', i);
            String[] parts = pattern.substring(i + 1, end).split(",", -1);
            count[0] = Integer.parseInt(parts[0].trim());
            count[1] = parts.length > 1 && !parts[1].isBlank() ? Integer.parseInt(parts[1].trim()) : count[0] + 1;
            return end + 1;
        }
        if (c == '+') { count[0] = 1; count[1] = 2; return i + 1; }
        if (c == '*' || c == '?') { count[0] = 1; count[1] = 1; return i + 1; }
        return i;
    }

    private static char pick(String unit) {
        if (unit.startsWith("=")) return unit.charAt(1);
        if (unit.contains("0-9") && !unit.contains("A-Z") && !unit.contains("a-z")) {
            return (char) ('0' + ThreadLocalRandom.current().nextInt(1, 10));
        }
        if (unit.contains("A-Z")) return (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        if (unit.contains("a-z")) return (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        return unit.isEmpty() ? 'a' : unit.charAt(0);
    }
}

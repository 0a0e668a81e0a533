package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement written with named parameters ({@code {area}}) made positional: each name becomes {@code $n} in the
 * order names first appear, and only the names the statement uses are sent (PostgreSQL refuses a parameter it
 * cannot type because nothing uses it).
 */
record NamedStatement(String sql, Tuple values) {

    private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z]+)}");

    static NamedStatement of(String sql, Map<String, ?> named) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!named.containsKey(name)) throw new IllegalArgumentException("no value for {" + name + "}");
            Integer n = positions.computeIfAbsent(name, k -> {
                values.add(named.get(k));
                return values.size();
            });
            m.appendReplacement(out, "\\$" + n);
        }
        m.appendTail(out);
        return new NamedStatement(out.toString(), Tuple.tuple(values));
    }
}

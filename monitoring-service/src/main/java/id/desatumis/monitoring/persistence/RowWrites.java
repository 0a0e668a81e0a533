package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a batch's row writes, statement by statement in the order each first appears. The writes of one statement
 * go as arrays in one {@code INSERT ... SELECT FROM unnest(...)} (a round per repeated row, in the batch's order, since
 * one statement may not write a row twice), the arrays' types read from the casts of its VALUES; a statement one of
 * whose parameters is itself an array goes once per write, pipelined.
 */
@ApplicationScoped
public class RowWrites {

    private static final Map<String, Class<?>> ELEMENTS = Map.of("uuid", UUID.class, "text", String.class,
            "bigint", Long.class, "int", Integer.class, "date", LocalDate.class, "timestamptz", OffsetDateTime.class,
            "boolean", Boolean.class);

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)(::[a-z]+(\\[])?)?");

    /** Each statement as arrays, or null for one that cannot be (its parameters include an array). */
    private final Map<String, Optional<String>> unnested = new ConcurrentHashMap<>();

    public Uni<Void> apply(SqlConnection tx, List<? extends RowWrite> writes) {
        Map<String, List<RowWrite>> byStatement = new LinkedHashMap<>();
        for (RowWrite w : writes) byStatement.computeIfAbsent(w.statement(), s -> new ArrayList<>()).add(w);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (List<RowWrite> same : byStatement.values()) chain = chain.chain(() -> write(tx, same));
        return chain;
    }

    private Uni<Void> write(SqlConnection tx, List<RowWrite> same) {
        String statement = same.get(0).statement();
        Optional<String> sql = unnested.computeIfAbsent(statement, s -> Optional.ofNullable(unnest(s)));
        if (sql.isEmpty() || same.size() == 1) {
            return tx.preparedQuery(statement).executeBatch(same.stream().map(RowWrite::values).toList())
                    .replaceWithVoid();
        }
        String[] types = types(statement);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (List<RowWrite> round : rounds(same)) {
            chain = chain.chain(() -> tx.preparedQuery(sql.get()).execute(arrays(round, types)).replaceWithVoid());
        }
        return chain;
    }

    /** The writes in rounds, each row at most once a round, each row's writes in their order. */
    static List<List<RowWrite>> rounds(List<RowWrite> writes) {
        List<List<RowWrite>> rounds = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (RowWrite w : writes) {
            int round = seen.merge(w.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) rounds.add(new ArrayList<>());
            rounds.get(round).add(w);
        }
        return rounds;
    }

    private static Tuple arrays(List<RowWrite> writes, String[] types) {
        List<Object> columns = new ArrayList<>(types.length);
        List<Tuple> values = writes.stream().map(RowWrite::values).toList();
        for (int c = 0; c < types.length; c++) {
            Object column = Array.newInstance(ELEMENTS.get(types[c]), values.size());
            for (int r = 0; r < values.size(); r++) Array.set(column, r, values.get(r).getValue(c));
            columns.add(column);
        }
        return Tuple.tuple(columns);
    }

    /**
     * {@code INSERT INTO t (..) VALUES ($1::uuid, $2::text, $2) ON CONFLICT ..} as {@code INSERT INTO t (..) SELECT u.c1,
     * u.c2, u.c2 FROM unnest($1::uuid[], $2::text[]) AS u(c1, c2) ON CONFLICT ..}; null when a parameter is an array.
     */
    static String unnest(String statement) {
        int values = statement.indexOf("VALUES (");
        if (values < 0) throw new IllegalArgumentException("not an INSERT ... VALUES: " + statement);
        int depth = 0;
        int end = values + "VALUES ".length();
        for (; end < statement.length(); end++) {
            char ch = statement.charAt(end);
            if (ch == '(') depth++;
            if (ch == ')' && --depth == 0) break;
        }
        String[] types = types(statement);
        StringBuilder arrays = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null || types[i].endsWith("[]") || !ELEMENTS.containsKey(types[i])) return null;
            if (i > 0) {
                arrays.append(", ");
                names.append(", ");
            }
            arrays.append('$').append(i + 1).append("::").append(types[i]).append("[]");
            names.append('c').append(i + 1);
        }
        String select = PARAMETER.matcher(statement.substring(values + "VALUES (".length(), end)).replaceAll("u.c$1");
        return statement.substring(0, values) + "SELECT " + select + " FROM unnest(" + arrays + ") AS u(" + names + ")"
                + statement.substring(end + 1);
    }

    /** The type each parameter is cast to where it first appears in the VALUES ({@code $2::text}). */
    static String[] types(String statement) {
        int values = statement.indexOf("VALUES (");
        Map<Integer, String> cast = new HashMap<>();
        Matcher m = PARAMETER.matcher(statement.substring(values));
        int highest = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            highest = Math.max(highest, n);
            if (m.group(2) != null) cast.putIfAbsent(n, m.group(2).substring(2));
        }
        String[] types = new String[highest];
        for (int i = 0; i < highest; i++) types[i] = cast.get(i + 1);
        return types;
    }
}

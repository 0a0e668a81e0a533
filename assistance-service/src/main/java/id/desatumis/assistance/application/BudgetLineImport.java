package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.domain.BudgetLineTerms;
import id.desatumis.assistance.domain.BudgetLines;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.assistance.persistence.BudgetLinesTable.Key;
import id.desatumis.assistance.persistence.BudgetLinesTable.Line;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A year's budget lines imported at once (a DPA, the budget's spending document, up to {@link #MAX_ITEMS} lines),
 * all or nothing in one transaction: a budget is one document, and half of it imported leaves Dinas Sosial to find
 * out which half. So a broken line refuses the import, naming every broken line by index ({@code items[i].field}),
 * and the file is fixed and sent again. A line opened already with the very same terms is answered as unchanged, so
 * an import sent again (or grown by a few lines) opens only what is new; one of the same key with other terms is
 * refused as a duplicate, naming the existing line. One transaction of 500 new streams is short: one append call and
 * one insert for all of them.
 */
@ApplicationScoped
public class BudgetLineImport {

    public static final int MAX_ITEMS = 500;

    private final AggregateStore aggregates;
    private final BudgetLineAggregate type;
    private final BudgetLinesTable lines;
    private final Clock clock;

    public BudgetLineImport(AggregateStore aggregates, BudgetLineAggregate type, BudgetLinesTable lines, Clock clock) {
        this.aggregates = aggregates;
        this.type = type;
        this.lines = lines;
        this.clock = clock;
    }

    /** Every rule the items break, each named by its index; empty when they may be imported in {@code currentYear}. */
    public static List<RuleBroken> broken(List<BudgetLineTerms> items, int currentYear) {
        List<RuleBroken> out = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "].";
            List<RuleBroken> own = items.get(i).broken(currentYear);
            own.forEach(r -> out.add(new RuleBroken(at + r.field(), r.rule(), r.getMessage(), r.details())));
            if (!own.isEmpty()) continue;
            Integer first = seen.putIfAbsent(key(items.get(i)), i);
            if (first != null) {
                out.add(new RuleBroken(at + "code", "budget-line-repeated", "the same line as items[" + first + "]"));
            }
        }
        return out;
    }

    public Function<SqlConnection, Uni<CommandResult>> importing(CommandContext ctx, List<BudgetLineTerms> items) {
        int year = LocalDate.now(clock).getYear();
        List<RuleBroken> broken = broken(items, year);
        if (!broken.isEmpty()) throw new RulesBroken(broken);
        List<Key> keys = items.stream().map(BudgetLineImport::key).toList();
        return tx -> lines.findAll(tx, keys).chain(found -> {
            Map<Key, Line> existing = new HashMap<>();
            found.forEach(l -> existing.put(Key.of(l.opened()), l));
            List<Map<String, Object>> results = new ArrayList<>();
            List<RuleBroken> duplicates = new ArrayList<>();
            Map<Integer, UUID> fresh = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Line l = existing.get(keys.get(i));
                if (l == null) {
                    fresh.put(i, UUID.randomUUID());
                } else if (items.get(i).sameAs(l.opened())) {
                    results.add(answer(i, 200, "UNCHANGED", l.opened().lineId(), l.version()));
                } else {
                    duplicates.add(BudgetLineCommands.duplicate("items[" + i + "].code", l.opened().lineId()));
                }
            }
            if (duplicates.size() == 1) throw duplicates.get(0);
            if (!duplicates.isEmpty()) throw new RulesBroken(duplicates);
            return open(tx, ctx, items, fresh, year).map(opened -> {
                results.addAll(opened);
                results.sort((a, b) -> Integer.compare((int) a.get("index"), (int) b.get("index")));
                return summary(results, fresh.size());
            });
        }).onFailure(BudgetLinesTable::isDuplicateLine).transform(e -> new RuleBroken("items", "budget-line-duplicate",
                "another request opened some of these lines meanwhile: send the import again (lines opened with the "
                        + "same terms are answered as unchanged)"));
    }

    private Uni<List<Map<String, Object>>> open(SqlConnection tx, CommandContext ctx, List<BudgetLineTerms> items,
                                                Map<Integer, UUID> fresh, int year) {
        if (fresh.isEmpty()) return Uni.createFrom().item(List.of());
        List<Change<?, ?>> changes = new ArrayList<>();
        fresh.forEach((i, id) -> {
            Loaded<BudgetLine> before = aggregates.fresh(type, id);
            changes.add(new Change<>(type, before, BudgetLines.open(before.state(), id, items.get(i), year)));
        });
        List<String> streams = fresh.values().stream().map(BudgetLedger::stream).toList();
        return aggregates.lock(tx, streams)
                .chain(() -> aggregates.appendAll(tx, changes, ctx.metadata()))
                .map(afters -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    int n = 0;
                    for (Map.Entry<Integer, UUID> e : fresh.entrySet()) {
                        out.add(answer(e.getKey(), 201, "OPENED", e.getValue(), afters.get(n++).version()));
                    }
                    return out;
                });
    }

    private static Key key(BudgetLineTerms t) {
        return new Key(t.fund(), t.code(), t.fiscalYear(), t.fund().village() ? t.desaCode() : null);
    }

    private static Map<String, Object> answer(int index, int status, String outcome, UUID lineId, long version) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("index", index);
        a.put("status", status);
        a.put("outcome", outcome);
        a.put("lineId", lineId.toString());
        a.put("location", "/budget-lines/" + lineId);
        a.put("version", version);
        return a;
    }

    /** The import's answer; its version means nothing (there is no one line), so the resource sends no ETag. */
    private static CommandResult summary(List<Map<String, Object>> results, int opened) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", results.size());
        body.put("opened", opened);
        body.put("unchanged", results.size() - opened);
        body.put("results", results);
        return new CommandResult(200, null, 0, body);
    }
}

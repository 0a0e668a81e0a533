package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetLineEvent;
import id.desatumis.assistance.domain.BudgetLineTerms;
import id.desatumis.assistance.domain.BudgetLines;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * Dinas Sosial's commands on budget lines, each for the caller's transaction (and its Idempotency-Key): open one,
 * revise its ceiling. An import of many is {@link BudgetLineImport}'s.
 */
@ApplicationScoped
public class BudgetLineCommands {

    private final AggregateStore aggregates;
    private final BudgetLineAggregate type;
    private final BudgetLedger ledger;
    private final BudgetLinesTable lines;
    private final Clock clock;

    public BudgetLineCommands(AggregateStore aggregates, BudgetLineAggregate type, BudgetLedger ledger,
                              BudgetLinesTable lines, Clock clock) {
        this.aggregates = aggregates;
        this.type = type;
        this.ledger = ledger;
        this.lines = lines;
        this.clock = clock;
    }

    /** A new line; one of the same fund, code and year (and desa) is refused, naming it. */
    public Function<SqlConnection, Uni<CommandResult>> open(CommandContext ctx, BudgetLineTerms terms) {
        UUID lineId = UUID.randomUUID();
        int year = LocalDate.now(clock).getYear();
        terms.require(year);
        return tx -> lines.find(tx, terms.fund(), terms.code(), terms.fiscalYear(), terms.desaCode())
                .invoke(existing -> existing.ifPresent(l -> {
                    throw duplicate("code", l.opened().lineId());
                }))
                .chain(() -> aggregates.lockAndLoad(tx, type, lineId))
                .chain(before -> aggregates.append(tx, type, before,
                        BudgetLines.open(before.state(), lineId, terms, year), ctx.metadata()))
                .map(after -> BudgetLineAnswers.result(201, after.state(), after.version()))
                .onFailure(BudgetLinesTable::isDuplicateLine)
                .transform(e -> new RuleBroken("code", "budget-line-duplicate",
                        "another request opened this line meanwhile: read it from the list"));
    }

    /** A new ceiling, never below what is committed and realised; If-Match is the line's version. */
    public Function<SqlConnection, Uni<CommandResult>> revise(CommandContext ctx, UUID lineId, OptionalLong ifMatch,
                                                              long ceilingRupiah, String reason) {
        return tx -> aggregates.lock(tx, List.of(BudgetLedger.stream(lineId)))
                .chain(() -> ledger.position(tx, lineId, null))
                .chain(before -> {
                    if (!before.state().exists()) throw Problems.notFound("budget line");
                    Versions.checkIfMatch(ifMatch, before.version());
                    List<BudgetLineEvent> events = BudgetLines.revise(before.state(), ceilingRupiah, reason);
                    return aggregates.append(tx, type, before, events, ctx.metadata());
                })
                .map(after -> BudgetLineAnswers.result(200, after.state(), after.version()));
    }

    /** The line of that key exists already: the rule, naming it. */
    static RuleBroken duplicate(String field, UUID existing) {
        return new RuleBroken(field, "budget-line-duplicate",
                "a line of this fund, code and fiscal year (and desa) is opened already as " + existing,
                Map.of("budgetLineId", existing));
    }
}

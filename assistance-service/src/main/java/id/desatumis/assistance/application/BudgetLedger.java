package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.domain.BudgetLineEvent;
import id.desatumis.assistance.domain.BudgetLines;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Budget lines as the intervention use cases use them, inside THEIR transaction: find a line before locking, lock
 * its {@link #stream} together with the plan's other streams, then let the ledger decide a commitment, a release or
 * a realisation and append the change it returns with the others ({@code AggregateStore.appendAll}).
 *
 * <p>The ledger reads the line's balance and the one intervention's commitment from the inline tables instead of
 * folding the line's whole stream (a line of a regency programme carries thousands of commitments). Under the
 * caller's lock they are exactly what the fold would give; without it, the append's expected version turns a stale
 * read into a version conflict, never into an over-commitment.
 */
@ApplicationScoped
public class BudgetLedger {

    private final BudgetLineAggregate type;
    private final BudgetLinesTable lines;
    private final BudgetCommitmentsTable commitments;
    private final Clock clock;

    public BudgetLedger(BudgetLineAggregate type, BudgetLinesTable lines, BudgetCommitmentsTable commitments, Clock clock) {
        this.type = type;
        this.lines = lines;
        this.commitments = commitments;
        this.clock = clock;
    }

    /** The stream of a line, to lock with the plan's other streams. */
    public static String stream(UUID lineId) {
        return BudgetLineAggregate.CATEGORY + "-" + lineId;
    }

    /** An APBD or APBN line by its code and year (an APBDES line is named by its desa too: see the other find). */
    public Uni<Optional<UUID>> find(SqlClient c, BudgetFund fund, String code, int fiscalYear) {
        return find(c, fund, code, fiscalYear, null);
    }

    /** A line by fund, code, year and, for APBDES, the desa whose budget it is (null for the other funds). */
    public Uni<Optional<UUID>> find(SqlClient c, BudgetFund fund, String code, int fiscalYear, String desaCode) {
        return lines.find(c, fund, code, fiscalYear, fund.village() ? desaCode : null)
                .map(found -> found.map(l -> l.opened().lineId()));
    }

    /** As {@link #find}, refusing a line that does not exist ({@code source}, {@code budget-line-unknown}). */
    public Uni<UUID> require(SqlClient c, BudgetFund fund, String code, int fiscalYear, String desaCode) {
        return find(c, fund, code, fiscalYear, desaCode).map(found -> found.orElseThrow(() -> new RuleBroken(
                BudgetLines.SOURCE, "budget-line-unknown", "no " + fund + " line " + code + " of " + fiscalYear,
                Map.of("fund", fund.name(), "code", code, "fiscalYear", fiscalYear))));
    }

    /**
     * Commits {@code rupiah} for the intervention; refused ({@code source}, {@code budget-ceiling-exceeded}, with
     * {@code budgetLineId} and {@code availableRupiah}) when the line has not that much left.
     */
    public Uni<Change<?, ?>> commit(SqlConnection tx, UUID lineId, UUID interventionId, long rupiah) {
        LocalDate today = LocalDate.now(clock);
        return decide(tx, lineId, interventionId, line -> BudgetLines.commit(line, interventionId, rupiah, today));
    }

    /** Releases all the intervention still holds on the line; an empty change when it holds nothing. */
    public Uni<Change<?, ?>> release(SqlConnection tx, UUID lineId, UUID interventionId) {
        return decide(tx, lineId, interventionId, line -> BudgetLines.release(line, interventionId));
    }

    /** Moves {@code rupiah} of the intervention's commitment to realised, once per delivery; never more than it holds. */
    public Uni<Change<?, ?>> realise(SqlConnection tx, UUID lineId, UUID interventionId, UUID deliveryId, long rupiah) {
        return decide(tx, lineId, interventionId, line -> BudgetLines.realise(line, interventionId, deliveryId, rupiah));
    }

    /**
     * The line as its decisions need it: its totals and this intervention's commitment (none when
     * {@code interventionId} is null), at the stream's version.
     */
    Uni<Loaded<BudgetLine>> position(SqlClient c, UUID lineId, UUID interventionId) {
        return lines.find(c, lineId).chain(found -> {
            if (found.isEmpty()) return Uni.createFrom().item(new Loaded<>(stream(lineId), BudgetLine.NONE, 0, false, null));
            BudgetLinesTable.Line l = found.get();
            Uni<Optional<BudgetCommitmentsTable.Commitment>> commitment = interventionId == null
                    ? Uni.createFrom().item(Optional.empty()) : commitments.find(c, lineId, interventionId);
            return commitment.map(held -> {
                Map<UUID, BudgetLine.Commitment> mine = held.map(h -> Map.of(interventionId,
                        new BudgetLine.Commitment(h.committedRupiah(), h.realisedRupiah(), h.deliveries()))).orElse(Map.of());
                return new Loaded<>(stream(lineId), new BudgetLine(l.opened(), l.ceilingRupiah(), l.committedRupiah(),
                        l.realisedRupiah(), mine), l.version(), false, null);
            });
        });
    }

    private Uni<Change<?, ?>> decide(SqlConnection tx, UUID lineId, UUID interventionId,
                                     Function<BudgetLine, List<BudgetLineEvent>> decision) {
        return position(tx, lineId, interventionId)
                .map(before -> new Change<>(type, before, decision.apply(before.state())));
    }
}

package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable.Commitment;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.assistance.persistence.BudgetLinesTable.Filter;
import id.desatumis.assistance.persistence.BudgetLinesTable.Line;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budget lines and their realisation, read from the ledger's own tables (written with the events, so never behind
 * them): lines by fiscal year, fund and owner; one line with its ceiling, committed, realised, available and
 * realisation percentage; and what each intervention holds on it. Each caller reads only its {@link BudgetLineScope}.
 */
@ApplicationScoped
public class BudgetQueries {

    /** One page of a listing: its items, which page (from 0) of what size, and how many items the listing has. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** What a listing asks for; a null part does not filter. */
    public record Criteria(Integer fiscalYear, BudgetFund fund, String ownerOpdCode, String desaCode) {
    }

    /** What one intervention holds on a line. */
    public record CommitmentItem(UUID interventionId, long committedRupiah, long realisedRupiah, long releasedRupiah,
                                 int deliveries, OffsetDateTime firstCommittedAt, OffsetDateTime updatedAt) {

        static CommitmentItem of(Commitment c) {
            return new CommitmentItem(c.interventionId(), c.committedRupiah(), c.realisedRupiah(), c.releasedRupiah(),
                    c.deliveries().size(), c.firstCommittedAt(), c.updatedAt());
        }
    }

    private final Pool pool;
    private final BudgetLinesTable lines;
    private final BudgetCommitmentsTable commitments;

    public BudgetQueries(Pool pool, BudgetLinesTable lines, BudgetCommitmentsTable commitments) {
        this.pool = pool;
        this.lines = lines;
        this.commitments = commitments;
    }

    public Uni<Page<Map<String, Object>>> page(Caller caller, Criteria c, int page, int size) {
        BudgetLineScope scope = BudgetLineScope.of(caller);
        Filter f = new Filter(c.fiscalYear(), c.fund(), c.ownerOpdCode(), c.desaCode(), scope.opdCode(), scope.desaCodes());
        return lines.count(pool, f).chain(total -> lines.page(pool, f, page, size)
                .map(rows -> new Page<>(rows.stream().map(BudgetQueries::answer).toList(), page, size, total)));
    }

    /** One line with its realisation; 404 for one the caller may not see. */
    public Uni<Map<String, Object>> one(Caller caller, UUID lineId) {
        return visible(caller, lineId).map(BudgetQueries::answer);
    }

    /** What each intervention holds on a line, the first committed first; 404 for a line the caller may not see. */
    public Uni<Page<CommitmentItem>> commitments(Caller caller, UUID lineId, int page, int size) {
        return visible(caller, lineId).chain(line -> commitments.count(pool, lineId)
                .chain(total -> commitments.page(pool, lineId, page, size)
                        .map(rows -> new Page<>(rows.stream().map(CommitmentItem::of).toList(), page, size, total))));
    }

    private Uni<Line> visible(Caller caller, UUID lineId) {
        BudgetLineScope scope = BudgetLineScope.of(caller);
        return lines.find(pool, lineId).map(found -> found.filter(l -> scope.sees(l.opened()))
                .orElseThrow(() -> Problems.notFound("budget line")));
    }

    private static Map<String, Object> answer(Line l) {
        Map<String, Object> body = BudgetLineAnswers.body(new BudgetLine(l.opened(), l.ceilingRupiah(), l.committedRupiah(),
                l.realisedRupiah(), Map.of()), l.version());
        body.put("openedAt", l.openedAt());
        body.put("updatedAt", l.updatedAt());
        return body;
    }
}

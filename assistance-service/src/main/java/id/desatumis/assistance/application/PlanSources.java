package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Finds the source a plan names, before the plan's streams are locked: a pledge must be known here and able to serve
 * the kind in the desa today (refused at once, on {@code source.pledgeId}; how much is left is the reservation saga's
 * to say), a budget line must be open (an APBDES line is the desa's own). The line's id is what gets locked.
 */
@ApplicationScoped
public class PlanSources {

    static final String PLEDGE_FIELD = "source.pledgeId";

    private final PledgeRefs pledges;
    private final BudgetLedger ledger;

    public PlanSources(PledgeRefs pledges, BudgetLedger ledger) {
        this.pledges = pledges;
        this.ledger = ledger;
    }

    public Uni<Source> find(SqlClient c, SourceRequest s, NeedKind kind, String desaCode, LocalDate dueDate, LocalDate today) {
        if (s.type() == SourceType.PLEDGE) {
            return pledges.requireServes(c, PLEDGE_FIELD, s.pledgeId(), kind, desaCode, today)
                    .map(p -> Source.pledge(p.pledgeId()));
        }
        if (!s.type().budget()) {
            throw new RuleBroken("source.type", "source-type-unknown", "a plan's source is PLEDGE, APBD, APBDES or APBN");
        }
        int year = s.fiscalYear() != null ? s.fiscalYear() : dueDate.getYear();
        return ledger.require(c, BudgetFund.valueOf(s.type().name()), s.code(), year, desaCode)
                .map(line -> Source.budget(s.type(), line, s.code()));
    }
}

package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.domain.BudgetLineEvent;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCeilingRevised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCommitted;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetRealised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetReleased;
import id.desatumis.assistance.persistence.BudgetCommitmentsTable;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A budget line as the kit's pipeline stores it (stream {@code budget-line-<lineId>}), with its balance and its
 * commitments per intervention written in the same transaction, set-based for a whole import or a plan's batch.
 */
@ApplicationScoped
public class BudgetLineAggregate implements AggregateType<BudgetLine, BudgetLineEvent> {

    public static final String CATEGORY = "budget-line";

    static final EventTypes<BudgetLineEvent> TYPES = EventTypes.of(BudgetLineEvent.class)
            .type("BudgetLineOpened", 1, BudgetLineOpened.class)
            .type("BudgetCommitted", 1, BudgetCommitted.class)
            .type("BudgetReleased", 1, BudgetReleased.class)
            .type("BudgetRealised", 1, BudgetRealised.class)
            .type("BudgetCeilingRevised", 1, BudgetCeilingRevised.class)
            .build();

    private final BudgetLinesTable lines;
    private final BudgetCommitmentsTable commitments;

    public BudgetLineAggregate(BudgetLinesTable lines, BudgetCommitmentsTable commitments) {
        this.lines = lines;
        this.commitments = commitments;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public BudgetLine initial() {
        return BudgetLine.NONE;
    }

    @Override
    public BudgetLine evolve(BudgetLine state, BudgetLineEvent event) {
        return BudgetLine.evolve(state, event);
    }

    @Override
    public EventTypes<BudgetLineEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<BudgetLine> after, List<BudgetLineEvent> events) {
        return updateInlineModels(tx, List.of(new Changed<>(after, events)));
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<BudgetLine, BudgetLineEvent>> changes) {
        List<BudgetLineOpened> opened = new ArrayList<>();
        List<Long> openedVersions = new ArrayList<>();
        List<BudgetLinesTable.Change> balances = new ArrayList<>();
        List<BudgetCommitmentsTable.Change> held = new ArrayList<>();
        for (Changed<BudgetLine, BudgetLineEvent> c : changes) {
            long version = c.after().version();
            long committed = 0;
            long realised = 0;
            Long ceiling = null;
            boolean moved = false;
            for (BudgetLineEvent e : c.events()) {
                if (e instanceof BudgetLineOpened o) {
                    opened.add(o);
                    openedVersions.add(version);
                    continue;
                }
                moved = true;
                if (e instanceof BudgetCommitted m) {
                    committed += m.rupiah();
                    held.add(new BudgetCommitmentsTable.Change(m.lineId(), m.interventionId(), m.rupiah(), 0, 0, null));
                } else if (e instanceof BudgetReleased r) {
                    committed -= r.rupiah();
                    held.add(new BudgetCommitmentsTable.Change(r.lineId(), r.interventionId(), -r.rupiah(), 0, r.rupiah(), null));
                } else if (e instanceof BudgetRealised r) {
                    committed -= r.rupiah();
                    realised += r.rupiah();
                    held.add(new BudgetCommitmentsTable.Change(r.lineId(), r.interventionId(), -r.rupiah(), r.rupiah(), 0,
                            r.deliveryId()));
                } else if (e instanceof BudgetCeilingRevised r) {
                    ceiling = r.ceilingRupiah();
                }
            }
            if (moved) balances.add(new BudgetLinesTable.Change(lineOf(c), committed, realised, ceiling, version));
        }
        Uni<Void> inserted = opened.isEmpty() ? Uni.createFrom().voidItem() : lines.opened(tx, opened, openedVersions);
        return inserted.chain(() -> lines.changed(tx, balances)).chain(() -> commitments.changed(tx, held));
    }

    private static UUID lineOf(Changed<BudgetLine, BudgetLineEvent> c) {
        return c.events().get(0).lineId();
    }
}

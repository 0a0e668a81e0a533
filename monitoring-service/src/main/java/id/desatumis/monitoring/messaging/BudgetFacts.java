package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.BudgetCeilingRevisedV1;
import id.desatumis.contracts.assistance.BudgetCommittedV1;
import id.desatumis.contracts.assistance.BudgetLineOpenedV1;
import id.desatumis.contracts.assistance.BudgetRealisedV1;
import id.desatumis.contracts.assistance.BudgetReleasedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.persistence.BudgetLinesTable;

/** Budget lines and the rupiah moving on them, as rows: offices' scorecards count them. */
final class BudgetFacts {

    private static final String PART = "AssistancePart";

    private BudgetFacts() {
    }

    /** The rows of a budget line's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        String programme = RegionCatalog.SRAGEN;
        return switch (event.type()) {
            case BudgetLineOpenedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, BudgetLineOpenedV1.class, PART);
                yield RowChanges.of(programme, new BudgetLinesTable.Opened(f.id("lineId", e.lineId()), e.fund(),
                        e.code(), e.fiscalYear(), e.ownerOpdCode(), e.desaCode(), e.ceilingRupiah(), event.sequence(),
                        f.at("openedAt", e.openedAt())));
            }
            case BudgetCeilingRevisedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, BudgetCeilingRevisedV1.class, PART);
                yield RowChanges.of(programme, new BudgetLinesTable.CeilingRevised(f.id("lineId", e.lineId()),
                        e.ceilingRupiah(), event.sequence()));
            }
            case BudgetCommittedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, BudgetCommittedV1.class, PART);
                yield RowChanges.of(programme, new BudgetLinesTable.Moved(f.id("lineId", e.lineId()),
                        e.amountRupiah(), 0, 0));
            }
            case BudgetRealisedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, BudgetRealisedV1.class, PART);
                yield RowChanges.of(programme, new BudgetLinesTable.Moved(f.id("lineId", e.lineId()),
                        -e.amountRupiah(), e.amountRupiah(), 0));
            }
            case BudgetReleasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, BudgetReleasedV1.class, PART);
                yield RowChanges.of(programme, new BudgetLinesTable.Moved(f.id("lineId", e.lineId()),
                        -e.amountRupiah(), 0, e.amountRupiah()));
            }
            default -> null;
        };
    }
}

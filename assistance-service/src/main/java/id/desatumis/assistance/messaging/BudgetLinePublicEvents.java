package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.BudgetLineAggregate;
import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.domain.BudgetLineEvent;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCeilingRevised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCommitted;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetRealised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetReleased;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.BudgetCeilingRevisedV1;
import id.desatumis.contracts.assistance.BudgetCommittedV1;
import id.desatumis.contracts.assistance.BudgetLineOpenedV1;
import id.desatumis.contracts.assistance.BudgetRealisedV1;
import id.desatumis.contracts.assistance.BudgetReleasedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

import static id.desatumis.assistance.messaging.InterventionContracts.name;
import static id.desatumis.assistance.messaging.InterventionContracts.text;

/**
 * What assistance-service publishes of budget lines, on {@link AssistanceTopics#INTERVENTION} keyed by
 * {@code budget-line-<lineId>}: every change, so that monitoring can show each line's realisation. Amounts and ids
 * only; the reason of a ceiling revision and who acted stay in the event store.
 */
@Singleton
public class BudgetLinePublicEvents extends AssistanceCatalog<BudgetLine, BudgetLineEvent> {

    public BudgetLinePublicEvents(AggregateStore aggregates, Pool pool, BudgetLineAggregate lines, ObjectMapper mapper) {
        super(aggregates, pool, lines, Set.of("BudgetLineOpened", "BudgetCommitted", "BudgetReleased", "BudgetRealised",
                "BudgetCeilingRevised"), mapper);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, BudgetLineEvent event) {
        String at = recordedAt(stored);
        String id = event.lineId().toString();
        if (event instanceof BudgetLineOpened e) {
            return publish(BudgetLineOpenedV1.CE_TYPE, new BudgetLineOpenedV1(id, name(e.fund()), e.code(),
                    e.fiscalYear(), e.ownerOpdCode(), e.desaCode(), e.name(), e.ceilingRupiah(), at));
        }
        if (event instanceof BudgetCommitted e) {
            return publish(BudgetCommittedV1.CE_TYPE, new BudgetCommittedV1(id, text(e.interventionId()), e.rupiah(), at));
        }
        if (event instanceof BudgetReleased e) {
            return publish(BudgetReleasedV1.CE_TYPE, new BudgetReleasedV1(id, text(e.interventionId()), e.rupiah(), at));
        }
        if (event instanceof BudgetRealised e) {
            return publish(BudgetRealisedV1.CE_TYPE, new BudgetRealisedV1(id, text(e.interventionId()),
                    text(e.deliveryId()), e.rupiah(), at));
        }
        if (event instanceof BudgetCeilingRevised e) {
            return publish(BudgetCeilingRevisedV1.CE_TYPE, new BudgetCeilingRevisedV1(id, e.ceilingRupiah(),
                    e.previousCeilingRupiah(), at));
        }
        return Optional.empty();
    }
}

package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;
import id.desatumis.contracts.partner.ResponsibilityClearedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.partner.application.ResponsibilityAggregate;
import id.desatumis.partner.domain.Responsibility;
import id.desatumis.partner.domain.ResponsibilityEvent;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityAssigned;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityCleared;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the matrix publishes: every assignment and clearing, so assistance-service can name the responsible actor of a
 * plan and monitoring can show who answers for what. The staff account that recorded it stays here.
 */
@Singleton
public class ResponsibilityPublicEvents extends OneTopicCatalog<Responsibility, ResponsibilityEvent> {

    public ResponsibilityPublicEvents(AggregateStore aggregates, Pool pool, ResponsibilityAggregate matrix,
                                      ObjectMapper mapper) {
        super(aggregates, pool, matrix, Set.of("ResponsibilityAssigned", "ResponsibilityCleared"),
                mapper, PartnerTopics.RESPONSIBILITY);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, ResponsibilityEvent event) {
        String at = recordedAt(stored);
        if (event instanceof ResponsibilityAssigned e) {
            return publish(ResponsibilityAssignedV1.CE_TYPE, new ResponsibilityAssignedV1(e.kind().name(), e.areaCode(),
                    e.leadPartnerId().toString(), e.supportingPartnerIds().stream().map(UUID::toString).toList(),
                    e.decisionNumber(), e.effectiveFrom().toString(), at));
        }
        if (event instanceof ResponsibilityCleared e) {
            return publish(ResponsibilityClearedV1.CE_TYPE, new ResponsibilityClearedV1(e.kind().name(), e.areaCode(),
                    e.decisionNumber(), e.effectiveFrom().toString(), e.reason(), at));
        }
        return Optional.empty();
    }
}

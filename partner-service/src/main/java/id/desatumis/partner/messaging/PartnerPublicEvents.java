package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerReinstatedV1;
import id.desatumis.contracts.partner.PartnerSuspendedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.partner.application.PartnerAggregate;
import id.desatumis.partner.domain.Partner;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * What partner-service publishes of its partners, on {@link PartnerTopics#PARTNER}: every event, since a partner holds
 * no personal data (a contact is a role); who registered or suspended it stays in the event store.
 */
@Singleton
public class PartnerPublicEvents extends OneTopicCatalog<Partner, PartnerEvent> {

    public PartnerPublicEvents(AggregateStore aggregates, Pool pool, PartnerAggregate partners, ObjectMapper mapper) {
        super(aggregates, pool, partners, Set.of("PartnerRegistered", "PartnerSuspended", "PartnerReinstated"),
                mapper, PartnerTopics.PARTNER);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, PartnerEvent event) {
        String at = recordedAt(stored);
        String id = event.partnerId().toString();
        if (event instanceof PartnerRegistered e) {
            return publish(PartnerRegisteredV1.CE_TYPE,
                    new PartnerRegisteredV1(id, e.type().name(), e.name(), e.opdCode(), e.contactRole(), at));
        }
        if (event instanceof PartnerSuspended e) {
            return publish(PartnerSuspendedV1.CE_TYPE, new PartnerSuspendedV1(id, e.reason(), at));
        }
        if (event instanceof PartnerReinstated e) {
            return publish(PartnerReinstatedV1.CE_TYPE, new PartnerReinstatedV1(id, e.reason(), at));
        }
        return Optional.empty();
    }
}

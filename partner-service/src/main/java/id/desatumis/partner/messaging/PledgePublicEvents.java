package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeExpiredV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Pledge;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * What partner-service publishes of pledges, on {@link PartnerTopics#PLEDGE}: every change, so that assistance and
 * monitoring see what capacity exists and where. Who acted is in the stored metadata, not in the contracts.
 */
@Singleton
public class PledgePublicEvents extends OneTopicCatalog<Pledge, PledgeEvent> {

    public PledgePublicEvents(AggregateStore aggregates, Pool pool, PledgeAggregate pledges, ObjectMapper mapper) {
        super(aggregates, pool, pledges,
                Set.of("PledgeOffered", "PledgeAccepted", "PledgeDeclined", "PledgeWithdrawn", "PledgeExpired"),
                mapper, PartnerTopics.PLEDGE);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, PledgeEvent event) {
        String at = recordedAt(stored);
        String id = event.pledgeId().toString();
        if (event instanceof PledgeOffered e) {
            return publish(PledgeOfferedV1.CE_TYPE, new PledgeOfferedV1(id, e.partnerId().toString(),
                    e.kinds().stream().map(Enum::name).toList(), e.scope().level().name(), e.scope().codes(),
                    e.capacity().rupiah(), e.capacity().units(), e.unit(), e.validFrom().toString(),
                    e.validUntil().toString(), at));
        }
        if (event instanceof PledgeAccepted e) {
            return publish(PledgeAcceptedV1.CE_TYPE, new PledgeAcceptedV1(id, e.decisionNumber(), at));
        }
        if (event instanceof PledgeDeclined e) {
            return publish(PledgeDeclinedV1.CE_TYPE, new PledgeDeclinedV1(id, e.reason(), at));
        }
        if (event instanceof PledgeWithdrawn e) {
            return publish(PledgeWithdrawnV1.CE_TYPE, new PledgeWithdrawnV1(id, e.withdrawn().rupiah(), e.withdrawn().units(),
                    e.entire(), e.reason(), at));
        }
        if (event instanceof PledgeExpired e) {
            return publish(PledgeExpiredV1.CE_TYPE, new PledgeExpiredV1(id, e.endedOn().toString()));
        }
        return Optional.empty();
    }
}

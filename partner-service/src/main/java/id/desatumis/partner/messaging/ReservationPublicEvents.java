package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumeRejectedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.partner.application.ReservationAggregate;
import id.desatumis.partner.domain.Reservation;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The answers of the reservation saga, on {@code desatumis.partner.reservation.v1} (key {@code reservation-<requestId>}):
 * every reservation event is an answer to assistance-service, so all are published. No personal data is in them.
 */
@Singleton
public class ReservationPublicEvents extends OneTopicCatalog<Reservation, ReservationEvent> {

    public ReservationPublicEvents(AggregateStore aggregates, Pool pool, ReservationAggregate reservations, ObjectMapper mapper) {
        super(aggregates, pool, reservations, Set.of("ReservationMade", "ReservationRefused", "ReservationReleased",
                "ReservationConsumed", "ConsumeRefused"),
                mapper, PartnerTopics.RESERVATION);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, ReservationEvent event) {
        String at = recordedAt(stored);
        if (event instanceof ReservationMade e) {
            return publish(ReservationConfirmedV1.CE_TYPE, new ReservationConfirmedV1(text(e.requestId()),
                    text(e.interventionId()), text(e.needId()), text(e.pledgeId()), text(e.partnerId()), e.kind().name(),
                    e.desaCode(), e.amounts().rupiah(), e.amounts().units(), at));
        }
        if (event instanceof ReservationRefused e) {
            return publish(ReservationRejectedV1.CE_TYPE, new ReservationRejectedV1(text(e.requestId()),
                    text(e.interventionId()), text(e.needId()), e.reason(), e.message(), text(e.pledgeId()),
                    text(e.partnerId()), at));
        }
        if (event instanceof ReservationReleased e) {
            return publish(ReservationReleasedV1.CE_TYPE, new ReservationReleasedV1(text(e.requestId()),
                    text(e.interventionId()), text(e.pledgeId()), e.released().rupiah(), e.released().units(), e.reason(), at));
        }
        if (event instanceof ReservationConsumed e) {
            return publish(ReservationConsumedV1.CE_TYPE, new ReservationConsumedV1(text(e.requestId()),
                    text(e.interventionId()), text(e.pledgeId()), text(e.deliveryId()), e.consumed().rupiah(),
                    e.consumed().units(), e.finalConsume(), e.released().rupiah(), e.released().units(), at));
        }
        if (event instanceof ConsumeRefused e) {
            return publish(ReservationConsumeRejectedV1.CE_TYPE, new ReservationConsumeRejectedV1(text(e.requestId()),
                    text(e.interventionId()), text(e.deliveryId()), e.reason(), e.message(), at));
        }
        return Optional.empty();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}

package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.partner.application.ReservationSaga.Consume;
import id.desatumis.partner.application.ReservationSaga.Release;
import id.desatumis.partner.application.ReservationSaga.Reserve;
import id.desatumis.partner.application.ReservationSaga.Step;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.Reservations;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * assistance-service's reservation events read as saga steps; its other events on the topic are not ours. An id that
 * is not one makes the event malformed (the channel stops on it, loudly: skipping it could leave a request unanswered);
 * a kind, desa or amount that cannot be served is the saga's to refuse, with its reason.
 */
final class SagaSteps {

    private static final String PROJECTION = "the reservation saga";
    private static final Logger LOG = Logger.getLogger(SagaSteps.class);

    private SagaSteps() {
    }

    static Optional<Step> of(ConsumedEvent event, ObjectMapper mapper) {
        try {
            return Optional.ofNullable(step(event, mapper));
        } catch (IllegalArgumentException | NullPointerException badId) {
            LOG.errorf("malformed %s event %s (%s): %s stops until it is fixed", event.type(), event.id(), badId.getMessage(),
                    PROJECTION);
            throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), badId);
        }
    }

    private static Step step(ConsumedEvent event, ObjectMapper mapper) {
        switch (event.type()) {
            case ReservationRequestedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationRequestedV1.class, PROJECTION);
                return new Reserve(new Reservations.Request(id(e.requestId()), id(e.interventionId()), id(e.needId()),
                        kind(e.kind()), e.kind(), e.desaCode(), optionalId(e.partnerId()), optionalId(e.pledgeId()),
                        new Amounts(e.amountRupiah(), e.units())));
            }
            case ReservationReleaseRequestedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationReleaseRequestedV1.class, PROJECTION);
                return new Release(id(e.requestId()), id(e.interventionId()), e.reason());
            }
            case ReservationConsumeRequestedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConsumeRequestedV1.class, PROJECTION);
                return new Consume(id(e.requestId()), id(e.interventionId()), id(e.deliveryId()),
                        new Amounts(e.amountRupiah(), e.units()), e.finalDelivery());
            }
            default -> {
                return null;
            }
        }
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static UUID optionalId(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private static NeedKind kind(String name) {
        return Arrays.stream(NeedKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}

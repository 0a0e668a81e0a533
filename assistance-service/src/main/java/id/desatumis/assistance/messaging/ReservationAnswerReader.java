package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.ReservationAnswers.Answer;
import id.desatumis.assistance.application.ReservationAnswers.ConsumeAnswer;
import id.desatumis.assistance.application.ReservationAnswers.ReservationAnswer;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumeRejectedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * partner-service's reservation events read as answers. A release's answer (ReservationReleased) changes nothing here:
 * the intervention gave the reservation up when it asked for the release, and partner-service keeps the record. An id
 * that is not one makes the event malformed: the channel stops on it, loudly (skipping it could leave an intervention
 * waiting for an answer that came).
 */
final class ReservationAnswerReader {

    private static final String PROJECTION = "the reservation answers";
    private static final Logger LOG = Logger.getLogger(ReservationAnswerReader.class);

    private ReservationAnswerReader() {
    }

    static Optional<Answer> of(ConsumedEvent event, ObjectMapper mapper) {
        try {
            return Optional.ofNullable(answer(event, mapper));
        } catch (IllegalArgumentException | NullPointerException badId) {
            LOG.errorf("malformed %s event %s (%s): %s stop until it is fixed", event.type(), event.id(),
                    badId.getMessage(), PROJECTION);
            throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), badId);
        }
    }

    private static Answer answer(ConsumedEvent event, ObjectMapper mapper) {
        switch (event.type()) {
            case ReservationConfirmedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConfirmedV1.class, PROJECTION);
                return new ReservationAnswer(id(e.interventionId()), id(e.requestId()), true, null);
            }
            case ReservationRejectedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationRejectedV1.class, PROJECTION);
                return new ReservationAnswer(id(e.interventionId()), id(e.requestId()), false, e.reason());
            }
            case ReservationConsumedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConsumedV1.class, PROJECTION);
                return new ConsumeAnswer(id(e.interventionId()), id(e.requestId()), id(e.deliveryId()), true, null);
            }
            case ReservationConsumeRejectedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConsumeRejectedV1.class, PROJECTION);
                return new ConsumeAnswer(id(e.interventionId()), id(e.requestId()), id(e.deliveryId()), false, e.reason());
            }
            default -> {
                return null;
            }
        }
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }
}

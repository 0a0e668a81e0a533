package id.desatumis.assistance.saga;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.saga.SagaFixtures.Planned;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumeRejectedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plays partner-service for these tests: writes its answers to its reservation topic as its relay does (CloudEvents
 * binary mode, key and subject the reservation's stream {@code reservation-<requestId>}, ce_sequence its version).
 */
final class PartnerAnswers {

    /** An answer as sent, to send again exactly (a relay that crashed before its checkpoint does). */
    record Sent(String stream, String eventId, String type, long sequence, String payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Long> VERSIONS = new HashMap<>();

    private PartnerAnswers() {
    }

    /** The topic as partner-service creates it, with several partitions, on the shared Kafka. */
    static void topicExists() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(PartnerTopics.RESERVATION), 4, (short) 1);
    }

    static Sent confirm(Planned p) {
        return send(p.requestId(), ReservationConfirmedV1.CE_TYPE, new ReservationConfirmedV1(p.requestId().toString(),
                p.interventionId().toString(), p.needId().toString(), p.pledgeId().toString(), UUID.randomUUID().toString(),
                "HOUSE_REPAIR", SagaFixtures.DESA, null, 1L, Instant.now().toString()));
    }

    static Sent reject(Planned p, String reason) {
        return send(p.requestId(), ReservationRejectedV1.CE_TYPE, new ReservationRejectedV1(p.requestId().toString(),
                p.interventionId().toString(), p.needId().toString(), reason, "pledge has 0 HOUSE left, asked 1 HOUSE",
                p.pledgeId().toString(), UUID.randomUUID().toString(), Instant.now().toString()));
    }

    static Sent released(Planned p, String reason) {
        return send(p.requestId(), ReservationReleasedV1.CE_TYPE, new ReservationReleasedV1(p.requestId().toString(),
                p.interventionId().toString(), p.pledgeId().toString(), null, 1L, reason, Instant.now().toString()));
    }

    static Sent consumed(Planned p, UUID deliveryId) {
        return send(p.requestId(), ReservationConsumedV1.CE_TYPE, new ReservationConsumedV1(p.requestId().toString(),
                p.interventionId().toString(), p.pledgeId().toString(), deliveryId.toString(), null, 1L, true, null, 0L,
                Instant.now().toString()));
    }

    static Sent consumeRejected(Planned p, UUID deliveryId) {
        return send(p.requestId(), ReservationConsumeRejectedV1.CE_TYPE, new ReservationConsumeRejectedV1(
                p.requestId().toString(), p.interventionId().toString(), deliveryId.toString(), "exceeds-reservation",
                "asked 2 HOUSE, 1 HOUSE reserved", Instant.now().toString()));
    }

    static void resend(Sent s) {
        CloudEventSender.send(PartnerTopics.RESERVATION, s.stream(), s.eventId(), s.type(), PartnerTopics.SOURCE,
                s.sequence(), s.payload());
    }

    private static Sent send(UUID requestId, String type, Object payload) {
        try {
            long version;
            synchronized (VERSIONS) {
                version = VERSIONS.merge(requestId, 1L, Long::sum);
            }
            Sent s = new Sent("reservation-" + requestId, UUID.randomUUID().toString(), type, version,
                    JSON.writeValueAsString(payload));
            resend(s);
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

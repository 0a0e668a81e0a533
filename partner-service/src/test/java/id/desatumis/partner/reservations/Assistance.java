package id.desatumis.partner.reservations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Plays assistance-service for these tests: writes its reservation events to Kafka as its relay would (CloudEvents
 * binary mode, key and subject the intervention's stream, ce_sequence its version).
 */
final class Assistance {

    /** Writes one CloudEvent; devstack's {@link CloudEventSender} for the shared Kafka. */
    interface Sender {
        void send(String topic, String key, String eventId, String type, String source, long sequence, String payload);
    }

    /** An intervention of assistance-service: its stream and the version of its last event. */
    static final class Intervention {
        final UUID id = UUID.randomUUID();
        long version;

        String stream() {
            return "intervention-" + id;
        }
    }

    /** An event as sent, to send again exactly (a relay that crashed before its checkpoint does). */
    record Sent(String stream, String eventId, String type, long sequence, String payload) {
    }

    static final Assistance SHARED = new Assistance(CloudEventSender::send);
    static final int PARTITIONS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sender sender;

    Assistance(Sender sender) {
        this.sender = sender;
    }

    /** The topic as assistance-service would create it, with several partitions, on the shared Kafka. */
    static void topicExists() throws Exception {
        topicExists(DevStack.shared().kafkaBootstrap());
    }

    static void topicExists(String bootstrap) throws Exception {
        TopicCreator.ensure(bootstrap, Set.of(AssistanceTopics.INTERVENTION), PARTITIONS, (short) 1);
    }

    Sent request(Intervention i, UUID requestId, UUID partnerId, UUID pledgeId, Long rupiah, Long units) {
        return request(i, requestId, "HOUSE_REPAIR", ReservationFixtures.DESA, partnerId, pledgeId, rupiah, units);
    }

    Sent request(Intervention i, UUID requestId, String kind, String desa, UUID partnerId, UUID pledgeId, Long rupiah, Long units) {
        return send(i, ReservationRequestedV1.CE_TYPE, new ReservationRequestedV1(requestId.toString(), i.id.toString(),
                UUID.randomUUID().toString(), kind, desa, text(partnerId), text(pledgeId), rupiah, units, Instant.now().toString()));
    }

    Sent release(Intervention i, UUID requestId, String reason) {
        return send(i, ReservationReleaseRequestedV1.CE_TYPE, new ReservationReleaseRequestedV1(requestId.toString(),
                i.id.toString(), reason, Instant.now().toString()));
    }

    Sent consume(Intervention i, UUID requestId, UUID deliveryId, Long rupiah, Long units, boolean finalDelivery) {
        return send(i, ReservationConsumeRequestedV1.CE_TYPE, new ReservationConsumeRequestedV1(requestId.toString(),
                i.id.toString(), deliveryId.toString(), rupiah, units, finalDelivery, Instant.now().toString()));
    }

    /** Another of assistance-service's events on the topic: not the saga's. */
    Sent planned(Intervention i) {
        return send(i, "id.desatumis.assistance.InterventionPlanned.v1", java.util.Map.of("interventionId", i.id.toString()));
    }

    void resend(Sent s) {
        sender.send(AssistanceTopics.INTERVENTION, s.stream(), s.eventId(), s.type(), AssistanceTopics.SOURCE, s.sequence(), s.payload());
    }

    private Sent send(Intervention i, String type, Object payload) {
        try {
            Sent s = new Sent(i.stream(), UUID.randomUUID().toString(), type, ++i.version, JSON.writeValueAsString(payload));
            resend(s);
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}

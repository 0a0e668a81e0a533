package id.desatumis.monitoring.projection;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.outbox.TopicCreator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Publishes scripted events on the platform's topics as the relays do (CloudEvents binary mode, the stream id as key),
 * with each event's own ce_time, so that figures as of an instant can be asserted.
 */
public final class StoryOnKafka {

    private static final Map<String, String> TOPIC_BY_SOURCE = Map.of(Payloads.REGISTRY, RegistryTopics.HOUSEHOLD,
            Payloads.ASSESSMENT, AssessmentTopics.ASSESSMENT, Payloads.ASSISTANCE, AssistanceTopics.INTERVENTION,
            Payloads.PARTNER, PartnerTopics.RESERVATION, Payloads.MONITORING, MonitoringTopics.DESA);

    private StoryOnKafka() {
    }

    /** Creates the topics (as the relays would) and sends the events in this order, waiting for each acknowledgement. */
    public static void send(List<ConsumedEvent> events) throws Exception {
        String bootstrap = DevStack.shared().kafkaBootstrap();
        Set<String> topics = new java.util.HashSet<>(TOPIC_BY_SOURCE.values());
        topics.add(PartnerTopics.PARTNER);
        TopicCreator.ensure(bootstrap, topics, 3, (short) 1);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (ConsumedEvent e : events) {
                var record = new ProducerRecord<>(topic(e), e.subject(), e.payloadJson());
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", e.id().toString());
                header(record, "ce_type", e.type());
                header(record, "ce_source", e.source());
                header(record, "ce_subject", e.subject());
                header(record, "ce_time", e.time().toInstant().toString());
                header(record, "ce_sequence", Long.toString(e.sequence()));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The topic of the event's stream category (partner-service writes one per category). */
    private static String topic(ConsumedEvent e) {
        if (e.subject().startsWith("partner-")) return PartnerTopics.PARTNER;
        return TOPIC_BY_SOURCE.get(e.source());
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

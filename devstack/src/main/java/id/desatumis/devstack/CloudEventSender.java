package id.desatumis.devstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes events to the shared Kafka as a service's relay does (CloudEvents binary mode: ce_* headers, JSON value,
 * the stream id as key), for consumer tests. One producer per JVM, closed with it.
 */
public final class CloudEventSender {

    private static KafkaProducer<String, String> producer;

    private CloudEventSender() {
    }

    /** Sends one event and waits for the broker's acknowledgement. */
    public static void send(String topic, String streamId, String eventId, String type, String source, long sequence,
                            String payload) {
        var record = new ProducerRecord<>(topic, streamId, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_subject", streamId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_sequence", Long.toString(sequence));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + type + " to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    DevStack.shared().kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
            KafkaProducer<String, String> p = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(p::close, "cloud-event-sender-close"));
        }
        return producer;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends mapped batches to Kafka without waiting: the relay reads and maps the next batch while this one is in
 * flight. Order per stream holds across batches: the record key is the stream id (one partition per stream),
 * and the producer is idempotent with one request in flight per connection.
 *
 * <p>Why one and not five: a broker that has no state yet for a producer on a partition accepts any first
 * sequence number. When the first request to a just-created topic failed (NOT_LEADER_OR_FOLLOWER while the
 * partition was still being set up) the requests behind it were written first, out of order, and the retried
 * one was then refused as out of sequence until the delivery timeout (seen in PerStreamOrderTest). A consumer
 * that keeps a per-stream high-water mark would then skip the earlier versions. With one request in flight a
 * retry always goes before anything after it; each request still carries a large batch per partition.
 */
final class OutboxPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String source;

    OutboxPublisher(RelaySettings settings, String source) {
        this.source = source;
        this.producer = new KafkaProducer<>(Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
                // a relay batch arrives at once: fill large producer batches, wait a little for the rest
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                Map.entry(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                // none by default: on this 2-core machine with a local broker lz4 cost about a third of the relay's
                // rate and zstd more, and saved no network; a broker across a network may want lz4 (RelaySettings)
                Map.entry(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression()),
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + settings.name())),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Hands a batch's public records to the producer; {@code mapped} answers the catalog's mapping, event by event. */
    InFlightBatch send(List<StoredEvent> batch, List<Optional<PublicRecord>> mapped) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            StoredEvent e = batch.get(i);
            Optional<PublicRecord> pub = mapped.get(i);
            if (pub.isEmpty()) continue; // internal event: stored, never published
            PublicRecord r = pub.get();
            records.add(new ProducerRecord<>(r.topic(), null, e.streamId(), r.payload(),
                    CloudEventHeaders.of(e, EventStore.parseMetadata(e.metadataJson()), source, r.cloudEventType())));
        }
        InFlightBatch inFlight = new InFlightBatch(batch, records.size());
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record, (metadata, failure) -> inFlight.onAcknowledgement(failure));
            }
        } catch (RuntimeException refused) {
            inFlight.failed(refused); // a full buffer past max.block.ms, a closed producer
        }
        return inFlight;
    }

    @Override
    public void close() {
        // a stop interrupts the relay thread; the producer still deserves a clean close
        boolean interrupted = Thread.interrupted();
        try {
            producer.close(Duration.ofSeconds(2));
        } catch (RuntimeException ignored) {
            // a producer that cannot reach Kafka closes anyway
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}

package id.desatumis.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvent read from Kafka in binary mode: the attributes from the {@code ce_*} headers, the JSON value.
 * {@code subject} is the stream id and {@code sequence} its version: every event the platform publishes carries both,
 * and deduplication rests on them, so a record without them is refused as malformed (see {@link #from}).
 */
public record ConsumedEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
                            long sequence, String correlationId, String payloadJson) {

    private static final Logger LOG = Logger.getLogger(ConsumedEvent.class);

    /**
     * Reads the envelope. A record without an id, type, subject or a positive sequence is refused with
     * {@link MalformedEvent}, whatever its type: without its stream position it could neither be deduplicated
     * (applying it risks a double) nor skipped (skipping it risks a loss), so the consumer stops on it, loudly.
     */
    public static ConsumedEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        String subject = header(record, "ce_subject");
        String sequence = header(record, "ce_sequence");
        if (id == null || type == null || subject == null || sequence == null) {
            throw malformed(record, id, type, "no ce_id, ce_type, ce_subject or ce_sequence header");
        }
        try {
            String time = header(record, "ce_time");
            long position = Long.parseLong(sequence);
            if (position < 1) throw new IllegalArgumentException("ce_sequence " + position + " is not a stream version");
            return new ConsumedEvent(UUID.fromString(id), type, header(record, "ce_source"), subject,
                    time == null ? null : OffsetDateTime.parse(time), position, header(record, "ce_correlationid"),
                    record.value());
        } catch (RuntimeException e) {
            throw malformed(record, id, type, "malformed CloudEvents headers: " + e.getMessage());
        }
    }

    /**
     * The payload as its contract. An ordered projection must not skip what it cannot read: a payload that does not
     * read is logged, naming the projection that stops on it, and thrown as {@link MalformedEvent} (health reports it).
     */
    public <T> T payloadAs(ObjectMapper mapper, Class<T> contract, String projection) {
        try {
            T value = mapper.readValue(payloadJson, contract);
            if (value == null) throw new IllegalArgumentException("empty payload");
            return value;
        } catch (Exception e) {
            LOG.errorf("malformed %s event %s of stream %s at sequence %d: %s stops until it is fixed",
                    type, id, subject, sequence, projection);
            throw new MalformedEvent("malformed " + type + " " + id, e);
        }
    }

    private static MalformedEvent malformed(ConsumerRecord<String, String> record, String id, String type, String why) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        LOG.errorf("record at %s (ce_id %s, ce_type %s) is refused: %s; the consumer stops until it is fixed",
                where, id, type, why);
        return new MalformedEvent("record at " + where + " (ce_id " + id + ", ce_type " + type + "): " + why);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A record whose envelope, or whose payload of a known type, cannot be read: the consumer stops on it, loudly. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }

        public MalformedEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package id.desatumis.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A CloudEvent read from Kafka in binary mode: the attributes from the {@code ce_*} headers, the JSON value. */
public record ConsumedEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
                            long sequence, String correlationId, String payloadJson) {

    private static final Logger LOG = Logger.getLogger(ConsumedEvent.class);

    public static ConsumedEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new MalformedEvent("record at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent (no ce_id or ce_type header)");
        }
        String time = header(record, "ce_time");
        String sequence = header(record, "ce_sequence");
        try {
            return new ConsumedEvent(UUID.fromString(id), type, header(record, "ce_source"), header(record, "ce_subject"),
                    time == null ? null : OffsetDateTime.parse(time), sequence == null ? 0 : Long.parseLong(sequence),
                    header(record, "ce_correlationid"), record.value());
        } catch (RuntimeException e) {
            throw new MalformedEvent("record at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " has malformed CloudEvents headers: " + e.getMessage());
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
            LOG.errorf("malformed %s event %s: %s stops until it is fixed", type, id, projection);
            throw new MalformedEvent("malformed " + type + " " + id, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A record of a known type that cannot be read: an ordered projection stops on it, loudly. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }

        public MalformedEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

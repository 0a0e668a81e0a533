package id.desatumis.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/** The public form of a stored event: where it goes, its CloudEvents type, and its contract payload. */
public record PublicRecord(String topic, String cloudEventType, byte[] payload) {

    /** A contract record written as JSON, ready for a catalog to answer. */
    public static Optional<PublicRecord> of(String topic, String cloudEventType, ObjectMapper mapper, Object contract) {
        try {
            return Optional.of(new PublicRecord(topic, cloudEventType, mapper.writeValueAsBytes(contract)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + cloudEventType, e);
        }
    }
}

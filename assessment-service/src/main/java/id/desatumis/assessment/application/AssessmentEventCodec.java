package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Domain events to stored JSON and back: the stored type is the record's simple name, schema version 1. All of one
 * household's assessments are one stream, {@code assessment-<householdId>}.
 */
@ApplicationScoped
public class AssessmentEventCodec {

    public static final String STREAM_TYPE = "assessment";

    private static final Map<String, Class<?>> TYPES = Arrays.stream(AssessmentEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ObjectMapper mapper;

    public AssessmentEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static String streamId(UUID householdId) {
        return STREAM_TYPE + "-" + householdId;
    }

    public List<NewEvent> encode(List<AssessmentEvent> events) {
        return events.stream().map(e -> NewEvent.of(e.getClass().getSimpleName(), 1, json(e))).toList();
    }

    public AssessmentEvent decode(StoredEvent stored) {
        Class<?> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown assessment event type " + stored.type() + " at " + stored.streamId());
        }
        try {
            return (AssessmentEvent) mapper.readValue(stored.payloadJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " cannot be read", e);
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}

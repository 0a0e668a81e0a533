package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.kit.crypto.FieldCipher;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Domain events to stored JSON and back. All of one household's assessments are one stream,
 * {@code assessment-<householdId>}; the stored type is the record's simple name, schema version 1. Each event's
 * content is sealed under the household's data key: only the ids stay in clear, so an erased household's
 * assessments read as nothing at all.
 */
@ApplicationScoped
public class AssessmentEventCodec {

    public static final String STREAM_TYPE = "assessment";

    private static final Map<String, Class<?>> TYPES = Arrays.stream(AssessmentEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** A household's events and its data key (null before its first event), or none because it was erased. */
    public record Opened(List<AssessmentEvent> events, boolean erased, byte[] key) {
    }

    private final ObjectMapper mapper;
    private final SubjectKeys keys;

    public AssessmentEventCodec(ObjectMapper mapper, SubjectKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    public static String streamId(UUID householdId) {
        return STREAM_TYPE + "-" + householdId;
    }

    /**
     * Seals the events under the household's key: the one read with its stream ({@code known}), or one made in the
     * writing transaction for its first events (never for an erased household).
     */
    public Uni<List<NewEvent>> encode(SqlClient tx, UUID householdId, byte[] known, List<AssessmentEvent> events) {
        Uni<byte[]> key = known != null ? Uni.createFrom().item(known)
                : keys.forWriting(tx, Set.of(householdId)).map(k -> k.get(householdId));
        return key.map(k -> {
            if (k == null) {
                throw AssessmentProblems.rule("householdId", "household-erased", "this household was erased from the registry");
            }
            return events.stream().map(e -> NewEvent.of(e.getClass().getSimpleName(), 1, sealed(householdId, k, e))).toList();
        });
    }

    /** Opens one household's events; if its key is gone (erased), none. */
    public Uni<Opened> decode(SqlClient client, UUID householdId, List<StoredEvent> stored) {
        if (stored.isEmpty()) return Uni.createFrom().item(new Opened(List.of(), false, null));
        return keys.forReading(client, Set.of(householdId)).map(k -> {
            byte[] key = k.get(householdId);
            if (key == null) return new Opened(List.of(), true, null);
            return new Opened(stored.stream().map(e -> open(e, key)).toList(), false, key);
        });
    }

    /** The keys of several households at once (the relay maps a batch); erased households are absent. */
    public Uni<Map<UUID, byte[]>> keysOf(SqlClient client, Collection<UUID> households) {
        return keys.forReading(client, households);
    }

    public AssessmentEvent open(StoredEvent stored, byte[] key) {
        Class<?> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown assessment event type " + stored.type() + " at " + stored.streamId());
        }
        try {
            JsonNode envelope = mapper.readTree(stored.payloadJson());
            return (AssessmentEvent) mapper.readValue(FieldCipher.open(envelope.path("sealed").asText(), key), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " cannot be read", e);
        }
    }

    /** The household id of a stored event, from its stream id. */
    public static UUID householdOf(StoredEvent stored) {
        return UUID.fromString(stored.streamId().substring(STREAM_TYPE.length() + 1));
    }

    private String sealed(UUID householdId, byte[] key, AssessmentEvent e) {
        var envelope = mapper.createObjectNode();
        envelope.put("householdId", householdId.toString());
        envelope.put("sealed", FieldCipher.seal(householdId, key, json(e)));
        return envelope.toString();
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

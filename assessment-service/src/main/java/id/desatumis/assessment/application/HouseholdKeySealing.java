package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.FieldCipher;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Seals each assessment event whole under its household's data key: only the household id stays in clear, so an
 * erased household's assessments (its key deleted) read as nothing at all. The key read with a stream is handed back
 * as its context, so the command that read it appends without reading it again.
 */
@ApplicationScoped
public class HouseholdKeySealing implements PayloadSealing {

    private final SubjectKeys keys;
    private final ObjectMapper mapper;

    public HouseholdKeySealing(SubjectKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    /** Makes the household's key on its first events (never for an erased household: that is refused). */
    @Override
    public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
        UUID household = AssessmentAggregate.householdOf(streamId);
        Uni<byte[]> key = context instanceof byte[] known ? Uni.createFrom().item(known)
                : keys.forWriting(tx, Set.of(household)).map(k -> k.get(household));
        return key.map(k -> {
            if (k == null) {
                throw new RuleBroken("householdId", "household-erased", "this household was erased from the registry");
            }
            List<ObjectNode> sealed = new ArrayList<>(payloads.size());
            for (ObjectNode payload : payloads) {
                ObjectNode envelope = mapper.createObjectNode();
                envelope.put("householdId", household.toString());
                envelope.put("sealed", FieldCipher.seal(household, k, payload.toString()));
                sealed.add(envelope);
            }
            return sealed;
        });
    }

    @Override
    public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
        Set<UUID> households = new HashSet<>();
        streamIds.forEach(s -> households.add(AssessmentAggregate.householdOf(s)));
        return keys.forReading(client, households).map(found -> {
            List<ObjectNode> opened = new ArrayList<>(stored.size());
            Map<String, Object> contexts = new HashMap<>();
            for (int i = 0; i < stored.size(); i++) {
                byte[] key = found.get(AssessmentAggregate.householdOf(streamIds.get(i)));
                opened.add(key == null ? null : open(stored.get(i), key));
                if (key != null) contexts.put(streamIds.get(i), key);
            }
            return new Opened(opened, contexts);
        });
    }

    private ObjectNode open(ObjectNode envelope, byte[] key) {
        try {
            return (ObjectNode) mapper.readTree(FieldCipher.open(envelope.path("sealed").asText(), key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed assessment event is not JSON", e);
        }
    }
}

package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Seals each assessment event whole under its household's data key: only the household id stays in clear, so an
 * erased household's assessments (its key deleted) read as nothing at all. Inside it, each member's answers (age,
 * school, health cover, work, disability) are sealed under that person's own key, so a person erased alone leaves
 * the assessments readable without them. Events stored before members were sealed this way hold their answers under
 * the household's key only: a person's erasure cannot reach those (see the README). The keys read with a stream are
 * handed back as its context, so the command that read them appends without reading them again.
 */
@ApplicationScoped
public class HouseholdKeySealing implements PayloadSealing {

    private final SubjectKeys keys;
    private final ObjectMapper mapper;

    public HouseholdKeySealing(SubjectKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    /** Makes the household's and the members' keys on their first events (never for an erased one: that is refused). */
    @Override
    public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
        UUID household = AssessmentAggregate.householdOf(streamId);
        Set<UUID> subjects = new HashSet<>(Set.of(household));
        payloads.forEach(p -> members(p).forEach(m -> subjects.add(memberId(m))));
        Map<UUID, byte[]> known = context instanceof Keys k ? k.keys() : Map.of();
        Set<UUID> missing = new HashSet<>(subjects);
        missing.removeAll(known.keySet());
        Uni<Map<UUID, byte[]>> found = missing.isEmpty() ? Uni.createFrom().item(Map.of()) : keys.forWriting(tx, missing);
        return found.map(made -> {
            Map<UUID, byte[]> all = new HashMap<>(known);
            all.putAll(made);
            byte[] householdKey = all.get(household);
            if (householdKey == null) {
                throw new RuleBroken("householdId", "household-erased", "this household was erased from the registry");
            }
            List<ObjectNode> sealed = new ArrayList<>(payloads.size());
            for (ObjectNode payload : payloads) {
                ObjectNode copy = payload.deepCopy();
                sealMembers(copy, all);
                ObjectNode envelope = mapper.createObjectNode();
                envelope.put("householdId", household.toString());
                envelope.put("sealed", FieldCipher.seal(household, householdKey, copy.toString()));
                sealed.add(envelope);
            }
            return sealed;
        });
    }

    @Override
    public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
        Set<UUID> households = new HashSet<>();
        streamIds.forEach(s -> households.add(AssessmentAggregate.householdOf(s)));
        return keys.forReading(client, households).chain(householdKeys -> {
            List<ObjectNode> opened = new ArrayList<>(stored.size());
            Set<UUID> people = new HashSet<>();
            for (int i = 0; i < stored.size(); i++) {
                byte[] key = householdKeys.get(AssessmentAggregate.householdOf(streamIds.get(i)));
                ObjectNode payload = key == null ? null : open(stored.get(i), key);
                opened.add(payload);
                if (payload != null) members(payload).stream().filter(m -> m.has("sealed")).forEach(m -> people.add(memberId(m)));
            }
            Uni<Map<UUID, byte[]>> personKeys = people.isEmpty() ? Uni.createFrom().item(Map.of())
                    : keys.forReading(client, people);
            return personKeys.map(memberKeys -> {
                Map<String, Object> contexts = new HashMap<>();
                for (int i = 0; i < opened.size(); i++) {
                    ObjectNode payload = opened.get(i);
                    if (payload == null) continue;
                    openMembers(payload, memberKeys);
                    Map<UUID, byte[]> streamKeys = new HashMap<>(memberKeys);
                    UUID household = AssessmentAggregate.householdOf(streamIds.get(i));
                    streamKeys.put(household, householdKeys.get(household));
                    contexts.put(streamIds.get(i), new Keys(streamKeys));
                }
                return new Opened(opened, contexts);
            });
        });
    }

    /** The keys a stream's read found, for its next append. */
    private record Keys(Map<UUID, byte[]> keys) {
    }

    private static void sealMembers(ObjectNode payload, Map<UUID, byte[]> keys) {
        ArrayNode members = membersArray(payload);
        if (members == null) return;
        for (int i = 0; i < members.size(); i++) {
            ObjectNode member = (ObjectNode) members.get(i);
            if (member.has("sealed")) continue;
            UUID id = memberId(member);
            byte[] key = keys.get(id);
            if (key == null) {
                throw new RuleBroken("answers.members[" + i + "].memberId", "person-erased",
                        "this person was erased from the registry");
            }
            ObjectNode sealed = member.objectNode();
            sealed.put("memberId", id.toString());
            sealed.put("sealed", FieldCipher.seal(id, key, member.toString()));
            members.set(i, sealed);
        }
    }

    /** Opens each member's answers; an erased person's (their key gone) leave the list. */
    private void openMembers(ObjectNode payload, Map<UUID, byte[]> keys) {
        ArrayNode members = membersArray(payload);
        if (members == null) return;
        for (Iterator<JsonNode> it = members.iterator(); it.hasNext(); ) {
            JsonNode member = it.next();
            if (!member.has("sealed")) continue; // stored before members were sealed apart
            byte[] key = keys.get(memberId(member));
            if (key == null) {
                it.remove();
                continue;
            }
            ObjectNode opened = tree(FieldCipher.open(member.get("sealed").asText(), key));
            ((ObjectNode) member).removeAll().setAll(opened);
        }
    }

    private static List<JsonNode> members(ObjectNode payload) {
        ArrayNode members = membersArray(payload);
        List<JsonNode> out = new ArrayList<>();
        if (members != null) members.forEach(out::add);
        return out;
    }

    private static ArrayNode membersArray(ObjectNode payload) {
        JsonNode members = payload.path("answers").path("members");
        return members instanceof ArrayNode array ? array : null;
    }

    private static UUID memberId(JsonNode member) {
        return UUID.fromString(member.get("memberId").asText());
    }

    private ObjectNode open(ObjectNode envelope, byte[] key) {
        return tree(FieldCipher.open(envelope.path("sealed").asText(), key));
    }

    private ObjectNode tree(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed assessment event is not JSON", e);
        }
    }
}

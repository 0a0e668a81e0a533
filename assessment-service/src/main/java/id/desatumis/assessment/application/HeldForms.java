package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.kit.crypto.FieldCipher;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;

/**
 * A held form as it waits for its household: the visit (health answers, the house's position) sealed under the
 * household's data key, as the events it will become are, so that the household's erasure reaches it too and no dump
 * of the table shows it. Forms held before this were kept in clear and are still read.
 */
@ApplicationScoped
public class HeldForms {

    private final ObjectMapper mapper;
    private final SubjectKeys keys;

    public HeldForms(ObjectMapper mapper, SubjectKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    /** The visit sealed under its household's key (made now if the household has none yet; refused if erased). */
    public Uni<String> seal(SqlConnection tx, AssessmentSubmitted visit) {
        UUID household = visit.householdId();
        return keys.forWriting(tx, Set.of(household)).map(found -> {
            byte[] key = found.get(household);
            if (key == null) {
                throw new RuleBroken("householdId", "household-erased", "this household was erased from the registry");
            }
            ObjectNode envelope = mapper.createObjectNode();
            envelope.put("householdId", household.toString());
            envelope.put("sealed", FieldCipher.seal(household, key, json(visit)));
            return envelope.toString();
        });
    }

    /** The held visit, or null when its household was erased meanwhile (its key is gone). */
    public Uni<AssessmentSubmitted> open(SqlClient client, UUID household, String stored) {
        JsonNode envelope = tree(stored);
        if (!envelope.hasNonNull("sealed")) return Uni.createFrom().item(read(stored)); // held before forms were sealed
        return keys.forReading(client, Set.of(household)).map(found -> {
            byte[] key = found.get(household);
            return key == null ? null : read(FieldCipher.open(envelope.get("sealed").asText(), key));
        });
    }

    /** Whether two visits are the same form, whoever sent each (a retry from another device of the same team). */
    public boolean sameForm(AssessmentSubmitted a, AssessmentSubmitted b) {
        return a != null && b != null && ((ObjectNode) mapper.valueToTree(a)).without("submittedBy")
                .equals(((ObjectNode) mapper.valueToTree(b)).without("submittedBy"));
    }

    private String json(AssessmentSubmitted visit) {
        try {
            return mapper.writeValueAsString(visit);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a visit cannot be written as JSON", e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held form cannot be read", e);
        }
    }

    private AssessmentSubmitted read(String json) {
        try {
            return mapper.readValue(json, AssessmentSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held form cannot be read", e);
        }
    }
}

package id.desatumis.registry.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.registry.application.crypto.PersonalFields;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.registry.domain.HouseholdEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Domain events to stored JSON and back. Personal fields are sealed under their subject's key on the way in
 * and opened on the way out; an erased subject's fields come back absent. The stored type name is the
 * record's simple name, schema version 1.
 */
@ApplicationScoped
public class HouseholdEventCodec {

    public static final String STREAM_TYPE = "household";

    private static final Map<String, Class<? extends HouseholdEvent>> TYPES = Map.ofEntries(
            Map.entry("HouseholdErased", HouseholdEvent.HouseholdErased.class),
            Map.entry("PersonErased", HouseholdEvent.PersonErased.class),
            Map.entry("LikelyDuplicateFlagged", HouseholdEvent.LikelyDuplicateFlagged.class),
            Map.entry("DuplicateFlagResolved", HouseholdEvent.DuplicateFlagResolved.class),
            Map.entry("HouseholdRegistered", HouseholdEvent.HouseholdRegistered.class),
            Map.entry("MemberAdded", HouseholdEvent.MemberAdded.class),
            Map.entry("MemberDied", HouseholdEvent.MemberDied.class),
            Map.entry("MemberMovedOut", HouseholdEvent.MemberMovedOut.class),
            Map.entry("HeadChanged", HouseholdEvent.HeadChanged.class),
            Map.entry("HouseholdMoved", HouseholdEvent.HouseholdMoved.class),
            Map.entry("KkNumberChanged", HouseholdEvent.KkNumberChanged.class),
            Map.entry("MembersSplitOff", HouseholdEvent.MembersSplitOff.class),
            Map.entry("HouseholdMergedInto", HouseholdEvent.HouseholdMergedInto.class),
            Map.entry("HouseholdAbsorbed", HouseholdEvent.HouseholdAbsorbed.class));

    private final ObjectMapper mapper;
    private final SubjectKeys keys;

    public HouseholdEventCodec(ObjectMapper mapper, SubjectKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    public static String streamId(UUID householdId) {
        return STREAM_TYPE + "-" + householdId;
    }

    /** Seals the events' personal fields, making keys for new subjects in the writing transaction. */
    public Uni<List<NewEvent>> encode(SqlClient tx, List<HouseholdEvent> events) {
        List<ObjectNode> trees = events.stream().map(e -> (ObjectNode) mapper.valueToTree(e)).toList();
        Set<UUID> subjects = new HashSet<>();
        trees.forEach(t -> subjects.addAll(PersonalFields.subjects(t)));
        return keys.forWriting(tx, subjects).map(k -> {
            List<NewEvent> out = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                PersonalFields.seal(trees.get(i), k);
                out.add(NewEvent.of(events.get(i).getClass().getSimpleName(), 1, trees.get(i).toString()));
            }
            return out;
        });
    }

    public Uni<List<HouseholdEvent>> decode(SqlClient client, List<StoredEvent> stored) {
        List<JsonNode> trees = stored.stream().map(this::tree).toList();
        Set<UUID> subjects = new HashSet<>();
        trees.forEach(t -> subjects.addAll(PersonalFields.sealedSubjects(t)));
        return keys.forReading(client, subjects).map(k -> {
            List<HouseholdEvent> out = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                out.add(open(stored.get(i), trees.get(i), k));
            }
            return out;
        });
    }

    private HouseholdEvent open(StoredEvent stored, JsonNode tree, Map<UUID, byte[]> keys) {
        Class<? extends HouseholdEvent> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown household event type " + stored.type() + " at " + stored.streamId());
        }
        PersonalFields.open(tree, keys);
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " cannot be read", e);
        }
    }

    private JsonNode tree(StoredEvent stored) {
        try {
            return mapper.readTree(stored.payloadJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " is not JSON", e);
        }
    }
}

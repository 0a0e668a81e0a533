package id.desatumis.registry.application.crypto;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The household's personal fields ({@link PersonalFields}) sealed under their subject's key on the way in and opened
 * on the way out. An erased subject's fields read as null (the event itself stays readable: its ids, sex and
 * relationships are not personal data), so {@link #open} never answers a null payload. The keys read for a stream are
 * its context: its next append makes keys only for subjects new to it.
 */
public final class HouseholdSealing implements PayloadSealing {

    private final SubjectKeys keys;
    private final Predicate<String> opened;

    /** @param opened the personal fields opened on reading; every other sealed field stays sealed */
    public HouseholdSealing(SubjectKeys keys, Predicate<String> opened) {
        this.keys = keys;
        this.opened = opened;
    }

    @Override
    public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
        return sealAll(tx, List.of(streamId), Collections.singletonList(context), List.of(payloads))
                .map(all -> all.get(0));
    }

    /** One key round trip for the whole batch, none when every subject's key was read with the stream already. */
    @Override
    public Uni<List<List<ObjectNode>>> sealAll(SqlConnection tx, List<String> streamIds, List<Object> contexts,
                                               List<List<ObjectNode>> payloads) {
        Map<UUID, byte[]> known = new HashMap<>();
        contexts.forEach(c -> {
            if (c != null) known.putAll(keysOf(c));
        });
        Set<UUID> missing = new HashSet<>();
        payloads.forEach(list -> list.forEach(p -> missing.addAll(PersonalFields.subjects(p))));
        missing.removeAll(known.keySet());
        Uni<Map<UUID, byte[]>> made = missing.isEmpty() ? Uni.createFrom().item(Map.of()) : keys.forWriting(tx, missing);
        return made.map(more -> {
            known.putAll(more);
            payloads.forEach(list -> list.forEach(p -> PersonalFields.seal(p, known)));
            return payloads;
        });
    }

    @Override
    public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
        Set<UUID> subjects = new HashSet<>();
        stored.forEach(p -> subjects.addAll(PersonalFields.sealedSubjects(p, opened)));
        Uni<Map<UUID, byte[]>> read = subjects.isEmpty() ? Uni.createFrom().item(Map.of()) : keys.forReading(client, subjects);
        return read.map(found -> {
            stored.forEach(p -> PersonalFields.open(p, found, opened));
            Map<String, Object> contexts = new HashMap<>();
            streamIds.forEach(s -> contexts.put(s, found));
            return new Opened(stored, contexts);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, byte[]> keysOf(Object context) {
        return (Map<UUID, byte[]>) context;
    }
}

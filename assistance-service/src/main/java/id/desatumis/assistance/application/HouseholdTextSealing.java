package id.desatumis.assistance.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An aggregate's free texts ({@link FreeTexts}) sealed under the key of the household they are about on the way in,
 * and opened on the way out (crypto-shredding): once the registry erases the household, its key is deleted
 * ({@link HouseholdForgetting}) and every copy of the texts reads as null, while the events themselves (ids, codes,
 * amounts, dates) stay readable, so the aggregates still fold. A stream's household is the one its new events name (a
 * household event's id, a plan's household), else the one its reading found, else {@code streamHouseholds}'. The key
 * read with a stream is handed back as its context, so the command that read it seals without reading it again.
 */
public final class HouseholdTextSealing implements PayloadSealing {

    /** The households of streams whose new events name none (an intervention's events after its plan). */
    @FunctionalInterface
    public interface StreamHouseholds {
        Uni<Map<String, UUID>> of(SqlClient client, List<String> streamIds);
    }

    /**
     * For readers that show no free text (the relay: no published contract carries one): every sealed value reads as
     * if its household were erased ({@link FreeTexts#open}), and no key is read.
     */
    public static final PayloadSealing UNOPENED = new PayloadSealing() {
        @Override
        public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
            throw new UnsupportedOperationException("free texts left unopened are for reading only");
        }

        @Override
        public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
            stored.forEach(p -> FreeTexts.open(p, Map.of()));
            return Uni.createFrom().item(Opened.plain(stored));
        }
    };

    /** What reading a stream found: its household, and that household's key when it was read. */
    private record Found(UUID household, byte[] key) {
    }

    private final SubjectKeys keys;
    private final StreamHouseholds streamHouseholds;

    public HouseholdTextSealing(SubjectKeys keys, StreamHouseholds streamHouseholds) {
        this.keys = keys;
        this.streamHouseholds = streamHouseholds;
    }

    @Override
    public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
        return sealAll(tx, List.of(streamId), Collections.singletonList(context), List.of(payloads)).map(all -> all.get(0));
    }

    /** One key round trip for the whole batch (none when the reading found every key), for the streams with text. */
    @Override
    public Uni<List<List<ObjectNode>>> sealAll(SqlConnection tx, List<String> streamIds, List<Object> contexts,
                                               List<List<ObjectNode>> payloads) {
        Map<String, UUID> households = new HashMap<>();
        Map<UUID, byte[]> known = new HashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < streamIds.size(); i++) {
            if (payloads.get(i).stream().noneMatch(FreeTexts::anyToSeal)) continue;
            Found found = contexts.get(i) instanceof Found f ? f : null;
            UUID household = payloads.get(i).stream().map(FreeTexts::householdNamed).filter(h -> h != null)
                    .findFirst().orElse(found == null ? null : found.household());
            if (household == null) {
                unnamed.add(streamIds.get(i));
                continue;
            }
            households.put(streamIds.get(i), household);
            if (found != null && found.key() != null && household.equals(found.household())) known.put(household, found.key());
        }
        if (households.isEmpty() && unnamed.isEmpty()) return Uni.createFrom().item(payloads);
        Uni<Map<String, UUID>> looked = unnamed.isEmpty() ? Uni.createFrom().item(Map.of()) : streamHouseholds.of(tx, unnamed);
        return looked.chain(more -> {
            households.putAll(more);
            // sorted: two transactions making the same keys take their rows in one order
            Set<UUID> missing = new TreeSet<>(households.values());
            missing.removeAll(known.keySet());
            Uni<Map<UUID, byte[]>> made = missing.isEmpty() ? Uni.createFrom().item(Map.of()) : keys.forWriting(tx, missing);
            return made.map(madeKeys -> {
                known.putAll(madeKeys);
                for (int i = 0; i < streamIds.size(); i++) {
                    if (payloads.get(i).stream().noneMatch(FreeTexts::anyToSeal)) continue;
                    UUID household = households.get(streamIds.get(i));
                    if (household == null) {
                        throw new IllegalStateException("no household is known for " + streamIds.get(i) + ": its text cannot be sealed");
                    }
                    payloads.get(i).forEach(p -> FreeTexts.seal(p, household, known.get(household)));
                }
                return payloads;
            });
        });
    }

    @Override
    public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
        Set<UUID> subjects = new HashSet<>();
        stored.forEach(p -> subjects.addAll(FreeTexts.sealedSubjects(p)));
        Uni<Map<UUID, byte[]>> read = subjects.isEmpty() ? Uni.createFrom().item(Map.of()) : keys.forReading(client, subjects);
        return read.map(found -> {
            Map<String, Object> contexts = new HashMap<>();
            for (int i = 0; i < stored.size(); i++) {
                UUID household = FreeTexts.householdNamed(stored.get(i));
                FreeTexts.open(stored.get(i), found);
                if (household != null) contexts.putIfAbsent(streamIds.get(i), new Found(household, found.get(household)));
            }
            return new Opened(stored, contexts);
        });
    }
}

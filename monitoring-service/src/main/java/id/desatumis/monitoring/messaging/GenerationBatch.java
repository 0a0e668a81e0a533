package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.ConsumedEvent.MalformedEvent;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationFreshness.TopicBatch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One batch of one generation, as platform-kit's {@link id.desatumis.kit.inbox.Inbox} applies it: every part reads
 * each event before the transaction opens; the transaction enters the generation ({@code SET LOCAL search_path}) and
 * moves its positions before anything else, then (past the deduplication marks) counts the fresh events of each topic
 * in the freshness table and hands every part its own fresh changes, in record order, collecting the desa they changed.
 * Whether the generation is live is read in the transaction ({@link BatchWrites#enter}): a generation being rebuilt
 * gets {@link ProjectionPart#applyBuilding}, and its changes are not announced.
 */
final class GenerationBatch implements BatchProjection<GenerationBatch.Reading> {

    private static final Logger LOG = Logger.getLogger(GenerationBatch.class);

    /** An event's record, and what it means to each part (by the part's index; null for a part that does not use it). */
    record Reading(ConsumerRecord<String, String> record, Object[] byPart) {
    }

    private final Generation generation;
    private final EngineParts parts;
    private final BatchWrites writes;
    private final Map<UUID, ConsumerRecord<String, String>> recordsById = new HashMap<>();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private final Set<String> changedDesa = new HashSet<>();
    private boolean live;

    GenerationBatch(Generation generation, EngineParts parts, BatchWrites writes, ConsumerRecords<String, String> records) {
        this.generation = generation;
        this.parts = parts;
        this.writes = writes;
        for (ConsumerRecord<String, String> r : records) {
            nextOffsets.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max);
            idOf(r).ifPresent(id -> recordsById.putIfAbsent(id, r));
        }
    }

    /** Where each partition of the batch is read to, once it is committed. */
    Map<TopicPartition, Long> nextOffsets() {
        return nextOffsets;
    }

    /** The desa whose figures the batch changed (once it is committed). */
    Set<String> changedDesa() {
        return changedDesa;
    }

    /** Whether the batch was applied to the live generation (once it is committed): its changes are announced. */
    boolean appliedLive() {
        return live;
    }

    @Override
    public Optional<Reading> read(ConsumedEvent event) {
        ConsumerRecord<String, String> record = recordsById.get(event.id());
        Object[] byPart = new Object[parts.size()];
        for (int i = 0; i < byPart.length; i++) {
            try {
                byPart[i] = parts.get(i).read(event).orElse(null);
            } catch (MalformedEvent e) {
                String where = record == null ? "?" : record.topic() + "/" + record.partition() + "@" + record.offset();
                LOG.errorf("generation %d stops: part %s cannot read %s event %s of stream %s at %s (%s)", generation.number(),
                        parts.get(i).name(), event.type(), event.id(), event.subject(), where, e.getMessage());
                throw new MalformedEvent("event " + event.id() + " (" + event.type() + ") at " + where + " does not read in "
                        + parts.get(i).name() + ": " + e.getMessage(), e);
            }
        }
        // every event is counted in its topic's freshness, whether a part uses it or not
        return Optional.of(new Reading(record, byPart));
    }

    @Override
    public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<Reading>> batch) {
        return writes.enter(tx, generation).invoke(isLive -> live = isLive)
                .chain(() -> writes.positions().store(tx, nextOffsets));
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, List<Change<Reading>> fresh) {
        return writes.freshness().add(tx, perTopic(fresh)).chain(() -> applyFrom(tx, fresh, 0));
    }

    private Uni<Void> applyFrom(SqlConnection tx, List<Change<Reading>> fresh, int part) {
        if (part == parts.size()) return Uni.createFrom().voidItem();
        List<Change<Object>> own = new ArrayList<>();
        for (Change<Reading> c : fresh) {
            Object change = c.change().byPart()[part];
            if (change != null) own.add(new Change<>(c.event(), change));
        }
        Uni<Void> applied = own.isEmpty() ? Uni.createFrom().voidItem()
                : parts.apply(part, tx, own, live).invoke(changedDesa::addAll).replaceWithVoid();
        return applied.chain(() -> applyFrom(tx, fresh, part + 1));
    }

    private static List<TopicBatch> perTopic(List<Change<Reading>> fresh) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, OffsetDateTime> latest = new HashMap<>();
        for (Change<Reading> c : fresh) {
            String topic = c.change().record() == null ? "?" : c.change().record().topic();
            counts.merge(topic, 1L, Long::sum);
            OffsetDateTime time = c.event().time();
            if (time != null) latest.merge(topic, time, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<TopicBatch> out = new ArrayList<>();
        counts.forEach((topic, n) -> out.add(new TopicBatch(topic, n, latest.get(topic))));
        return out;
    }

    private static Optional<UUID> idOf(ConsumerRecord<String, String> r) {
        var h = r.headers().lastHeader("ce_id");
        if (h == null) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(new String(h.value(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the inbox refuses the record as malformed
        }
    }
}

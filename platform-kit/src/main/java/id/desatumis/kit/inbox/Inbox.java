package id.desatumis.kit.inbox;

import id.desatumis.kit.inbox.BatchProjection.Change;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The idempotent inbox: applies a batch of Kafka records to a projection in one transaction, each event at most once
 * per consumer, however late a copy of it comes back.
 *
 * <p>The transaction runs: the projection's {@link BatchProjection#beforeFirstWrite} (stream locks), one statement
 * moving every stream's mark ({@link StreamMarks}) to the highest sequence of the batch, then the projection with the
 * events past their marks. The channel commits the Kafka offsets after it, so a crash anywhere before the commit
 * rolls the whole batch back and the redelivered batch applies it once. Records are read before the transaction
 * opens: a malformed one refuses the batch before anything is written.
 *
 * <p>An event of a type the projection does not use moves its stream's mark and changes nothing else. Each one is
 * counted, by consumer and type, in {@code desatumis_consumer_skipped_events_total}, and the first of each type is
 * logged: a producer's new contract version (a {@code .v2} this consumer does not read yet) would otherwise pass by
 * unseen.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final Pool pool;
    private final StreamMarks marks;
    private final MeterRegistry meters;
    /** The types each consumer was seen to skip, to log the first of each once. */
    private final Set<String> skippedTypes = ConcurrentHashMap.newKeySet();

    public Inbox(Pool pool, StreamMarks marks, MeterRegistry meters) {
        this.pool = pool;
        this.marks = marks;
        this.meters = meters;
    }

    /** Applies the records' new events; fails (and writes nothing) on a malformed record or a failed projection. */
    public <T> Uni<Void> apply(String consumer, Iterable<ConsumerRecord<String, String>> records, BatchProjection<T> projection) {
        return apply(consumer, records, projection, StreamKey.STREAM);
    }

    /**
     * As {@link #apply(String, Iterable, BatchProjection)}, each stream's mark keyed by {@code key}: a consumer of the
     * topics of several services keys them by source and stream ({@link StreamKey#SOURCE_AND_STREAM}), since two
     * services may name a stream alike (the registry's and assistance-service's {@code household-<id>}).
     */
    public <T> Uni<Void> apply(String consumer, Iterable<ConsumerRecord<String, String>> records,
                               BatchProjection<T> projection, StreamKey key) {
        List<Change<T>> batch;
        try {
            batch = read(records, projection);
        } catch (RuntimeException malformed) {
            return Uni.createFrom().failure(malformed);
        }
        if (batch.isEmpty()) return Uni.createFrom().voidItem();
        List<Change<T>> known = batch.stream().filter(c -> c.change() != null).toList();
        return pool.withTransaction(tx -> projection.beforeFirstWrite(tx, known)
                .chain(() -> marks.advance(tx, consumer, BatchPlan.highest(batch.stream().map(Change::event).toList(), key)))
                .chain(marksBefore -> {
                    List<Change<T>> fresh = BatchPlan.fresh(batch, marksBefore, key);
                    if (fresh.size() < known.size()) {
                        LOG.debugf("%s: %d of %d known events in a batch of %d were applied before", consumer,
                                known.size() - fresh.size(), known.size(), batch.size());
                    }
                    return fresh.isEmpty() ? Uni.createFrom().voidItem() : projection.apply(tx, fresh);
                })).invoke(() -> countSkipped(consumer, batch));
    }

    /** Counts, once the batch committed, the events of types the projection does not use. */
    private <T> void countSkipped(String consumer, List<Change<T>> batch) {
        Map<String, Long> skipped = batch.stream().filter(c -> c.change() == null)
                .collect(Collectors.groupingBy(c -> c.event().type(), Collectors.counting()));
        skipped.forEach((type, count) -> {
            meters.counter("desatumis_consumer_skipped_events", "consumer", consumer, "type", type).increment(count);
            if (skippedTypes.add(consumer + " " + type)) {
                LOG.infof("%s skips events of type %s: it does not use them (counted in "
                        + "desatumis_consumer_skipped_events_total)", consumer, type);
            }
        });
    }

    /** Every record of the batch in order, with what it means to the projection (null for a type it does not use). */
    private static <T> List<Change<T>> read(Iterable<ConsumerRecord<String, String>> records, BatchProjection<T> projection) {
        List<Change<T>> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            ConsumedEvent event = ConsumedEvent.from(record);
            batch.add(new Change<>(event, projection.read(event).orElse(null)));
        }
        return batch;
    }
}

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The leader's work: read past what was sent, map, send without waiting, and move the checkpoint past a batch
 * once Kafka has acknowledged it and every batch before it, so the checkpoint never passes an unacknowledged event.
 *
 * <p>Three stages overlap: this thread reads batch N+2 (and moves the checkpoint), one mapping thread maps batch N+1
 * through the catalog (which may decrypt) and hands it to the producer, and Kafka has batch N in flight. The mapping
 * thread is a single one, so batches reach the producer in the order they were read.
 *
 * <p>An event the catalog cannot map parks its stream ({@link BatchMapping}): the stream's events wait in order,
 * recorded in {@code relay_parked_streams}, and the others go on; once an operator asks for a release, the leader
 * publishes the held events in order, with nothing else in flight, and unparks the stream.
 */
final class RelayPipeline {

    private static final Logger LOG = Logger.getLogger(RelayPipeline.class);

    /** Batches sent and not yet acknowledged: enough to overlap reading and mapping with Kafka's round trip. */
    private static final int MAX_IN_FLIGHT_BATCHES = 3;
    /** The producer gives up on a record after 15 s (delivery.timeout.ms): this is only a backstop. */
    private static final int ACK_TIMEOUT_SECONDS = 30;

    /** How often the leader looks for releases an operator asked for. */
    private static final long RELEASE_CHECK_MILLIS = 1_000;

    private final RelayLeadership leadership;
    private final OutboxReader reader;
    private final OutboxWakeup wakeup;
    private final BatchMapping mapping;
    private final ParkedStreamsTable parkedStreams;
    private final RelayHooks hooks;
    private final RelayMetrics metrics;
    private long releasesCheckedAt;

    RelayPipeline(RelayLeadership leadership, OutboxReader reader, OutboxWakeup wakeup, PublicEventCatalog catalog,
                  ParkedStreamsTable parkedStreams, RelayHooks hooks, RelayMetrics metrics) {
        this.leadership = leadership;
        this.reader = reader;
        this.wakeup = wakeup;
        this.mapping = new BatchMapping(catalog);
        this.parkedStreams = parkedStreams;
        this.hooks = hooks;
        this.metrics = metrics;
    }

    /**
     * Publishes until {@code running} turns false. Throws {@link KafkaUnavailable} when Kafka does not take a
     * batch: what was in flight is dropped, and the next call reads again from the checkpoint.
     */
    void publish(OutboxPublisher publisher, BooleanSupplier running) throws Exception {
        ExecutorService mapping = Executors.newSingleThreadExecutor(r -> daemon(r, "outbox-relay-mapping"));
        try {
            publish(publisher, mapping, running);
        } finally {
            mapping.shutdownNow();
            mapping.awaitTermination(10, TimeUnit.SECONDS); // nothing still sending when the producer closes
        }
    }

    private void publish(OutboxPublisher publisher, ExecutorService mappingThread, BooleanSupplier running) throws Exception {
        Deque<Future<InFlightBatch>> inFlight = new ArrayDeque<>();
        OutboxPosition sent = leadership.checkpoint();
        // from the checkpoint, the parked streams are the table's: one parked in memory only was never passed over
        mapping.reset(parkedStreams.all());
        metrics.parkedStreams.set(mapping.parkedCount());
        while (running.getAsBoolean()) {
            metrics.turned();
            reader.measureLag(leadership.checkpoint());
            if (releaseDue()) {
                Map<String, Long> requested = parkedStreams.releaseRequested();
                if (!requested.isEmpty()) {
                    while (!inFlight.isEmpty()) acknowledge(inFlight.poll());
                    release(publisher, requested);
                    sent = leadership.checkpoint();
                }
            }
            Long horizon = wakeup.horizonBeforeRead();
            List<StoredEvent> batch = reader.next(sent);
            if (batch.isEmpty()) {
                if (!inFlight.isEmpty()) {
                    acknowledge(inFlight.poll());
                } else {
                    wakeup.idle(horizon, running);
                }
                continue;
            }
            wakeup.working();
            inFlight.add(mappingThread.submit(() -> {
                BatchMapping.Result mapped = mapping.map(batch);
                return publisher.send(batch, mapped.records()).parking(mapped.parked());
            }));
            sent = OutboxPosition.of(batch.get(batch.size() - 1));
            while (!inFlight.isEmpty() && (inFlight.size() >= MAX_IN_FLIGHT_BATCHES || acknowledged(inFlight.peek()))) {
                acknowledge(inFlight.poll());
            }
        }
    }

    private static boolean acknowledged(Future<InFlightBatch> sending) throws InterruptedException, ExecutionException {
        return sending.isDone() && (sending.isCancelled() || sending.get().done());
    }

    /** Waits for the oldest batch's mapping and acknowledgements, then moves the checkpoint past it. */
    private void acknowledge(Future<InFlightBatch> sending) throws Exception {
        InFlightBatch batch;
        try {
            batch = awaitAcknowledged(sending);
        } catch (InterruptedException | SQLException e) {
            throw e;
        } catch (Exception e) {
            // Kafka refused or timed out, or the catalog's database failed: nothing moves, the events wait in the table
            throw new KafkaUnavailable(e instanceof ExecutionException ? e.getCause() : e);
        }
        try {
            hooks.afterSendBeforeCheckpoint(batch.events());
        } catch (RuntimeException simulatedCrash) {
            throw new OutboxRelay.RelayStopped("stopped between send and checkpoint", simulatedCrash);
        }
        // the parked streams are recorded before the checkpoint passes over their events
        parkedStreams.park(batch.parked());
        for (ParkedStream p : batch.parked()) {
            metrics.unmappableEventsTotal.incrementAndGet();
            LOG.errorf("outbox relay %s cannot map event %s of type %s (stream %s, version %d): %s. The stream is "
                            + "parked, its later events wait in order, every other stream goes on. Fix the cause, then "
                            + "POST /admin/relay/parked-streams/%s/release", leadership.name(), p.eventId(), p.eventType(),
                    p.streamId(), p.fromVersion(), p.reason(), p.streamId());
        }
        metrics.parkedStreams.set(mapping.parkedCount());
        leadership.advance(batch.last());
        metrics.publishedTotal.addAndGet(batch.events().size());
    }

    /**
     * Waits for a batch's mapping and acknowledgements, at most {@link #ACK_TIMEOUT_SECONDS}, with a statement on the
     * leader's session between slices: the server ends a session idle for twice the database timeout (that is how a
     * silent leader loses the lead), and a broker slower than that must not cost the lead, and with it a resend of
     * everything since the checkpoint.
     */
    private InFlightBatch awaitAcknowledged(Future<InFlightBatch> sending) throws Exception {
        Duration slice = leadership.keepAliveEvery();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
        while (true) {
            try {
                InFlightBatch batch = sending.get(slice.toMillis(), TimeUnit.MILLISECONDS);
                batch.await(slice);
                return batch;
            } catch (TimeoutException slow) {
                if (System.nanoTime() >= deadline) throw slow;
                leadership.keepAlive();
                metrics.turned();
            }
        }
    }

    private boolean releaseDue() {
        if (System.currentTimeMillis() - releasesCheckedAt < RELEASE_CHECK_MILLIS) return false;
        releasesCheckedAt = System.currentTimeMillis();
        return true;
    }

    /**
     * Publishes, in order, the events the checkpoint passed over for each stream an operator asked to release (nothing
     * else is in flight), then unparks the stream; an event that still cannot be mapped parks it again from there.
     */
    private void release(OutboxPublisher publisher, Map<String, Long> streams) throws Exception {
        for (Map.Entry<String, Long> stream : streams.entrySet()) {
            List<StoredEvent> held = reader.held(stream.getKey(), stream.getValue(), leadership.checkpoint());
            mapping.release(stream.getKey());
            BatchMapping.Result mapped = mapping.map(held);
            InFlightBatch sending = publisher.send(held, mapped.records());
            try {
                awaitAcknowledged(CompletableFuture.completedFuture(sending));
            } catch (ExecutionException | TimeoutException e) {
                throw new KafkaUnavailable(e instanceof ExecutionException ? e.getCause() : e);
            }
            if (mapped.parked().isEmpty()) {
                parkedStreams.released(stream.getKey());
                LOG.infof("outbox relay %s released stream %s: %d held events published", leadership.name(),
                        stream.getKey(), held.size());
            } else {
                ParkedStream again = mapped.parked().get(0);
                parkedStreams.parkAgain(again);
                LOG.errorf("outbox relay %s could not release stream %s: event %s of type %s (version %d) still cannot "
                        + "be mapped: %s", leadership.name(), again.streamId(), again.eventId(), again.eventType(),
                        again.fromVersion(), again.reason());
            }
        }
        metrics.parkedStreams.set(mapping.parkedCount());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Kafka did not take a batch (or its topics): the checkpoint stays, the events wait in the table. */
    static final class KafkaUnavailable extends Exception {
        KafkaUnavailable(Throwable cause) {
            super(cause);
        }
    }
}

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The leader's work: read past what was sent, map, send without waiting, and move the checkpoint past a batch
 * once Kafka has acknowledged it and every batch before it, so the checkpoint never passes an unacknowledged event.
 *
 * <p>Three stages overlap: this thread reads batch N+2 (and moves the checkpoint), one mapping thread maps batch N+1
 * through the catalog (which may decrypt) and hands it to the producer, and Kafka has batch N in flight. The mapping
 * thread is a single one, so batches reach the producer in the order they were read.
 */
final class RelayPipeline {

    /** Batches sent and not yet acknowledged: enough to overlap reading and mapping with Kafka's round trip. */
    private static final int MAX_IN_FLIGHT_BATCHES = 3;
    private static final int ACK_TIMEOUT_SECONDS = 60;

    private final RelayLeadership leadership;
    private final OutboxReader reader;
    private final OutboxWakeup wakeup;
    private final PublicEventCatalog catalog;
    private final RelayHooks hooks;
    private final RelayMetrics metrics;

    RelayPipeline(RelayLeadership leadership, OutboxReader reader, OutboxWakeup wakeup, PublicEventCatalog catalog,
                  RelayHooks hooks, RelayMetrics metrics) {
        this.leadership = leadership;
        this.reader = reader;
        this.wakeup = wakeup;
        this.catalog = catalog;
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

    private void publish(OutboxPublisher publisher, ExecutorService mapping, BooleanSupplier running) throws Exception {
        Deque<Future<InFlightBatch>> inFlight = new ArrayDeque<>();
        OutboxPosition sent = leadership.checkpoint();
        while (running.getAsBoolean()) {
            reader.measureLag(leadership.checkpoint());
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
            inFlight.add(mapping.submit(() -> publisher.send(batch, catalog.toPublic(batch))));
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
            batch = sending.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            batch.await(ACK_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // Kafka refused or timed out, or the catalog could not map: nothing moves, the events wait in the table
            throw new KafkaUnavailable(e instanceof ExecutionException ? e.getCause() : e);
        }
        try {
            hooks.afterSendBeforeCheckpoint(batch.events());
        } catch (RuntimeException simulatedCrash) {
            throw new OutboxRelay.RelayStopped("stopped between send and checkpoint", simulatedCrash);
        }
        leadership.advance(batch.last());
        metrics.publishedTotal.addAndGet(batch.events().size());
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

package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The leader's work: read past what was sent, map, send without waiting, and move the checkpoint past a batch
 * once Kafka has acknowledged it and every batch before it. So the next batch is read and mapped (the catalog
 * may decrypt) while the ones before it are in flight, and the checkpoint never passes an unacknowledged event.
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
        Deque<InFlightBatch> inFlight = new ArrayDeque<>();
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
            inFlight.add(publisher.send(batch, catalog.toPublic(batch)));
            sent = OutboxPosition.of(batch.get(batch.size() - 1));
            while (!inFlight.isEmpty() && (inFlight.size() >= MAX_IN_FLIGHT_BATCHES || inFlight.peek().done())) {
                acknowledge(inFlight.poll());
            }
        }
    }

    /** Waits for the oldest batch's acknowledgements, then moves the checkpoint past it. */
    private void acknowledge(InFlightBatch batch) throws Exception {
        try {
            batch.await(ACK_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new KafkaUnavailable(e);
        }
        try {
            hooks.afterSendBeforeCheckpoint(batch.events());
        } catch (RuntimeException simulatedCrash) {
            throw new OutboxRelay.RelayStopped("stopped between send and checkpoint", simulatedCrash);
        }
        leadership.advance(batch.last());
        metrics.publishedTotal.addAndGet(batch.events().size());
    }

    /** Kafka did not take a batch (or its topics): the checkpoint stays, the events wait in the table. */
    static final class KafkaUnavailable extends Exception {
        KafkaUnavailable(Throwable cause) {
            super(cause);
        }
    }
}

package id.desatumis.kit.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** What the relay reports about itself; bound to Micrometer gauges by {@link RelayLifecycle}. */
public final class RelayMetrics {
    final AtomicLong unpublishedEvents = new AtomicLong();
    final AtomicLong oldestUnpublishedAgeMillis = new AtomicLong();
    final AtomicLong oldestOpenTransactionAgeMillis = new AtomicLong();
    final AtomicLong publishedTotal = new AtomicLong();
    final AtomicLong sendFailuresTotal = new AtomicLong();
    final AtomicLong leading = new AtomicLong();
    final AtomicLong parkedStreams = new AtomicLong();
    final AtomicLong unmappableEventsTotal = new AtomicLong();
    /** When the relay's loop last turned (System.nanoTime): a loop blocked somewhere stops moving it. */
    final AtomicLong lastTurnNanos = new AtomicLong(System.nanoTime());

    void turned() {
        lastTurnNanos.set(System.nanoTime());
    }

    /** How long ago the relay's loop last turned (read, waited for a wake-up, retried, or tried to lead). */
    public Duration sinceLastTurn() {
        return Duration.ofNanos(System.nanoTime() - lastTurnNanos.get());
    }

    public long unpublishedEvents() { return unpublishedEvents.get(); }
    public long oldestUnpublishedAgeMillis() { return oldestUnpublishedAgeMillis.get(); }
    public long oldestOpenTransactionAgeMillis() { return oldestOpenTransactionAgeMillis.get(); }
    public long publishedTotal() { return publishedTotal.get(); }
    public long sendFailuresTotal() { return sendFailuresTotal.get(); }
    public boolean leading() { return leading.get() == 1; }
    /** Streams held back because one of their events cannot be mapped (see relay_parked_streams). */
    public long parkedStreams() { return parkedStreams.get(); }
    public long unmappableEventsTotal() { return unmappableEventsTotal.get(); }
}

package id.desatumis.kit.outbox;

import java.util.concurrent.atomic.AtomicLong;

/** What the relay reports about itself; bound to Micrometer gauges by {@link RelayLifecycle}. */
public final class RelayMetrics {
    final AtomicLong unpublishedEvents = new AtomicLong();
    final AtomicLong oldestUnpublishedAgeMillis = new AtomicLong();
    final AtomicLong oldestOpenTransactionAgeMillis = new AtomicLong();
    final AtomicLong publishedTotal = new AtomicLong();
    final AtomicLong sendFailuresTotal = new AtomicLong();
    final AtomicLong leading = new AtomicLong();

    public long unpublishedEvents() { return unpublishedEvents.get(); }
    public long oldestUnpublishedAgeMillis() { return oldestUnpublishedAgeMillis.get(); }
    public long oldestOpenTransactionAgeMillis() { return oldestOpenTransactionAgeMillis.get(); }
    public long publishedTotal() { return publishedTotal.get(); }
    public long sendFailuresTotal() { return sendFailuresTotal.get(); }
    public boolean leading() { return leading.get() == 1; }
}

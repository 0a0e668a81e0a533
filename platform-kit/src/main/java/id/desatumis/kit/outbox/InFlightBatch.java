package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A batch handed to the producer: done when Kafka has acknowledged each of its records, failed at the first refusal. */
final class InFlightBatch {

    private final List<StoredEvent> events;
    private final AtomicInteger unacknowledged;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();

    InFlightBatch(List<StoredEvent> events, int records) {
        this.events = events;
        this.unacknowledged = new AtomicInteger(records);
        if (records == 0) acknowledged.complete(null); // internal events only: nothing to wait for
    }

    /** The streams this batch's mapping parked: recorded before the checkpoint moves past the batch. */
    private volatile List<ParkedStream> parked = List.of();

    List<StoredEvent> events() {
        return events;
    }

    InFlightBatch parking(List<ParkedStream> streams) {
        this.parked = List.copyOf(streams);
        return this;
    }

    List<ParkedStream> parked() {
        return parked;
    }

    OutboxPosition last() {
        return OutboxPosition.of(events.get(events.size() - 1));
    }

    /** Called on the producer's thread for each record. */
    void onAcknowledgement(Exception failure) {
        if (failure != null) {
            acknowledged.completeExceptionally(failure);
        } else if (unacknowledged.decrementAndGet() == 0) {
            acknowledged.complete(null);
        }
    }

    void failed(Exception failure) {
        acknowledged.completeExceptionally(failure);
    }

    boolean done() {
        return acknowledged.isDone();
    }

    void await(Duration wait) throws InterruptedException, ExecutionException, TimeoutException {
        acknowledged.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}

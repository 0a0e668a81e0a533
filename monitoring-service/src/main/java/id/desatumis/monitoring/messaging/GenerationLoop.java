package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.ConsumedEvent.MalformedEvent;
import id.desatumis.kit.inbox.StreamKey;
import id.desatumis.monitoring.messaging.LoopStatus.State;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationScope.LeadLost;
import io.smallrye.mutiny.Uni;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One generation's loop, on its own thread: poll a batch, read it (every part's {@code read}), then apply it through
 * the inbox in one transaction (positions included) while polling and reading the next ({@link BatchInFlight}: the
 * next transaction starts once this one has committed). A failed batch (the database is down) is read again from the
 * stored positions, with whatever was read after it, after a growing pause; a malformed event of a known type stops
 * the loop for good, loudly; the live generation's committed batches tell
 * {@link id.desatumis.monitoring.application.LiveChanges} which desa changed, and a rebuilt generation's tell the
 * supervisor when it may have caught up.
 */
final class GenerationLoop {

    private static final Logger LOG = Logger.getLogger(GenerationLoop.class);

    private final Generation generation;
    private final LoopContext context;
    private volatile boolean live;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile GenerationConsumer consumer;
    private volatile State state = State.STARTING;
    private volatile Instant lastTurnAt = Instant.now();
    private volatile String failure;
    private final AtomicLong recordsApplied = new AtomicLong();
    private final BatchInFlight inFlight = new BatchInFlight();
    private volatile long lag = Long.MAX_VALUE;
    private boolean rewindDue = true;
    private long backoffMillis;

    GenerationLoop(Generation generation, LoopContext context) {
        this.generation = generation;
        this.context = context;
        this.live = generation.state() == Generation.State.LIVE;
        this.backoffMillis = context.settings().backoff().toMillis();
    }

    Generation generation() {
        return generation;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::run, "projection-g" + generation.number());
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the batch under way (committed or not: its positions say which). */
    void stop() {
        running = false;
        GenerationConsumer c = consumer;
        if (c != null) c.wakeup();
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The switch made it the live one (its status says so; its batches see it in their transaction). */
    void becomeLive() {
        live = true;
    }

    LoopStatus status() {
        GenerationConsumer c = consumer;
        return new LoopStatus(generation.number(), state, live, context.lags().of(generation.number()), lastTurnAt,
                c == null ? Map.of() : c.positions(), recordsApplied.get(), failure);
    }

    private void run() {
        try (GenerationConsumer c = new GenerationConsumer(context.settings(), generation.number(), context.parts().topics())) {
            consumer = c;
            while (running) {
                lastTurnAt = Instant.now();
                turn(c);
            }
        } catch (WakeupException stopping) {
            // stop() woke a poll up
        } catch (RuntimeException e) {
            fail(State.STOPPED, e, "generation %d: its loop ends on an unexpected failure");
        } finally {
            inFlight.drain(); // the batch under way commits or not: its positions say which
            if (state != State.STOPPED_MALFORMED) state = State.STOPPED;
            context.lags().forget(generation.number());
        }
    }

    private void turn(GenerationConsumer c) {
        try {
            if (rewindDue) {
                inFlight.drain();
                c.rewind(context.positions().load(generation).await().atMost(Duration.ofSeconds(30)));
                rewindDue = false;
            }
            c.refreshAssignment();
            if (!c.assigned()) { // none of the parts' topics exists yet: nothing to read, nothing behind
                context.lags().measured(generation.number(), 0);
                turned();
                pause(context.settings().pollTimeout().toMillis());
                return;
            }
            ConsumerRecords<String, String> records = c.poll(context.settings().pollTimeout());
            lag = c.measureLag();
            if (records.isEmpty()) inFlight.settleIfDone();
            else apply(c, records);
            context.lags().measured(generation.number(), lag);
            turned();
        } catch (WakeupException e) {
            if (running) throw e;
        } catch (MalformedEvent e) {
            context.metrics().malformed(generation.number());
            fail(State.STOPPED_MALFORMED, e, "generation %d stops on a malformed event; nothing after it is applied "
                    + "until a release reads it (restart the service then)");
            running = false;
        } catch (LeadLost e) {
            fail(State.STOPPED, e, "generation %d: this instance lost the projection lock");
            running = false;
        } catch (RuntimeException e) {
            fail(State.RETRYING, e, "generation %d: a batch failed; it is read again from the stored positions");
            rewindDue = true;
            pause(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, context.settings().maxBackoff().toMillis());
        }
    }

    /** Reads the batch, waits for the one under way to commit, then starts the batch's transaction. */
    private void apply(GenerationConsumer c, ConsumerRecords<String, String> records) {
        GenerationBatch batch = new GenerationBatch(generation, context.parts(), context.writes(), records);
        Uni<Void> transaction = context.inbox().apply(generation.consumer(), records, batch, StreamKey.SOURCE_AND_STREAM);
        inFlight.settle();
        int count = records.count();
        long lagAfter = lag;
        inFlight.start(transaction, () -> committed(c, batch, count, lagAfter));
    }

    private void committed(GenerationConsumer c, GenerationBatch batch, int count, long lagAfter) {
        c.committed(batch.nextOffsets());
        recordsApplied.addAndGet(count);
        if (batch.appliedLive()) context.liveChanges().committed(batch.changedDesa());
        else if (lagAfter <= context.settings().switchLag()) context.caughtUp().run(); // the switch need not wait a tick
    }

    /** A turn without failure: whatever failed before (the database, Kafka) works again. */
    private void turned() {
        state = State.RUNNING;
        failure = null;
        backoffMillis = context.settings().backoff().toMillis();
    }

    private void fail(State newState, Throwable e, String what) {
        state = newState;
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (newState == State.RETRYING) LOG.warnf(what + ": %s", generation.number(), failure);
        else LOG.errorf(e, what, generation.number());
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

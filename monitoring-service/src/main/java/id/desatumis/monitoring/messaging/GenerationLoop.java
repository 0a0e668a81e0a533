package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.ConsumedEvent.MalformedEvent;
import id.desatumis.kit.inbox.StreamKey;
import id.desatumis.monitoring.messaging.LoopStatus.State;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationScope.LeadLost;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One generation's loop, on its own thread: poll a batch, apply it through the inbox in one transaction (positions
 * included), and again. A failed batch (the database is down) is read again from the stored positions, after a
 * growing pause; a malformed event of a known type stops the loop for good, loudly; the live generation's committed
 * batches tell {@link id.desatumis.monitoring.application.LiveChanges} which desa changed.
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
    private volatile long recordsApplied;
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

    /** From now on its committed batches are announced (the switch made it the live one). */
    void becomeLive() {
        live = true;
    }

    LoopStatus status() {
        GenerationConsumer c = consumer;
        return new LoopStatus(generation.number(), state, live, context.lags().of(generation.number()), lastTurnAt,
                c == null ? Map.of() : c.positions(), recordsApplied, failure);
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
            if (state != State.STOPPED_MALFORMED) state = State.STOPPED;
            context.lags().forget(generation.number());
        }
    }

    private void turn(GenerationConsumer c) {
        try {
            if (rewindDue) {
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
            if (!records.isEmpty()) apply(c, records);
            context.lags().measured(generation.number(), c.measureLag());
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

    private void apply(GenerationConsumer c, ConsumerRecords<String, String> records) {
        GenerationBatch batch = new GenerationBatch(generation, context.parts(), context.writes(), records);
        context.inbox().apply(generation.consumer(), records, batch, StreamKey.SOURCE_AND_STREAM).await().indefinitely();
        c.committed(batch.nextOffsets());
        recordsApplied += records.count();
        if (live) context.liveChanges().committed(batch.changedDesa());
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

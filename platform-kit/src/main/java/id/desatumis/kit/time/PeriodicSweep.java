package id.desatumis.kit.time;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A sweep a service runs by schedule (expired pledges, timed-out requests, stranded commitments): one round every
 * interval from {@link #start()} (on StartupEvent) until {@link #stop()} (on ShutdownEvent). The next round is
 * scheduled only once the last has finished, so two never overlap however long one takes; a round that did a full
 * batch ({@link #againAtOnceAfter(int)}) is followed at once, so a backlog drains without waiting an interval per batch.
 * A round that fails is logged and tried again after the interval; one that did something is logged with its count.
 */
public final class PeriodicSweep {

    private final Vertx vertx;
    private final Duration interval;
    private final Supplier<Uni<Integer>> round;
    private final Logger log;
    private final String doneFormat;
    private final String name;
    private int fullBatch = Integer.MAX_VALUE;
    private volatile boolean stopped = true;
    private volatile long timer = -1;

    /**
     * @param round      one round; how many it did
     * @param log        the sweeping class's logger
     * @param doneFormat what a round that did something logs, with its count ({@code "pledges: %d expired"})
     * @param name       what a failed round logs ({@code "pledge expiry"})
     */
    public PeriodicSweep(Vertx vertx, Duration interval, Supplier<Uni<Integer>> round, Logger log, String doneFormat,
                         String name) {
        this.vertx = vertx;
        this.interval = interval;
        this.round = round;
        this.log = log;
        this.doneFormat = doneFormat;
        this.name = name;
    }

    /** A round that did this many is followed at once by the next (a batch's size: more may be waiting). */
    public PeriodicSweep againAtOnceAfter(int batchSize) {
        this.fullBatch = batchSize;
        return this;
    }

    public void start() {
        stopped = false;
        next(interval.toMillis());
    }

    public void stop() {
        stopped = true;
        if (timer >= 0) vertx.cancelTimer(timer);
    }

    private void next(long delayMillis) {
        if (stopped) return;
        timer = vertx.setTimer(Math.max(1, delayMillis), id -> run().subscribe().with(n -> {
            if (n > 0) log.infof(doneFormat, n);
            next(n >= fullBatch ? 1 : interval.toMillis());
        }, e -> {
            log.warnf("%s sweep failed: %s", name, e.getMessage());
            next(interval.toMillis());
        }));
    }

    /** The round, a failure to even start it counted as its failure. */
    private Uni<Integer> run() {
        try {
            return round.get();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }
}

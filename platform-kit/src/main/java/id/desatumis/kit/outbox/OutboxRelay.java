package id.desatumis.kit.outbox;

import id.desatumis.kit.outbox.RelayPipeline.KafkaUnavailable;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Publishes committed events from the events table (the outbox) to Kafka, at least once, each stream in order.
 *
 * <p>One relay leads per database and name ({@link RelayLeadership}). The leader reads past what it has sent
 * ({@link OutboxReader}), maps each batch through the service's catalog and hands it to the producer
 * ({@link OutboxPublisher}) without waiting, so the next batch is read and mapped while this one is in flight
 * ({@link RelayPipeline}). The checkpoint moves past a batch only once Kafka has acknowledged it and every
 * batch before it: a crash between send and checkpoint sends again, and consumers deduplicate. If Kafka is
 * down the events wait in the table and the relay retries from the checkpoint. With nothing to read it sleeps
 * until an append wakes it ({@link OutboxWakeup}) or the poll interval ends. This class is the relay's thread:
 * start, stop, and competing for the lead again after a lost connection.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelaySettings settings;
    private final PublicEventCatalog catalog;
    private final RelayHooks hooks;
    private final RelayMetrics metrics = new RelayMetrics();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Throwable crash;

    public OutboxRelay(RelaySettings settings, PublicEventCatalog catalog, RelayHooks hooks) {
        this.settings = settings;
        this.catalog = catalog;
        this.hooks = hooks;
    }

    public RelayMetrics metrics() {
        return metrics;
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = new Thread(this::run, "outbox-relay-" + settings.name());
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the relay thread still runs (a crash ends it). */
    public boolean alive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /**
     * Whether the relay thread runs and its loop turned within {@code stallAfter}: a thread blocked for longer (on a
     * connection that went silent, say) is alive and useless, and liveness must say so.
     */
    public boolean turning(Duration stallAfter) {
        return alive() && metrics.sinceLastTurn().compareTo(stallAfter) <= 0;
    }

    public Optional<Throwable> crash() {
        return Optional.ofNullable(crash);
    }

    private void run() {
        long backoff = 200;
        while (running) {
            metrics.turned();
            try {
                Optional<RelayLeadership> lead = RelayLeadership.tryLead(settings);
                if (lead.isEmpty()) {
                    Thread.sleep(settings.pollInterval().toMillis());
                    continue;
                }
                backoff = 200;
                try (RelayLeadership leadership = lead.get()) {
                    lead(leadership);
                }
            } catch (RelayStopped e) {
                crash = e.getCause();
                LOG.errorf("outbox relay %s stopped: %s", settings.name(), e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (!running) break;
                LOG.warnf("outbox relay %s lost its database connection (%s); retrying", settings.name(), e.getMessage());
                sleepQuietly(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            } finally {
                metrics.leading.set(0);
            }
        }
    }

    private void lead(RelayLeadership leadership) throws Exception {
        leadership.takeFence();
        OutboxWakeup wakeup = new OutboxWakeup(leadership.connection(), settings.name(), settings.pollInterval());
        RelayPipeline pipeline = new RelayPipeline(leadership,
                new OutboxReader(leadership.connection(), settings.batchSize(), metrics), wakeup, catalog,
                new ParkedStreamsTable(leadership.connection(), settings.name()), hooks, metrics);
        metrics.leading.set(1);
        LOG.infof("outbox relay %s leads (fencing token %d), from %s", settings.name(), leadership.fence(), leadership.checkpoint());
        long kafkaBackoff = 200;
        try {
            while (running) {
                try (OutboxPublisher publisher = openPublisher()) {
                    pipeline.publish(publisher, () -> running);
                    kafkaBackoff = 200;
                } catch (KafkaUnavailable e) {
                    metrics.sendFailuresTotal.incrementAndGet();
                    LOG.warnf("outbox relay %s cannot publish (%s); retrying in %d ms", settings.name(), e.getCause(), kafkaBackoff);
                    Thread.sleep(kafkaBackoff);
                    kafkaBackoff = Math.min(kafkaBackoff * 2, 5_000);
                    metrics.turned();
                    leadership.keepAlive();
                }
            }
        } finally {
            wakeup.leave();
        }
    }

    /** The topics first (so consumers can subscribe before the first event), then a producer. */
    private OutboxPublisher openPublisher() throws KafkaUnavailable, InterruptedException {
        try {
            TopicCreator.ensure(settings.kafkaBootstrap(), catalog.topics(), settings.topicPartitions(), settings.replicationFactor());
            return new OutboxPublisher(settings, catalog.source());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new KafkaUnavailable(e);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the relay thread as a crash would (only a test's hook causes it). */
    static final class RelayStopped extends RuntimeException {
        RelayStopped(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

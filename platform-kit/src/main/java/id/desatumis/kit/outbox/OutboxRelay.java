package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed events from the events table (the outbox) to Kafka.
 *
 * <p>It reads past its checkpoint, in (transaction id, global position) order, only events of transactions
 * below the snapshot horizon ({@code pg_snapshot_xmin}): every transaction there has ended, so no
 * event can still appear behind the checkpoint. It sends with an idempotent producer ({@code acks=all}),
 * waits for every acknowledgement, then moves the checkpoint. A crash between the two sends the batch again:
 * delivery is at least once and consumers deduplicate by event id.
 *
 * <p>One relay is active per database and name: it holds a session advisory lock on a dedicated connection
 * and does all its SQL there; the checkpoint update also carries the fencing token it took when it got the
 * lead, so a relay that lost the lead cannot move it. LISTEN/NOTIFY wakes it, the poll interval is the fallback.
 * If Kafka is down the events wait in the table.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "desatumis_events";

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

    public Optional<Throwable> crash() {
        return Optional.ofNullable(crash);
    }

    private void run() {
        long backoff = 200;
        while (running) {
            try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                c.setAutoCommit(true); // every statement its own short transaction: the relay never holds the horizon
                if (!tryLead(c)) {
                    sleep(settings.pollInterval().toMillis());
                    continue;
                }
                backoff = 200;
                lead(c);
            } catch (RelayStopped e) {
                metrics.leading.set(0);
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

    private boolean tryLead(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            st.setLong(1, settings.advisoryLockKey());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void lead(Connection c) throws Exception {
        Checkpoint checkpoint = takeFence(c);
        try (var st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        metrics.leading.set(1);
        LOG.infof("outbox relay %s leads (fencing token %d), from %s", settings.name(), checkpoint.fence(), checkpoint);
        Producer<String, byte[]> producer = null;
        boolean topicsReady = false;
        long kafkaBackoff = 200;
        long lastMetrics = 0;
        try {
            while (running) {
                if (System.currentTimeMillis() - lastMetrics > 1_000) {
                    updateLagMetrics(c, checkpoint);
                    lastMetrics = System.currentTimeMillis();
                }
                List<StoredEvent> batch = readBatch(c, checkpoint);
                if (batch.isEmpty() && topicsReady) {
                    waitForNotification(c);
                    continue;
                }
                try {
                    if (!topicsReady) {
                        // at the start of the lead, so consumers can subscribe before the first event
                        TopicCreator.ensure(settings.kafkaBootstrap(), catalog.topics(),
                                settings.topicPartitions(), settings.replicationFactor());
                        topicsReady = true;
                        if (batch.isEmpty()) continue;
                    }
                    if (producer == null) producer = newProducer();
                    send(producer, batch);
                    kafkaBackoff = 200;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    // Kafka is unreachable or refused: nothing moves, the events wait in the table
                    metrics.sendFailuresTotal.incrementAndGet();
                    LOG.warnf("outbox relay %s cannot publish (%s); retrying in %d ms", settings.name(), e, kafkaBackoff);
                    closeQuietly(producer);
                    producer = null;
                    topicsReady = false;
                    sleep(kafkaBackoff);
                    kafkaBackoff = Math.min(kafkaBackoff * 2, 5_000);
                    continue;
                }
                try {
                    hooks.afterSendBeforeCheckpoint(batch);
                } catch (RuntimeException simulatedCrash) {
                    throw new RelayStopped("stopped between send and checkpoint", simulatedCrash);
                }
                StoredEvent last = batch.get(batch.size() - 1);
                checkpoint = advance(c, checkpoint, last);
                metrics.publishedTotal.addAndGet(batch.size());
            }
        } finally {
            closeQuietly(producer);
        }
    }

    record Checkpoint(String transactionId, long position, long fence) {
    }

    private Checkpoint takeFence(Connection c) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO outbox_checkpoint (relay_name) VALUES (?) ON CONFLICT (relay_name) DO NOTHING")) {
            ins.setString(1, settings.name());
            ins.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE outbox_checkpoint SET fencing_token = fencing_token + 1, updated_at = now()
                WHERE relay_name = ? RETURNING last_transaction_id::text, last_position, fencing_token""")) {
            st.setString(1, settings.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Checkpoint(rs.getString(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    private List<StoredEvent> readBatch(Connection c, Checkpoint from) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT e.global_position, e.stream_id, e.stream_type, e.version, e.event_id, e.event_type,
                       e.schema_version, e.payload::text, e.metadata::text, e.recorded_at, e.transaction_id::text AS tx,
                       e.hash
                FROM events e
                WHERE (e.transaction_id, e.global_position) > (?::text::xid8, ?)
                  AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY e.transaction_id, e.global_position
                LIMIT ?""")) {
            // ORDER BY names the table's xid8 column: an output column of the same name would be its text,
            // in which "1000" sorts before "738" and a relay would skip events
            st.setString(1, from.transactionId());
            st.setLong(2, from.position());
            st.setInt(3, settings.batchSize());
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getObject(5, java.util.UUID.class), rs.getString(6), rs.getInt(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, java.time.OffsetDateTime.class), rs.getString(11),
                            rs.getBytes(12)));
                }
            }
            return out;
        }
    }

    private void send(Producer<String, byte[]> producer, List<StoredEvent> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Optional<PublicRecord>> mapped = catalog.toPublic(batch);
        for (int i = 0; i < batch.size(); i++) {
            StoredEvent e = batch.get(i);
            Optional<PublicRecord> pub = mapped.get(i);
            if (pub.isEmpty()) continue; // internal event: stored, never published
            PublicRecord r = pub.get();
            var record = new ProducerRecord<String, byte[]>(r.topic(), null, e.streamId(), r.payload(),
                    CloudEventHeaders.of(e, EventStore.parseMetadata(e.metadataJson()), catalog.source(), r.cloudEventType()));
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
    }

    private Checkpoint advance(Connection c, Checkpoint from, StoredEvent last) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE outbox_checkpoint SET last_transaction_id = ?::text::xid8, last_position = ?, updated_at = now()
                WHERE relay_name = ? AND fencing_token = ?""")) {
            st.setString(1, last.transactionId());
            st.setLong(2, last.globalPosition());
            st.setString(3, settings.name());
            st.setLong(4, from.fence());
            if (st.executeUpdate() != 1) {
                // fenced off: go back to standby (the caller reconnects and competes for the lock again)
                throw new IllegalStateException("another relay took the lead (fencing token " + from.fence() + " is stale)");
            }
        }
        return new Checkpoint(last.transactionId(), last.globalPosition(), from.fence());
    }

    private void waitForNotification(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        pg.getNotifications((int) settings.pollInterval().toMillis());
    }

    private void updateLagMetrics(Connection c, Checkpoint from) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(recorded_at)) * 1000, 0)::bigint
                FROM events WHERE (transaction_id, global_position) > (?::text::xid8, ?)""")) {
            st.setString(1, from.transactionId());
            st.setLong(2, from.position());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                metrics.unpublishedEvents.set(rs.getLong(1));
                metrics.oldestUnpublishedAgeMillis.set(rs.getLong(2));
            }
        }
        // the horizon is cluster-wide: any long transaction on the server holds every relay back
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT coalesce(extract(epoch FROM now() - min(xact_start)) * 1000, 0)::bigint
                FROM pg_stat_activity
                WHERE (backend_xid IS NOT NULL OR backend_xmin IS NOT NULL) AND pid <> pg_backend_pid()""")) {
            rs.next();
            metrics.oldestOpenTransactionAgeMillis.set(rs.getLong(1));
        }
    }

    private Producer<String, byte[]> newProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + settings.name()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void closeQuietly(Producer<String, byte[]> producer) {
        if (producer != null) {
            // a stop interrupts the relay thread; the producer still deserves a clean close
            boolean interrupted = Thread.interrupted();
            try {
                producer.close(java.time.Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // a producer that cannot reach Kafka closes anyway
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    private void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
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

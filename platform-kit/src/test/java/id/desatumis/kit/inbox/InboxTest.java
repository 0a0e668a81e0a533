package id.desatumis.kit.inbox;

import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox against the real PostgreSQL and Kafka: records written as a relay writes them, read by a consumer group
 * that commits after each applied batch, as the Kafka connector does.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class InboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String UNUSED = "id.desatumis.kittest.NotForThisProjection.v1";
    /** A producer's next contract version, which this projection does not read yet. */
    private static final String NEXT_VERSION = CountingProjection.COUNTED.replace(".v1", ".v2");

    @Inject
    Pool pool;
    @Inject
    Inbox inbox;
    @Inject
    StreamMarks marks;
    @Inject
    MeterRegistry meters;

    private String topic;
    private String consumer;
    private CountingProjection projection;

    @BeforeEach
    void ownTopicAndConsumer() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        topic = "desatumis.kittest.inbox-" + id + ".v1";
        consumer = "kittest.counting-" + id;
        TopicCreator.ensure(bootstrap(), Set.of(topic), 2, (short) 1);
        pool.query(CountingProjection.TABLE).execute().await().atMost(PATIENCE);
        projection = new CountingProjection(consumer);
    }

    @Test
    void duplicatesInsideOneBatchAndAcrossBatchesAreAppliedOnceAndUnusedTypesMoveTheMark() {
        String a = stream();
        String b = stream();
        send(a, 1, CountingProjection.COUNTED);
        send(a, 2, UNUSED);
        send(a, 1, CountingProjection.COUNTED); // a relay that sent again after a crash
        send(a, 2, UNUSED);
        send(a, 3, CountingProjection.COUNTED);
        send(b, 5, CountingProjection.COUNTED); // published streams have gaps: internal events are never sent
        send(b, 5, CountingProjection.COUNTED);
        send(b, 9, CountingProjection.COUNTED);
        try (BatchReader reader = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(reader, 8);
            assertThat(applied(a)).containsExactly(1L, 3L);
            assertThat(applied(b)).containsExactly(5L, 9L);

            send(a, 2, UNUSED);
            send(a, 3, CountingProjection.COUNTED);
            send(b, 9, CountingProjection.COUNTED);
            send(a, 4, CountingProjection.COUNTED);
            applyAndCommit(reader, 4);
        }
        assertThat(applied(a)).containsExactly(1L, 3L, 4L);
        assertThat(applied(b)).containsExactly(5L, 9L);
        assertThat(mark(a)).isEqualTo(4);
        assertThat(projection.hadTransactionIdBeforeFirstWrite).isFalse();
    }

    @Test
    void eventsOfATypeTheProjectionDoesNotUseAreCountedByConsumerAndType() {
        String a = stream();
        send(a, 1, CountingProjection.COUNTED);
        send(a, 2, UNUSED);
        send(a, 3, UNUSED);
        send(a, 4, NEXT_VERSION);
        try (BatchReader reader = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(reader, 4);
        }
        assertThat(skipped(UNUSED)).isEqualTo(2);
        assertThat(skipped(NEXT_VERSION)).isEqualTo(1);
        assertThat(skipped(CountingProjection.COUNTED)).isZero();
    }

    @Test
    void aStreamWhoseLastEventsAreOfUnusedTypesIsNotAppliedAgainFromThem() {
        String a = stream();
        send(a, 1, CountingProjection.COUNTED);
        send(a, 2, UNUSED);
        try (BatchReader reader = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(reader, 2);
        }
        assertThat(mark(a)).isEqualTo(2);
    }

    @Test
    void aCrashInTheMiddleOfABatchRollsItBackAndTheRedeliveredBatchAppliesEveryEventOnce() {
        String a = stream();
        String b = stream();
        for (int v = 1; v <= 5; v++) {
            send(a, v, CountingProjection.COUNTED);
            send(b, v, CountingProjection.COUNTED);
        }
        projection.failNextBatchAfter(4);
        try (BatchReader crashing = new BatchReader(bootstrap(), consumer, topic)) {
            var batch = crashing.read(10);
            assertThatThrownBy(() -> inbox.apply(consumer, batch, projection).await().atMost(PATIENCE))
                    .hasMessageContaining("crashed in the middle of a batch");
        } // closed without a commit, as a process that died
        assertThat(applied(a)).isEmpty();
        assertThat(applied(b)).isEmpty();
        assertThat(mark(a)).isZero();

        try (BatchReader next = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(next, 10);
        }
        assertThat(applied(a)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(applied(b)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aMonthOldTopicReplayedAfterTheGroupsOffsetsWereLostDoublesNothing() throws Exception {
        String a = stream();
        for (int v = 1; v <= 3; v++) send(a, v, CountingProjection.COUNTED);
        try (BatchReader reader = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(reader, 3);
        }
        // a month on: the group's committed offsets have expired (Kafka keeps them 7 days), the topic is kept forever,
        // and a processed_event inbox pruned after 30 days would have forgotten these events; the marks have not
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.deleteConsumerGroups(List.of(consumer)).all().get();
        }
        pool.preparedQuery("UPDATE consumer_stream_marks SET updated_at = now() - interval '35 days' WHERE consumer = $1")
                .execute(Tuple.of(consumer)).await().atMost(PATIENCE);
        send(a, 4, CountingProjection.COUNTED);
        try (BatchReader replay = new BatchReader(bootstrap(), consumer, topic)) {
            applyAndCommit(replay, 4); // from the start of the topic again
        }
        assertThat(applied(a)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRecordWithoutItsStreamPositionRefusesTheBatchAndNothingIsWritten() {
        String a = stream();
        var fine = record(a, "1", CountingProjection.COUNTED, "{}");
        var withoutSequence = record(a, null, UNUSED, "{}");
        assertThatThrownBy(() -> inbox.apply(consumer, List.of(fine, withoutSequence), projection).await().atMost(PATIENCE))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class).hasMessageContaining("ce_sequence");
        assertThat(applied(a)).isEmpty();
        assertThat(mark(a)).isZero();
    }

    @Test
    void aMalformedEventOfAKnownTypeRefusesTheBatchAndNothingIsWritten() {
        String a = stream();
        var fine = record(a, "1", CountingProjection.COUNTED, "{}");
        var malformed = record(a, "2", CountingProjection.COUNTED, "not json");
        assertThatThrownBy(() -> inbox.apply(consumer, List.of(fine, malformed), projection).await().atMost(PATIENCE))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        assertThat(applied(a)).isEmpty();
        assertThat(mark(a)).isZero();
    }

    private void applyAndCommit(BatchReader reader, int records) {
        inbox.apply(consumer, reader.read(records), projection).await().atMost(PATIENCE);
        reader.commit();
    }

    private String stream() {
        return "ledger-" + UUID.randomUUID();
    }

    private void send(String stream, long sequence, String type) {
        CloudEventSender.send(topic, stream, UUID.randomUUID().toString(), type, "/desatumis/kittest", sequence,
                "{\"stream\":\"" + stream + "\",\"sequence\":" + sequence + "}");
    }

    private ConsumerRecord<String, String> record(String stream, String sequence, String type, String payload) {
        var r = new ConsumerRecord<>(topic, 0, 0L, stream, payload);
        header(r, "ce_id", UUID.randomUUID().toString());
        header(r, "ce_type", type);
        header(r, "ce_subject", stream);
        if (sequence != null) header(r, "ce_sequence", sequence);
        return r;
    }

    private static void header(ConsumerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Long> applied(String stream) {
        return pool.preparedQuery("SELECT sequence FROM inbox_test_applied WHERE consumer = $1 AND stream_id = $2 ORDER BY sequence")
                .execute(Tuple.of(consumer, stream))
                .map(rows -> {
                    List<Long> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getLong(0)));
                    return out;
                }).await().atMost(PATIENCE);
    }

    private long mark(String stream) {
        return marks.of(pool, consumer, stream).await().atMost(PATIENCE);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private double skipped(String type) {
        Counter counter = meters.find("desatumis_consumer_skipped_events").tag("consumer", consumer).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}

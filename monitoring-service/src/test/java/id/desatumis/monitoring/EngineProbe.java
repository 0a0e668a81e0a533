package id.desatumis.monitoring;

import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** What the engine's tests send and look at: the counting part's events, and the live generation's tables. */
final class EngineProbe {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String TOPIC = "desatumis.test.counting.v1";

    private final ProjectionReads reads;

    EngineProbe(ProjectionReads reads) {
        this.reads = reads;
    }

    /** Sends one counting event, as a relay does; returns its id. */
    static String send(String topic, String stream, long sequence, String desa) {
        String id = UUID.randomUUID().toString();
        send(topic, stream, id, sequence, "{\"desaCode\":\"" + desa + "\"}");
        return id;
    }

    static void send(String topic, String stream, String eventId, long sequence, String payload) {
        CloudEventSender.send(topic, stream, eventId, CountingPart.TYPE, "/desatumis/test", sequence, payload);
    }

    /** The events the live generation counted for a stream (0 before the part's first batch). */
    long count(String stream) {
        return testCounts("SELECT coalesce(sum(events), 0)::bigint FROM test_counts WHERE stream_id = $1", stream);
    }

    /** Events the live generation applied out of their stream's order (must stay 0). */
    long outOfOrder(String stream) {
        return testCounts("SELECT coalesce(sum(out_of_order), 0)::bigint FROM test_counts WHERE stream_id = $1", stream);
    }

    long eventsApplied(String topic) {
        return reads.read(tx -> tx.preparedQuery("SELECT coalesce(sum(events_applied), 0)::bigint FROM freshness WHERE topic = $1")
                .execute(Tuple.of(topic)).map(rows -> rows.iterator().next().getLong(0))).await().atMost(PATIENCE);
    }

    /** The live generation's stored positions of a topic, by partition. */
    Map<Integer, Long> positions(String topic) {
        return reads.read(tx -> tx.preparedQuery("SELECT partition, next_offset FROM positions WHERE topic = $1")
                .execute(Tuple.of(topic)).map(rows -> {
                    Map<Integer, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getInteger(0), r.getLong(1)));
                    return out;
                })).await().atMost(PATIENCE);
    }

    /** Whether the live generation has stored every record of the topic as read. */
    boolean caughtUp(String topic) {
        Map<Integer, Long> positions = positions(topic);
        return endOffsets(topic).entrySet().stream()
                .allMatch(e -> e.getValue() == 0 || e.getValue().equals(positions.get(e.getKey())));
    }

    static Map<Integer, Long> endOffsets(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap()))) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<Integer, Long> out = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, end) -> out.put(tp.partition(), end.offset()));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("the end offsets of " + topic + " are not known", e);
        }
    }

    private long testCounts(String sql, String stream) {
        return reads.read(tx -> tx.query("SELECT to_regclass('test_counts') IS NOT NULL").execute()
                .chain(rows -> !rows.iterator().next().getBoolean(0) ? io.smallrye.mutiny.Uni.createFrom().item(0L)
                        : tx.preparedQuery(sql).execute(Tuple.of(stream)).map(r -> r.iterator().next().getLong(0))))
                .await().atMost(PATIENCE);
    }
}

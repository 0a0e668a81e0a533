package id.desatumis.devstack.proof;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads every topic from its beginning to the end offsets at the start of the sweep, as any consumer with read
 * access could: key, value and every header, as text. No consumer group is used, so the sweep commits nothing
 * and disturbs no service's offsets; aborted transactional records are read too (read_uncommitted).
 */
final class TopicDump {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final String bootstrap;

    TopicDump(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    SweepReport sweep(ValueMatcher matcher) {
        SweepReport report = new SweepReport();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : topics()) {
                report.read("topic " + topic);
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Instant deadline = Instant.now().plus(PATIENCE);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    if (Instant.now().isAfter(deadline)) throw new IllegalStateException("cannot read " + topic + " to its end");
                    for (var r : consumer.poll(Duration.ofMillis(500))) {
                        String text = text(r);
                        report.counted(1, text.length());
                        matcher.match("topic " + topic, "partition " + r.partition() + " offset " + r.offset(), text, report);
                    }
                }
            }
        }
        return report;
    }

    private Set<String> topics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // internal topics too (consumer offsets, transaction state): nothing personal may hide there either
            return new TreeSet<>(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(1, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the topics of " + bootstrap, e);
        }
    }

    private static String text(ConsumerRecord<byte[], byte[]> r) {
        StringBuilder sb = new StringBuilder();
        sb.append(utf8(r.key())).append('\t').append(utf8(r.value()));
        for (Header h : r.headers()) sb.append('\t').append(h.key()).append('=').append(utf8(h.value()));
        return sb.toString();
    }

    private static String utf8(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }
}

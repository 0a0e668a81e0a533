package id.desatumis.monitoring.bench;

import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A plain consumer of the registry's topic from its end, beside monitoring's: when each HouseholdRegistered was
 * published (the record's CreateTime, the relay's producer clock) and when a plain consumer had it, to split a
 * command's commit-to-funnel time into the registry's relay, Kafka, and monitoring's batch.
 */
final class RegistryTap implements AutoCloseable {

    /** When the relay sent it (wall clock, ms) and when this consumer had it (this JVM's nanoTime). */
    record Seen(long publishedMillis, long receivedNanos, long receivedMillis) {
    }

    private final Map<String, Seen> byStream = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);

    RegistryTap(String bootstrap) throws InterruptedException {
        consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::run, "bench-registry-tap");
        thread.setDaemon(true);
        thread.start();
        if (!ready.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the registry's topic was not assigned");
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(RegistryTopics.HOUSEHOLD, Duration.ofSeconds(20)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            while (true) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    long nanos = System.nanoTime();
                    Header type = r.headers().lastHeader("ce_type");
                    if (type != null && HouseholdRegisteredV1.CE_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        byStream.putIfAbsent(r.key(), new Seen(r.timestamp(), nanos, System.currentTimeMillis()));
                    }
                }
            }
        } catch (WakeupException closing) {
            // closed
        } finally {
            consumer.close();
        }
    }

    Seen of(String householdId) {
        return byStream.get("household-" + householdId);
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(5_000);
    }
}

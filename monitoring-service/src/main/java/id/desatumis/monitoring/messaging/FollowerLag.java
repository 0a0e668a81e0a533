package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.config.ProjectionSettings;
import id.desatumis.monitoring.persistence.ConsumerLags;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.Generations;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The live generation's lag as an instance that does not run its loop sees it: the topics' end offsets minus the
 * positions the leader stored. Measured now and then, so that this instance's answers carry a lag too.
 */
final class FollowerLag implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FollowerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ProjectionSettings settings;
    private final Generations generations;
    private final GenerationPositions positions;
    private final ConsumerLags lags;
    private final Set<String> topics;
    private KafkaConsumer<String, String> kafka;

    FollowerLag(ProjectionSettings settings, Generations generations, GenerationPositions positions, ConsumerLags lags,
                Set<String> topics) {
        this.settings = settings;
        this.generations = generations;
        this.positions = positions;
        this.lags = lags;
        this.topics = topics;
    }

    void measure() {
        try {
            Optional<Generation> live = generations.live().await().atMost(TIMEOUT);
            if (live.isEmpty()) return;
            Map<TopicPartition, Long> stored = positions.load(live.get()).await().atMost(TIMEOUT);
            List<TopicPartition> partitions = new ArrayList<>();
            kafka().listTopics(TIMEOUT).forEach((topic, infos) -> {
                if (topics.contains(topic)) infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            });
            long lag = 0;
            for (var end : kafka().endOffsets(partitions, TIMEOUT).entrySet()) {
                lag += Math.max(0, end.getValue() - stored.getOrDefault(end.getKey(), 0L));
            }
            lags.measured(live.get().number(), lag);
        } catch (RuntimeException e) {
            LOG.debugf("the live generation's lag is not measured this time: %s", e.getMessage());
        }
    }

    private KafkaConsumer<String, String> kafka() {
        if (kafka == null) {
            kafka = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                    ConsumerConfig.CLIENT_ID_CONFIG, "monitoring-projection-follower",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        }
        return kafka;
    }

    @Override
    public void close() {
        if (kafka != null) kafka.close();
        kafka = null;
    }
}

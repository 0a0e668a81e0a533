package id.desatumis.monitoring.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the platform has digested what was written: every active consumer group on the broker (the other
 * services' consumers: assessment's registry view, assistance's news, partner's saga) at the ends of its partitions,
 * and monitoring's live generation without lag. A rebuild measured while the services still chew on a flood of
 * events would measure the flood.
 */
final class Quiet {

    private static final Duration PATIENCE = Duration.ofMinutes(45);

    private Quiet() {
    }

    static void await(Platform platform, Http http, String token) throws Exception {
        long start = System.nanoTime();
        long lastPrint = 0;
        int notReady = 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka()))) {
            while (true) {
                String down = notReady(platform, http);
                notReady = down == null ? 0 : notReady + 1;
                if (notReady >= 3) throw new IllegalStateException(down);
                Map<String, Long> lags = groupLags(admin);
                Long live = Rebuild.overview(platform, http, token).all().stream().filter(g -> g.state().equals("LIVE"))
                        .findFirst().map(g -> behind(admin, g)).orElse(null);
                long total = lags.values().stream().mapToLong(Long::longValue).sum() + (live == null ? 1 : live);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (total == 0) {
                    System.out.printf("  the platform is quiet after %.0f s (every consumer at the ends; load %s)%n", seconds,
                            Platform.load());
                    return;
                }
                if (seconds - lastPrint >= 30) {
                    lastPrint = (long) seconds;
                    System.out.printf("  %4.0f s: still to consume: monitoring live %s, groups %s (load %s)%n", seconds,
                            live == null ? "?" : live, lags, Platform.load());
                }
                if (seconds > PATIENCE.toSeconds()) throw new IllegalStateException("not quiet within " + PATIENCE + ": " + lags);
                TimeUnit.SECONDS.sleep(3); // other processes' progress: nothing to wait on
            }
        }
    }

    /**
     * Records on the generation's topics past its committed positions (the engine's own lag figure is measured after
     * its last poll, so it can be older than the last records written).
     */
    private static long behind(Admin admin, Generations.Generation g) {
        try {
            Map<TopicPartition, Long> read = new HashMap<>();
            g.positions().forEach(p -> read.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset()));
            long lag = 0;
            for (var e : ends(admin, Topics.of(g)).entrySet()) lag += Math.max(0, e.getValue() - read.getOrDefault(e.getKey(), 0L));
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot measure the live generation's lag", e);
        }
    }

    /** The end offset of every partition of these topics. */
    static Map<TopicPartition, Long> ends(Admin admin, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Set<String> existing = new HashSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        existing.retainAll(topics);
        admin.describeTopics(existing).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** Which service does not answer ready (a consumer stopped on an event it cannot apply, say), or null. */
    private static String notReady(Platform platform, Http http) throws Exception {
        for (int port = 8081; port <= 8085; port++) {
            if (!http.ready("http://127.0.0.1:" + port)) {
                return "the service on port " + port + " is not ready (see deploy/platform logs; curl 127.0.0.1:" + port
                        + "/q/health/ready)";
            }
        }
        return null;
    }

    /** Records not yet consumed by each active group, over its partitions. */
    private static Map<String, Long> groupLags(Admin admin) throws Exception {
        Map<String, Long> lags = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            if (group.state().map(s -> s != ConsumerGroupState.STABLE).orElse(true)) continue;
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : committed.entrySet()) {
                if (e.getValue() != null) lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
            }
            if (lag > 0) lags.put(group.groupId(), lag);
        }
        return lags;
    }
}

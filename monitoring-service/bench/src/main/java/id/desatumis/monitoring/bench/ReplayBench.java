package id.desatumis.monitoring.bench;

import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/**
 * The batched consumer of monitoring's village summary replaying a registry topic from the start, beside a raw
 * baseline measured in the same run on the same broker: a plain KafkaConsumer reading the same topic.
 *
 * <p>Starts devstack, fills the topic with {@code args[0]} events (default 200,000), reads them with the raw consumer,
 * then starts the packaged monitoring-service on an empty database and times its consumer from the first applied
 * batch to the last. Prints both rates, their ratio, and whether the counts are exact (nothing lost, nothing doubled).
 */
public final class ReplayBench {

    private static final String DATABASE = "bench_monitoring";

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int households = events / RegistryTopicFiller.EVENTS_PER_HOUSEHOLD;
        Path root = Path.of(System.getProperty("desatumis.root", ".")).toAbsolutePath().normalize();
        DevStack stack = DevStack.shared();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            // as registry-service creates it: three partitions, kept forever
            admin.createTopics(List.of(new NewTopic(RegistryTopics.HOUSEHOLD, 3, (short) 1)
                    .configs(Map.of("retention.ms", "-1")))).all().get();
        }
        long t = System.nanoTime();
        long sent = RegistryTopicFiller.fill(stack.kafkaBootstrap(), households);
        System.out.printf("topic filled: %,d events (%,d households) in %.1f s%n", sent, households, (System.nanoTime() - t) / 1e9);

        double raw = RawReplay.recordsPerSecond(stack.kafkaBootstrap(), sent);
        System.out.printf("raw KafkaConsumer, from the start:          %,10.0f records/s%n", raw);

        stack.postgres().ensureDatabase(DATABASE);
        try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(DATABASE), stack.postgres().user(),
                stack.postgres().password());
             ServiceProcess service = ServiceProcess.start(root, "monitoring-service", DATABASE, ServiceProcess.keys())) {
            double batched = appliedPerSecond(db, sent);
            System.out.printf("batched consumer (village summary):         %,10.0f events/s%n", batched);
            System.out.printf("ratio batched / raw:                        %10.0f %%%n", 100 * batched / raw);
            long[] counts = totals(db);
            long expectedMembers = (long) households * (RegistryTopicFiller.MEMBERS_REGISTERED
                    + RegistryTopicFiller.EVENTS_PER_HOUSEHOLD - 1);
            System.out.printf("counts: %,d households (expected %,d), %,d members (expected %,d): %s%n", counts[0], households,
                    counts[1], expectedMembers, counts[0] == households && counts[1] == expectedMembers ? "exact" : "WRONG");
        }
        System.exit(0); // the in-JVM broker's threads would keep it alive; devstack stops in its shutdown hook
    }

    /**
     * Events applied per second, from the first applied batch seen to the last event: the service's start-up is not
     * counted, as the raw consumer's is not.
     */
    private static double appliedPerSecond(Connection db, long expected) throws Exception {
        long firstSeen = 0;
        long appliedAtFirst = 0;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            long applied = applied(db);
            long now = System.nanoTime();
            if (applied > 0 && firstSeen == 0) {
                firstSeen = now;
                appliedAtFirst = applied;
            }
            if (applied >= expected) return (applied - appliedAtFirst) / ((now - firstSeen) / 1e9);
            Thread.sleep(20); // sampling a counter another process moves: nothing to wait on instead
        }
        throw new IllegalStateException("the consumer did not apply " + expected + " events within ten minutes");
    }

    private static long applied(Connection db) throws Exception {
        try (var s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(sum(events_applied), 0) FROM projection_status")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException notMigratedYet) {
            return 0;
        }
    }

    private static long[] totals(Connection db) throws Exception {
        try (var s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(sum(households), 0), coalesce(sum(members), 0) FROM village_summary")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        }
    }
}

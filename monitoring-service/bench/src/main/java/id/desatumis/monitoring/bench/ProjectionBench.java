package id.desatumis.monitoring.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * monitoring-service's figures of issue 11, against the platform {@code deploy/platform up --demo} runs from this
 * checkout (every service up, as users have it), each beside raw baselines measured in the same run on the same
 * servers:
 * <ol>
 *   <li>{@code demo}: a full rebuild of every projection from the topics as the demo data left them, in events per
 *   second from the rebuild request to the switch, beside a plain KafkaConsumer reading the same partitions from
 *   offset 0 (before and after the rebuild) and plain INSERTs of as many rows;</li>
 *   <li>{@code latency}: households registered through registry-service's API at {@code --rate} a second (200), and
 *   the p50/p99 time from each one's 201 to its count in the desa's funnel ({@link CommandLatency});</li>
 *   <li>{@code regency}: a synthetic regency ({@code --households}, 100,000 in Sragen's 208 desa, about 5.8 events
 *   each: {@link SyntheticRegency}) written onto the topics as the relays publish, checked in the live funnel, then
 *   rebuilt and measured as the demo's.</li>
 * </ol>
 * {@code profile} (or {@code --profile}) adds, after each measured rebuild, a second one sampled for where its time
 * goes ({@link RebuildProfile}). A load driver, not a test: it asserts no timing; it stops on a wrong count.
 *
 * <p>Arguments: the steps ({@code demo latency regency} by default), {@code --households N}, {@code --seed N},
 * {@code --rate N}, {@code --seconds N} (60 timed), {@code --warmup N} (10), {@code --in-flight N} (400), {@code --profile}.
 */
public final class ProjectionBench {

    private ProjectionBench() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            new Run(Options.of(args)).run();
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status); // the HTTP client's and Kafka's threads would keep the JVM alive
        }
    }

    record Options(List<String> steps, int households, long seed, CommandLatency.Settings latency, boolean profile) {
        static Options of(String[] args) {
            List<String> steps = new ArrayList<>();
            int households = 100_000;
            long seed = 11;
            int rate = 200;
            int seconds = 60;
            int warmup = 10;
            int inFlight = 400;
            boolean profile = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--households" -> households = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--rate" -> rate = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
                    case "--profile", "profile" -> profile = true;
                    case "demo", "latency", "regency" -> steps.add(args[i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (steps.isEmpty()) steps.addAll(List.of("demo", "latency", "regency"));
            return new Options(steps, households, seed, new CommandLatency.Settings(rate, warmup, seconds, inFlight),
                    profile);
        }
    }

    private static final class Run {

        private final Options o;
        private final Platform platform;
        private final Http http = new Http();
        private final String dinsos;

        Run(Options o) throws Exception {
            this.o = o;
            this.platform = Platform.of(Path.of(System.getProperty("desatumis.root", ".")).toAbsolutePath().normalize());
            this.dinsos = platform.dinsos("bench-dinsos");
        }

        void run() throws Exception {
            for (int port = 8081; port <= 8085; port++) {
                if (!http.ready("http://127.0.0.1:" + port)) {
                    throw new IllegalStateException("nothing ready on port " + port + ": `deploy/platform up --demo` first");
                }
            }
            System.out.printf("monitoring-service bench on this machine (%d cores, load %s), every service of deploy/platform "
                    + "up running; steps %s%n", Runtime.getRuntime().availableProcessors(), Platform.load(), o.steps());
            for (String step : o.steps()) {
                switch (step) {
                    case "demo" -> rebuild("demo", "1. full rebuild from the topics as the demo data left them");
                    case "latency" -> latency();
                    default -> regency();
                }
            }
        }

        private void latency() throws Exception {
            System.out.printf("%n3. commit to effect in the desa funnel at %d commands/s%n", o.latency().rate());
            Quiet.await(platform, http, dinsos);
            new CommandLatency(platform, http, dinsos, o.latency()).run();
            System.out.printf("  load average after: %s%n", Platform.load());
        }

        private void regency() throws Exception {
            System.out.printf("%n2. a synthetic regency: %,d households in Sragen's 208 desa%n", o.households());
            Quiet.await(platform, http, dinsos);
            Funnel before = regencyFunnel();
            SyntheticRegency regency = new SyntheticRegency(Sragen.load(platform.root), o.seed());
            long start = System.nanoTime();
            Map<String, Long> byTopic;
            long sent;
            try (TopicWriter out = new TopicWriter(platform.kafka())) {
                regency.write(out, o.households());
                byTopic = out.sentByTopic();
                sent = out.sent();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  written: %,d events in %.1f s (%,.0f/s, one plain idempotent acks=all producer, generation "
                    + "included): %s%n", sent, seconds, sent / seconds, byTopic);
            long waitStart = System.nanoTime();
            Quiet.await(platform, http, dinsos);
            System.out.printf("  the services and monitoring's live generation digested them in %.0f s after the last was "
                    + "acknowledged%n", (System.nanoTime() - waitStart) / 1e9);
            Funnel gained = regencyFunnel().minus(before);
            boolean exact = regency.expected.pairs(gained).stream().allMatch(p -> p[0] == p[1]);
            System.out.printf("  the live regency funnel gained %s%n    expected %s: %s%n", gained, describe(regency.expected),
                    exact ? "exact" : "DIFFERENT");
            rebuild("regency", "2. full rebuild with the synthetic regency on the topics");
        }

        private void rebuild(String label, String title) throws Exception {
            System.out.printf("%n%s%n", title);
            Quiet.await(platform, http, dinsos);
            Funnel before = regencyFunnel();
            List<TopicPartition> partitions;
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka()))) {
                partitions = List.copyOf(Quiet.ends(admin, Topics.of(Rebuild.overview(platform, http, dinsos).live())).keySet());
            }
            String loadBefore = Platform.load();
            RawBaselines.Read rawBefore = RawBaselines.consumer(platform.kafka(), partitions);
            Rebuild.Result r = Rebuild.run(platform, http, dinsos, label, false);
            String loadAfter = Platform.load();
            RawBaselines.Read rawAfter = RawBaselines.consumer(platform.kafka(), partitions);
            double inserts = RawBaselines.inserts(platform, r.records());
            Funnel after = regencyFunnel();
            double raw = (rawBefore.perSecond() + rawAfter.perSecond()) / 2;
            System.out.printf("  records on the topics: %,d %s%n", r.records(), r.byTopic());
            System.out.printf("  rebuild, generation %d, request to switch (startedAt to liveAt): %.2f s  =  %,.0f events/s   "
                    + "(client: %.2f s; first batch committed after %.2f s; %,.0f events/s while applying)%n", r.generation(),
                    r.serverSeconds(), r.perSecond(), r.clientSeconds(), r.firstBatchAfter(), r.applyingPerSecond());
            System.out.printf("  raw KafkaConsumer, same partitions from offset 0: %,.0f records/s before, %,.0f after (%.1f MB)%n",
                    rawBefore.perSecond(), rawAfter.perSecond(), rawAfter.bytes() / 1e6);
            System.out.printf("  raw INSERTs of %,d rows, 5,000 a transaction: %,.0f rows/s%n", r.records(), inserts);
            System.out.printf("  ratios: rebuild / raw consumer %.1f %%, rebuild / raw INSERTs %.1f %%; target 20,000 events/s: %s%n",
                    100 * r.perSecond() / raw, 100 * r.perSecond() / inserts, r.perSecond() >= 20_000 ? "MET" : "NOT met");
            System.out.printf("  CPU during the rebuild: %s%n", CpuUse.describe(r.cpu(), r.clientSeconds()));
            System.out.printf("  load average before %s, after %s; the regency funnel after the switch %s the one before%n",
                    loadBefore, loadAfter, after.equals(before) ? "equals" : "DIFFERS FROM");
            if (!after.equals(before)) System.out.printf("    before %s%n    after  %s%n", before, after);
            if (o.profile()) {
                System.out.println("  where the time goes: a second rebuild, sampled (its rate is not the figure above)");
                Rebuild.Result p = Rebuild.run(platform, http, dinsos, label, true);
                System.out.printf("    profiled rebuild: %,d records in %.2f s = %,.0f events/s; CPU %s%n", p.records(),
                        p.serverSeconds(), p.perSecond(), CpuUse.describe(p.cpu(), p.clientSeconds()));
            }
        }

        private Funnel regencyFunnel() throws Exception {
            return Funnel.of(http.get(platform.monitoring + "/areas/" + Sragen.REGENCY + "/funnel", dinsos));
        }

        private static String describe(SyntheticRegency.Expected e) {
            return String.format("listed %d, assessed %d, foundPoor %d, verifiedPoor %d (extreme %d, poor %d, near %d), "
                            + "allNeedsMet %d; needs identified %d, planned %d, resourced %d, delivered %d, verified %d, "
                            + "disputed %d, closed %d", e.listed, e.assessed, e.foundPoor, e.verifiedPoor, e.extremePoor,
                    e.poor, e.nearPoor, e.allNeedsMet, e.needsIdentified, e.planned, e.resourced, e.delivered, e.verified,
                    e.disputed, e.closed);
        }
    }
}

package id.desatumis.assistance.bench;

import id.desatumis.contracts.assistance.AssistanceTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Interventions per second through plan, resource (the reservation saga through partner-service), deliver and verify,
 * end to end, with 8 clients, against the platform {@code deploy/platform up} runs (every service up, as users have
 * it), over REST and its Kafka, beside raw baselines measured in the same run on the same servers.
 *
 * <p>Setup through public means only: an office, a TKPKD forum's decisions (responsibility, pledge, plans), the office
 * as the regency's lead for the kind and its accepted pledge, in partner-service's API; the households' needs as
 * assessment-service's relay publishes them, until assistance-service lists them. Then each client (one desa each)
 * takes its needs through, keeping up to {@code --window} in flight (see {@link InterventionClient}); a warm-up round
 * first, then the timed one, then the same steps one at a time for all ({@link StageBreakdown}). The CPU each process
 * used is counted from /proc ({@link CpuAccounting}): on a shared machine the rate moves with the others' load, the
 * CPU an intervention costs much less.
 *
 * <p>A load driver, not a test: nothing asserts a timing. Arguments: the number of timed interventions (4,000),
 * {@code --window N} (8 in flight per client), {@code --batch} (deliveries reported with the OPD API's batch),
 * {@code --poll MS} (100: how often a client looks for resourced interventions), {@code --warmup N} (400),
 * {@code --stages N} (half the timed: interventions taken stage by stage; 0 for none).
 */
public final class InterventionBench {

    private static final int CLIENTS = 8;
    private static final int RAW_ROWS = 20_000;
    private static final int RAW_RECORDS = 100_000;
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private InterventionBench() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(Options.of(args));
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status); // the HTTP client's and Kafka's threads would keep it alive
        }
    }

    private record Options(int timed, int warmup, int stages, InterventionClient.Settings settings) {
        static Options of(String[] args) {
            Integer timed = null;
            Integer stages = null;
            int warmup = 400;
            int window = 8;
            int poll = 100;
            boolean batch = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--window" -> window = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--stages" -> stages = Integer.parseInt(args[++i]);
                    case "--poll" -> poll = Integer.parseInt(args[++i]);
                    case "--batch" -> batch = true;
                    default -> timed = Integer.parseInt(args[i]);
                }
            }
            int t = timed == null ? 4_000 : timed;
            return new Options(t / CLIENTS * CLIENTS, warmup / CLIENTS * CLIENTS,
                    (stages == null ? t / 2 : stages) / CLIENTS * CLIENTS,
                    new InterventionClient.Settings(window, Duration.ofMillis(poll), batch));
        }
    }

    private static void run(Options o) throws Exception {
        Path root = Path.of(System.getProperty("desatumis.root", ".")).toAbsolutePath().normalize();
        RunningPlatform platform = RunningPlatform.of(root);
        Rest rest = new Rest();
        requireEveryServiceReady(rest);
        String loadAtStart = RunningPlatform.loadAverage();
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String dinsos = platform.staff("bench-dinsos", "dinsos");

        long setupStart = System.nanoTime();
        ProgrammeSetup.Programme programme = new ProgrammeSetup(rest, platform, run).create(platform);
        List<String> desas = new ArrayList<>();
        for (int d = 1; d <= CLIENTS; d++) desas.add(String.format("%s.%04d", ProgrammeSetup.KECAMATAN, 2000 + d));
        int warm = o.warmup() / CLIENTS;
        int timed = o.timed() / CLIENTS;
        int staged = o.stages() / CLIENTS;
        Map<String, List<UUID>> needs = NeedsAnnouncer.announce(platform, rest, dinsos, desas, warm + timed + staged);
        for (String desa : desas) awaitReferenceData(rest, dinsos, desa, programme, needs.get(desa).get(0));
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        List<InterventionClient> each = new ArrayList<>();
        for (String desa : desas) {
            each.add(new InterventionClient(rest, desa, new InterventionClient.Actors(dinsos,
                    platform.office("bench-office-" + run, programme.opdCode()),
                    platform.villageOperator("bench-operator-" + desa, desa)), programme, o.settings()));
        }
        Clients clients = new Clients(each);
        if (warm > 0) clients.each((client, c) -> client.run(needs.get(desas.get(c)).subList(0, warm)));
        Quiet.await(platform);

        long assistanceBefore = EventStoreFigures.lastPosition(platform, "assistance");
        long partnerBefore = EventStoreFigures.lastPosition(platform, "partner");
        long publishedBefore = published(platform.kafkaBootstrap());
        String loadBefore = RunningPlatform.loadAverage();
        CpuAccounting cpu = new CpuAccounting(root);
        Map<String, Double> cpuBefore = cpu.snapshot();
        long timedStart = System.nanoTime();
        List<Journey> journeys = new ArrayList<>();
        clients.each((client, c) -> client.run(needs.get(desas.get(c)).subList(warm, warm + timed))).forEach(journeys::addAll);
        double timedSeconds = (System.nanoTime() - timedStart) / 1e9;
        Map<String, Double> cpuUsed = CpuAccounting.between(cpuBefore, cpu.snapshot());
        String loadAfter = RunningPlatform.loadAverage();
        Map<String, Long> assistanceEvents = EventStoreFigures.writtenSince(platform, "assistance", assistanceBefore);
        Map<String, Long> partnerEvents = EventStoreFigures.writtenSince(platform, "partner", partnerBefore);
        long publishedDuring = published(platform.kafkaBootstrap()) - publishedBefore;
        double[] storeSaga = EventStoreFigures.plannedToResourced(platform,
                journeys.stream().map(j -> j.interventionId.toString()).toList());

        // the consumes the deliveries asked for are answered after the last verification: let them settle first
        Quiet.await(platform);
        double oneRowInserts = RawBaselines.inserts(platform, RAW_ROWS, CLIENTS, 1);
        RawBaselines.Template template = RawBaselines.lastPublished(platform.kafkaBootstrap(), AssistanceTopics.INTERVENTION);
        double rawProducer = RawBaselines.producer(platform.kafkaBootstrap(), template, RAW_RECORDS);

        double rate = Journey.perSecond(journeys);
        long assistanceTotal = assistanceEvents.values().stream().mapToLong(Long::longValue).sum();
        long partnerTotal = partnerEvents.values().stream().mapToLong(Long::longValue).sum();
        InterventionClient.Settings s = o.settings();
        System.out.printf("assistance-service interventions end to end on this machine (%d cores), against the running "
                        + "platform (every service of deploy/platform up), %,d timed after %,d warm-up, %d clients (one desa "
                        + "each), at most %d in flight per client, resourced looked for every %d ms, deliveries %s "
                        + "(set up through the APIs and Kafka in %.1f s)%n",
                Runtime.getRuntime().availableProcessors(), journeys.size(), o.warmup(), CLIENTS, s.window(),
                s.poll().toMillis(), s.batch() ? "in OPD batches (POST /opd/deliveries)" : "one by one", setupSeconds);
        System.out.printf("  %-52s %,9.1f /s   (%.1f s)%n", "interventions planned → resourced → delivered → verified",
                rate, timedSeconds);
        line("plan (POST /interventions answered)", Journey.Spread.of(journeys, j -> j.planSent, j -> j.planned));
        line("plan to resourced, as the client saw it", Journey.Spread.of(journeys, j -> j.planSent, j -> j.resourced));
        line("  of it the saga: planned to resourced, as stored", Journey.Spread.of(storeSaga));
        line("deliver (delivery answered)", Journey.Spread.of(journeys, j -> j.deliverSent, j -> j.delivered));
        line("verify (verification answered)", Journey.Spread.of(journeys, j -> j.verifySent, j -> j.verified));
        line("end to end, one intervention", Journey.Spread.of(journeys, j -> j.planSent, j -> j.verified));
        System.out.printf("  events written while timed: assistance %,d (%.1f an intervention, %,.0f /s) %s%n",
                assistanceTotal, (double) assistanceTotal / journeys.size(), assistanceTotal / timedSeconds, assistanceEvents);
        System.out.printf("                              partner %,d (%.1f an intervention) %s%n", partnerTotal,
                (double) partnerTotal / journeys.size(), partnerEvents);
        System.out.printf("  records published on %s while timed: %,d (%,.0f /s)%n", AssistanceTopics.INTERVENTION,
                publishedDuring, publishedDuring / timedSeconds);
        System.out.printf("  %-52s %,9.0f rows/s%n", "raw INSERT through JDBC, one row a transaction, 8 writers", oneRowInserts);
        System.out.printf("  %-52s %,9.0f records/s (%d bytes each)%n", "raw Kafka producer, acks=all, same record size",
                rawProducer, template.bytes());
        System.out.printf("  ratios: interventions / raw INSERTs %.1f %%, assistance events / raw INSERTs %.0f %%,"
                        + " published records / raw producer %.1f %%%n", 100 * rate / oneRowInserts,
                100 * assistanceTotal / timedSeconds / oneRowInserts, 100 * publishedDuring / timedSeconds / rawProducer);
        double cpuTotal = CpuAccounting.total(cpuUsed);
        double platformCpu = cpuTotal - cpuUsed.getOrDefault(CpuAccounting.BENCH, 0.0);
        System.out.printf("  CPU while timed: %.1f s of the %.1f s two cores had (%.0f %%); per intervention %.1f ms, %.1f ms of it"
                        + " the platform's: at most %.0f interventions/s on two idle cores with the clients elsewhere%n",
                cpuTotal, 2 * timedSeconds, 100 * cpuTotal / (2 * timedSeconds), 1000 * cpuTotal / journeys.size(),
                1000 * platformCpu / journeys.size(), 2 * journeys.size() / platformCpu);
        System.out.printf("    per intervention by process (ms): %s%n", CpuAccounting.perIntervention(cpuUsed, journeys.size()));
        System.out.printf("  load average (1, 5, 15 min): at start %s; before the timed round %s; after it %s%n",
                loadAtStart, loadBefore, loadAfter);

        if (staged > 0) {
            List<List<UUID>> stagedNeeds = new ArrayList<>();
            for (String desa : desas) stagedNeeds.add(needs.get(desa).subList(warm + timed, warm + timed + staged));
            new StageBreakdown(clients, cpu, platform).run(stagedNeeds);
            System.out.printf("  load average at the end: %s%n", RunningPlatform.loadAverage());
        }
    }

    private static void line(String what, Journey.Spread s) {
        System.out.printf("  %-52s p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms%n", what, s.p50(), s.p99(), s.max());
    }

    /**
     * Waits until assistance-service has read what partner-service recorded for this run (the office as the desa's
     * lead; the pledge and the plan decision, which a plan due yesterday would otherwise be refused for before its
     * date is looked at) and until it lists the need. Nothing is written meanwhile.
     */
    private static void awaitReferenceData(Rest rest, String dinsos, String desa, ProgrammeSetup.Programme programme,
                                           UUID need) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, Object> probe = new HashMap<>();
        probe.put("needId", need.toString());
        probe.put("source", Map.of("type", "PLEDGE", "pledgeId", programme.pledgeId().toString()));
        probe.put("amount", Map.of("units", 1));
        probe.put("dueDate", LocalDate.now(ProgrammeSetup.SRAGEN).minusDays(1).toString());
        probe.put("decisionNumber", programme.planDecision());
        while (true) {
            String lead = rest.get(RunningPlatform.ASSISTANCE_URL + "/responsibility-leads/" + ProgrammeSetup.KIND + "/" + desa,
                    dinsos).path("lead").path("partnerId").asText();
            if (lead.equals(programme.officeId().toString())) {
                Rest.Answer answer = rest.probe(RunningPlatform.ASSISTANCE_URL + "/interventions", dinsos, probe);
                if (answer.status() == 400 && answer.body().contains("due-date-past")) return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("assistance-service did not learn of the office, pledge and decision within " + SETTLE);
            }
            Thread.sleep(200); // another process's progress: nothing to wait on instead
        }
    }

    /** Records on assistance-service's topic so far, over its partitions. */
    private static long published(String bootstrap) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(AssistanceTopics.INTERVENTION, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void requireEveryServiceReady(Rest rest) throws Exception {
        for (int port = 8081; port <= 8085; port++) {
            if (!rest.ready("http://127.0.0.1:" + port)) {
                throw new IllegalStateException("nothing ready on port " + port + ": start every service with `deploy/platform up`");
            }
        }
    }
}

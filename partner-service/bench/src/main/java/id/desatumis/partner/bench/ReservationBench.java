package id.desatumis.partner.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;
import id.desatumis.partner.bench.RoundTrip.Request;
import id.desatumis.partner.bench.RoundTrip.Result;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Reservations answered per second by the packaged partner-service, request event in to answer event out, on the real
 * PostgreSQL and Kafka of devstack: 8 producers write ReservationRequested events (as assistance-service will) over
 * 100 accepted pledges of 25 partners (registered, approved and accepted through the service's API beforehand, as the
 * programme's users do), half naming a pledge, half only the partner; the answers are read from
 * {@code desatumis.partner.reservation.v1}. Loaded (each producer keeps 64 requests unanswered: the rate and the latency
 * of a busy path) and one request at a time per producer (the latency of an idle one). Beside it, in the same run: a
 * raw Kafka round trip of the same records (a plain consumer answering each request on another topic) and plain
 * INSERTs of the answers' rows. Afterwards the units reserved are summed twice: in the service's balances (written with
 * the reservations) and as its query API answers them once its read models have caught up.
 *
 * <p>A load driver, not a test: nothing here asserts a timing. Argument: the number of timed requests (20,000).
 */
public final class ReservationBench {

    private static final int PRODUCERS = 8;
    /** Requests each producer keeps unanswered at most under load (about one consumer poll in all). */
    private static final int WINDOW = 64;
    /** Requests measured one at a time per producer: the latency of a path that is not loaded. */
    private static final int LIGHT = 2_000;
    private static final int PARTNERS = 25;
    private static final int PLEDGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the read models may take to catch up with the reservations once the load has stopped. */
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private ReservationBench() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 20_000);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status); // the in-JVM broker and database keep threads of their own
        }
    }

    private static void run(int requests) throws Exception {
        Path root = Path.of(System.getProperty("desatumis.root", ".")).toAbsolutePath().normalize();
        DevStack stack = DevStack.shared();
        String bootstrap = stack.kafkaBootstrap();
        // as assistance-service will create its topic (three partitions), and the raw baseline's two
        ensureTopics(bootstrap, Set.of(AssistanceTopics.INTERVENTION, RawBaselines.REQUESTS, RawBaselines.ANSWERS));
        String database = "bench_partner_" + System.currentTimeMillis();
        RoundTrip loaded = new RoundTrip(bootstrap, PRODUCERS, WINDOW);
        RoundTrip light = new RoundTrip(bootstrap, PRODUCERS, 1);

        Result raw;
        Result rawLight;
        try (RawBaselines.Responder responder = new RawBaselines.Responder(bootstrap)) {
            loaded.run(rawRequests(2_000), RawBaselines.ANSWERS, r -> r.key()); // warm-up
            raw = loaded.run(rawRequests(requests), RawBaselines.ANSWERS, r -> r.key());
            rawLight = light.run(rawRequests(LIGHT), RawBaselines.ANSWERS, r -> r.key());
        }

        Result service;
        Result serviceLight;
        long reserved;
        long queried;
        double setupSeconds;
        try (ServiceProcess partner = ServiceProcess.start(root, "partner-service", database, ServiceProcess.keys())) {
            ServiceApi api = new ServiceApi(partner.url());
            long setupStart = System.nanoTime();
            PledgeSetup.Pledges pledges = PledgeSetup.create(api, stack.tokens(), PARTNERS, PLEDGES);
            setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            ensureTopics(bootstrap, Set.of(PartnerTopics.RESERVATION)); // the relay made it at start
            loaded.run(reservations(pledges, 2_000), PartnerTopics.RESERVATION, ReservationBench::requestIdOf); // warm-up
            service = loaded.run(reservations(pledges, requests), PartnerTopics.RESERVATION, ReservationBench::requestIdOf);
            serviceLight = light.run(reservations(pledges, LIGHT), PartnerTopics.RESERVATION, ReservationBench::requestIdOf);
            reserved = reservedUnits(stack, database);
            queried = reservedAsQueried(api, stack.tokens().mint("bench-auditor", "auditor", null, null, null), pledges);
        }
        double oneRowInserts = RawBaselines.inserts(stack.postgres(), database, requests, PRODUCERS, 1);
        double batchedInserts = RawBaselines.inserts(stack.postgres(), database, requests, PRODUCERS, 500);

        System.out.printf("partner-service reservations on this machine (%d cores), %,d requests, %d producers, at most %d "
                + "unanswered each, %d pledges of %d partners (set up through the API in %.1f s):%n",
                Runtime.getRuntime().availableProcessors(), requests, PRODUCERS, WINDOW, PLEDGES, PARTNERS, setupSeconds);
        line("reservations, request in to answer out", service);
        line("raw Kafka round trip (plain responder)", raw);
        System.out.printf("  one request at a time per producer (%,d requests, the latency of an unloaded path):%n", LIGHT);
        line("reservations", serviceLight);
        line("raw Kafka round trip", rawLight);
        System.out.printf("  %-44s %,9.0f rows/s%n", "raw INSERT, one row a transaction", oneRowInserts);
        System.out.printf("  %-44s %,9.0f rows/s%n", "raw INSERT, 500 rows a transaction", batchedInserts);
        System.out.printf("  ratios: reservations / raw round trip %.0f %%, / one-row INSERTs %.0f %%, / batched INSERTs %.0f %%%n",
                100 * service.perSecond() / raw.perSecond(), 100 * service.perSecond() / oneRowInserts,
                100 * service.perSecond() / batchedInserts);
        System.out.printf("  latency ratio (p50) under load %.1fx, unloaded %.1fx the raw round trip's%n",
                service.p50Millis() / raw.p50Millis(), serviceLight.p50Millis() / rawLight.p50Millis());
        long expected = requests + 2_000L + LIGHT;
        System.out.printf("  answers: %s; units reserved over all pledges: %,d in the balances, %,d as the query API answers"
                        + " (expected %,d: %s)%n", service.answerTypes(), reserved, queried, expected,
                reserved == expected && queried == expected ? "exact" : "WRONG");
    }

    private static void line(String what, Result r) {
        System.out.printf("  %-44s %,9.0f /s   p50 %7.1f ms   p99 %7.1f ms%n", what, r.perSecond(), r.p50Millis(), r.p99Millis());
    }

    /** Requests of one unit each: even ones name a pledge, odd ones only a partner (its pledge that ends first). */
    private static List<Request> reservations(PledgeSetup.Pledges pledges, int count) throws JsonProcessingException {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String requestId = UUID.randomUUID().toString();
            String intervention = UUID.randomUUID().toString();
            boolean named = i % 2 == 0;
            var payload = new ReservationRequestedV1(requestId, intervention, UUID.randomUUID().toString(), "HOUSE_REPAIR",
                    PledgeSetup.DESA, named ? null : pledges.partners().get(i % PARTNERS).toString(),
                    named ? pledges.pledges().get(i % PLEDGES).toString() : null, null, 1L, Instant.now().toString());
            out.add(new Request(requestId, cloudEvent(AssistanceTopics.INTERVENTION, "intervention-" + intervention,
                    ReservationRequestedV1.CE_TYPE, JSON.writeValueAsString(payload))));
        }
        return out;
    }

    /** The same records (size and headers) to the raw baseline's topic, correlated by their key. */
    private static List<Request> rawRequests(int count) throws JsonProcessingException {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String intervention = "intervention-" + UUID.randomUUID();
            var payload = new ReservationRequestedV1(UUID.randomUUID().toString(), intervention, UUID.randomUUID().toString(),
                    "HOUSE_REPAIR", PledgeSetup.DESA, null, UUID.randomUUID().toString(), null, 1L, Instant.now().toString());
            out.add(new Request(intervention, cloudEvent(RawBaselines.REQUESTS, intervention, ReservationRequestedV1.CE_TYPE,
                    JSON.writeValueAsString(payload))));
        }
        return out;
    }

    private static ProducerRecord<String, String> cloudEvent(String topic, String stream, String type, String payload) {
        var r = new ProducerRecord<>(topic, stream, payload);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", AssistanceTopics.SOURCE,
                        "ce_subject", stream, "ce_time", Instant.now().toString(), "ce_sequence", "1")
                .forEach((name, value) -> r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return r;
    }

    private static String requestIdOf(ConsumerRecord<String, String> answer) {
        return answer.key().substring("reservation-".length());
    }

    /** As assistance-service will find its topic, and the raw baseline its two: three partitions each. */
    private static void ensureTopics(String bootstrap, Set<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw e;
        }
    }

    /**
     * The units reserved over all pledges as {@code GET /pledges/{id}} answers them, once the read models have applied
     * every event (the load has stopped, so nothing new comes after).
     */
    private static long reservedAsQueried(ServiceApi api, String auditor, PledgeSetup.Pledges pledges) throws Exception {
        String first = "/pledges/" + pledges.pledges().get(0);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (api.get(auditor, first).path("freshness").path("eventsBehind").asLong(-1) != 0) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the read models did not catch up within " + CATCH_UP);
            Thread.sleep(200); // polling another process's progress: there is nothing to wait on instead
        }
        long units = 0;
        for (UUID pledge : pledges.pledges()) {
            JsonNode answer = api.get(auditor, "/pledges/" + pledge);
            units += answer.path("reserved").path("units").asLong();
        }
        return units;
    }

    private static long reservedUnits(DevStack stack, String database) throws Exception {
        try (var c = DriverManager.getConnection(stack.postgres().jdbcUrl(database), stack.postgres().user(), stack.postgres().password());
             var rs = c.createStatement().executeQuery("SELECT coalesce(sum(reserved_units), 0) FROM pledge_balances")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

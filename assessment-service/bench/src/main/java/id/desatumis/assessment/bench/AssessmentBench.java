package id.desatumis.assessment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Assessments per second through submit (with classification) and verification, against the packaged
 * assessment-service on a real PostgreSQL and Kafka on this machine. The registry's announcements are written to
 * Kafka first (as registry-service's relay would), so every form meets a known household.
 *
 * <p>Prints: offline batches of 500 (forms/s), single submissions from 8 clients (forms/s), verifications from 8
 * clients (per second), and the whole path (assessments submitted, classified and verified per second).
 */
public final class AssessmentBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DESA = "33.14.07.2003";
    private static final int CLIENTS = 8;

    private AssessmentBench() {
    }

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        Path root = Path.of(System.getProperty("desatumis.root", ".")).toAbsolutePath().normalize();
        DevStack stack = DevStack.shared();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            if (!admin.listTopics().names().get().contains(RegistryTopics.HOUSEHOLD)) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(RegistryTopics.HOUSEHOLD, 3, (short) 1))).all().get();
            }
        }
        try (ServiceProcess service = ServiceProcess.start(root, "assessment-service", "bench_assessment", ServiceProcess.keys())) {
            String dinsos = "Bearer " + stack.tokens().mint("bench-enumerator", "dinsos", null, null, null);
            String verifier = "Bearer " + stack.tokens().mint("bench-verifier", "dinsos", null, null, null);
            List<Map<String, Object>> forms = announce(households);
            awaitView(stack, households);
            int half = households / 2;

            long t0 = System.nanoTime();
            for (int from = 0; from < half; from += 500) {
                JsonNode answer = post(service.url() + "/assessments:batch", dinsos,
                        Map.of("items", forms.subList(from, Math.min(half, from + 500))));
                if (answer.path("counts").path("STORED").asInt() != Math.min(500, half - from)) {
                    throw new IllegalStateException("batch not stored whole: " + answer.path("counts"));
                }
            }
            double batchSeconds = seconds(t0);

            long t1 = System.nanoTime();
            parallel(forms.subList(half, households), f -> expect(201, service.url() + "/assessments", dinsos, f));
            double singleSeconds = seconds(t1);

            long t2 = System.nanoTime();
            parallel(forms, f -> expect(200, service.url() + "/assessments/" + f.get("assessmentId") + "/verification", verifier,
                    Map.of("forumDate", "2026-10-20", "decisionNumber", "BENCH/1")));
            double verifySeconds = seconds(t2);

            System.out.printf("assessment-service on this machine (%d households, %d cores):%n", households,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  submit + classify, batches of 500:        %,8.0f forms/s%n", half / batchSeconds);
            System.out.printf("  submit + classify, single, %d clients:     %,8.0f forms/s%n", CLIENTS, (households - half) / singleSeconds);
            System.out.printf("  verify (NeedsIdentified), %d clients:      %,8.0f verifications/s%n", CLIENTS, households / verifySeconds);
            System.out.printf("  submit, classify and verify, end to end:  %,8.0f assessments/s%n",
                    households / (batchSeconds + singleSeconds + verifySeconds));
        }
        System.exit(0);
    }

    /** Announces households as the registry would, and answers a poor household's form for each. */
    private static List<Map<String, Object>> announce(int households) throws Exception {
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            UUID id = UUID.randomUUID();
            List<HouseholdRegisteredV1.Member> members = new ArrayList<>();
            List<Map<String, Object>> answers = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                UUID member = UUID.randomUUID();
                members.add(new HouseholdRegisteredV1.Member(member.toString(), m == 0 ? "M" : "F", m < 2 ? "25-59" : "7-12", m == 0));
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("memberId", member.toString());
                a.put("ageYears", m < 2 ? 40 : 10);
                if (m >= 2) a.put("schoolEnrolment", m == 3 ? "DROPPED_OUT" : "ENROLLED");
                a.put("healthCover", m == 1 ? "NONE" : "PBI_JKN");
                a.put("workStatus", m == 0 ? "SELF_EMPLOYED" : "NOT_IN_LABOUR_FORCE");
                a.put("disability", false);
                answers.add(a);
            }
            CloudEventSender.send(RegistryTopics.HOUSEHOLD, "household-" + id, UUID.randomUUID().toString(),
                    HouseholdRegisteredV1.CE_TYPE, RegistryTopics.SOURCE, 1, JSON.writeValueAsString(
                            new HouseholdRegisteredV1(id.toString(), DESA, 4, members, Instant.now().toString(), 1)));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("assessmentId", UUID.randomUUID().toString());
            f.put("householdId", id.toString());
            f.put("desaCode", DESA);
            f.put("visitDate", LocalDate.of(2026, 9, 1).plusDays(i % 30).toString());
            f.put("assessor", "bench-enumerator");
            f.put("location", Map.of("latitude", -7.43, "longitude", 111.02));
            f.put("criteriaMet", List.of("C01_FLOOR_AREA", "C02_FLOOR", "C04_TOILET", "C05_ELECTRICITY", "C07_COOKING_FUEL",
                    "C08_PROTEIN", "C09_CLOTHES", "C11_TREATMENT", "C12_HEAD_INCOME", "C14_SAVINGS"));
            f.put("house", Map.of("roof", "DAMAGED", "roofMaterial", "TILE", "walls", "BAD", "wallMaterial", "BAMBOO", "floor", "BAD",
                    "floorMaterial", "EARTH", "floorAreaM2", 24.0, "electricity", "PLN_SHARED", "latrine", "SHARED", "water", "SPRING"));
            f.put("members", answers);
            f.put("desil", 1);
            forms.add(f);
        }
        return forms;
    }

    /** Waits until the service's registry view has every household (the bench reads its database: it is a bench). */
    private static void awaitView(DevStack stack, int households) throws Exception {
        String url = stack.postgres().jdbcUrl("bench_assessment");
        try (var c = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password())) {
            for (int i = 0; i < 1200; i++) {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM registry_household")) {
                    rs.next();
                    if (rs.getLong(1) >= households) return;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the registry view did not fill within two minutes");
    }

    private interface Call {
        void run(Map<String, Object> form) throws Exception;
    }

    private static void parallel(List<Map<String, Object>> forms, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (Map<String, Object> f : forms) {
            work.add(pool.submit(() -> {
                call.run(f);
                return null;
            }));
        }
        for (Future<?> w : work) w.get();
        pool.shutdown();
    }

    private static void expect(int status, String url, String token, Object body) throws Exception {
        HttpResponse<String> r = send(url, token, body);
        if (r.statusCode() != status) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }

    private static JsonNode post(String url, String token, Object body) throws Exception {
        HttpResponse<String> r = send(url, token, body);
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(String url, String token, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

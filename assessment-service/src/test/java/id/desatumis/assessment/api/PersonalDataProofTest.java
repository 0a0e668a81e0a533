package id.desatumis.assessment.api;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.devstack.proof.Finding;
import id.desatumis.devstack.proof.PersonalDataSweep;
import id.desatumis.devstack.proof.PersonalValues;
import id.desatumis.devstack.proof.SweepReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The proof of erasure (issue 12, item 4) for assessment-service: a household's forms with distinctive values in
 * every free field (the house's position, the assessor, the reasons of needs added and struck, what to check on a
 * return, a rejection's reason) go through every feature that stores them (a form held for a household the
 * registry has not announced yet, then recorded; needs changed; returned, rejected, verified; one person's own
 * erasure); the registry's erasure arrives on Kafka as its relay sends it; then no table of the service's database,
 * no Kafka topic and no line of its log holds any of the values, in clear or in base64. The access purpose, kept in
 * clear by design in the personal-data access log, is the sweep's positive control.
 */
@QuarkusTest
@TestProfile(PersonalDataProofTest.LogToFile.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class PersonalDataProofTest {

    /** The service's log goes to a file for this test, so the sweep can read every line it wrote. */
    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    static final Path LOG = Path.of("target/proof-assessment.log");
    private static final String DESA = "33.14.05.2005";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pool pool;

    private final PersonalValues v = new PersonalValues();
    private final String purpose = v.control("access purpose", "verifikasi musdes");

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    @Test
    void afterErasureNoTableTopicOrLogLineHoldsAnyOfTheAssessmentsValues() {
        v.add("name word", v.word());
        String latitude = v.add("latitude", "-7." + digits(9) + (1 + RANDOM.nextInt(9)));
        String longitude = v.add("longitude", "111." + digits(9) + (1 + RANDOM.nextInt(9)));
        String assessor = v.name("assessor", "Sri");
        var h = new Registry.Household(UUID.randomUUID(), DESA, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        // a form for a household the registry has not announced yet is held, then recorded when it is announced
        var held = form(h, "2026-09-01", latitude, longitude, assessor);
        String a = (String) held.get("assessmentId");
        submit(held).statusCode(202);
        Registry.announce(h, UUID.randomUUID());
        Registry.awaitStanding(pool, h.id(), "ACTIVE");
        await().atMost(Registry.PATIENCE).untilAsserted(() -> read("/assessments/" + a).statusCode(200)
                .body("status", equalTo("SUBMITTED")));

        // needs changed with reasons, then returned to the village with what to check
        String member = h.members().get(0).toString();
        post("/assessments/" + a + "/needs", Map.of("kind", "SKILLS_TRAINING", "memberId", member,
                "reason", v.text("need reason", "Pak Sukarjo baru di-PHK dari pabrik"))).statusCode(200);
        post("/assessments/" + a + "/struck-needs", Map.of("kind", "SKILLS_TRAINING", "memberId", member,
                "reason", v.text("struck need reason", "Pak Sukarjo sudah ikut pelatihan"))).statusCode(200);
        post("/assessments/" + a + "/return", Map.of("whatToCheck", v.text("what to check", "luas lantai rumah Bu Ngatini")))
                .statusCode(200);

        // a second visit rejected with a reason, a third verified by the village forum
        var second = form(h, "2026-09-02", latitude, longitude, assessor);
        submit(second).statusCode(201);
        post("/assessments/" + second.get("assessmentId") + "/rejection",
                Map.of("reason", v.text("rejection reason", "keluarga Sukarjo pindah ke Solo"))).statusCode(200);
        var third = form(h, "2026-09-03", latitude, longitude, assessor);
        submit(third).statusCode(201);
        post("/assessments/" + third.get("assessmentId") + "/verification",
                Map.of("forumDate", "2026-10-20", "decisionNumber", "12")).statusCode(200);
        awaitPublished(h.id(), "NeedsIdentified");

        // positive controls: the API opens the values; the sweep finds the access purpose kept in clear
        read("/assessments/" + a).statusCode(200).body(containsString(latitude.substring(0, 8)));
        read("/households/" + h.id() + "/assessments").statusCode(200);
        SweepReport before = sweep();
        System.out.println("assessment proof, before erasure: " + before.summary() + "\n" + lines(before.findings()));
        assertThat(before.findings(f -> f.label().equals("control: access purpose"))).isNotEmpty();

        // the person's own erasure, then the household's, as the registry's relay sends them
        Registry.erasePerson(pool, h, h.members().get(2), 2);
        Registry.erase(pool, h);
        read("/assessments/" + a).statusCode(404);

        SweepReport after = sweep();
        System.out.println("assessment proof, after erasure: " + after.summary() + "\n  read: " + after.sources() + "\n"
                + lines(after.findings()));
        assertThat(after.sources()).anyMatch(s -> s.startsWith("table ")).anyMatch(s -> s.startsWith("topic "))
                .anyMatch(s -> s.startsWith("log "));
        assertThat(after.findings(f -> f.label().equals("control: access purpose") && f.source().contains("personal_data_access")))
                .as("the access purpose, kept in clear").isNotEmpty();
        assertThat(after.findings(f -> !f.isControl())).as("personal values left after erasure").isEmpty();
    }

    private Map<String, Object> form(Registry.Household h, String visit, String latitude, String longitude, String assessor) {
        Map<String, Object> f = Forms.form(UUID.randomUUID(), h, 10, true, visit);
        f.put("assessor", assessor);
        f.put("location", Map.of("latitude", Double.parseDouble(latitude), "longitude", Double.parseDouble(longitude)));
        return f;
    }

    private static ValidatableResponse submit(Map<String, Object> form) {
        return given().header("Authorization", Auth.operator(DESA)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(form).post("/assessments").then();
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private ValidatableResponse read(String path) {
        return given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", purpose).get(path).then();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(RANDOM.nextInt(10));
        return sb.toString();
    }

    /** Waits until the relay has published this event of the household, so the topics are swept complete. */
    private static void awaitPublished(UUID household, String type) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                TopicRecords.withKey(AssessmentTopics.ASSESSMENT, "assessment-" + household, 1, Duration.ofSeconds(60)).stream()
                        .anyMatch(r -> String.valueOf(TopicRecords.header(r, "ce_type")).contains("." + type + ".")));
    }

    private SweepReport sweep() {
        var pg = DevStack.shared().postgres();
        var sweep = new PersonalDataSweep(v);
        return sweep.database(pg.jdbcUrl("assessment"), pg.user(), pg.password())
                .and(sweep.kafka(DevStack.shared().kafkaBootstrap())).and(sweep.log(LOG));
    }

    private static String lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add("  " + f));
        return String.join("\n", out);
    }
}

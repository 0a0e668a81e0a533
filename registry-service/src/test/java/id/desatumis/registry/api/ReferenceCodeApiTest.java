package id.desatumis.registry.api;

import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.ReferenceCodes;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.registry.api.HouseholdLifecycleApiTest.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.registry.api.HouseholdLifecycleApiTest.post;
import static id.desatumis.registry.api.HouseholdLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A household's reference code over REST and Kafka: given at registration, read by those who print it (and recorded),
 * replaced by Dinas Sosial when lost, refused to everyone else; on Kafka only its hash, never the code.
 */
@QuarkusTest
class ReferenceCodeApiTest {

    private static final String PRINTED = "([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    static Response read(String token, String household) {
        return given().header("Authorization", token).get("/households/" + household + "/reference-code");
    }

    static String code(String household) {
        return read(Auth.dinsos(), household).then().statusCode(200).extract().path("referenceCode");
    }

    @Test
    void everyNewHouseholdHasACodeItsVillagePrintsAndEveryReadIsRecorded() {
        Registered h = register(People.DESA_A);
        Response r = given().header("Authorization", Auth.operator(People.DESA_A))
                .header("X-Access-Purpose", "cetak tanda terima").get("/households/" + h.id() + "/reference-code");
        r.then().statusCode(200).header("ETag", "\"2\"").body("householdId", equalTo(h.id()))
                .body("issuedAt", notNullValue());
        String printed = r.path("referenceCode");
        assertThat(printed).matches(PRINTED);
        assertThat(ReferenceCodes.normalise(printed)).isPresent();
        assertThat(code(h.id())).isEqualTo(printed);

        given().header("Authorization", Auth.role("auditor")).get("/audit/personal-data-access?householdId=" + h.id())
                .then().statusCode(200).body("[0].action", equalTo("reference-code")).body("[0].actor", equalTo("staf-dinsos"))
                .body("[1].action", equalTo("reference-code")).body("[1].purpose", equalTo("cetak tanda terima"))
                .body("[1].actor", equalTo("operator-" + People.DESA_A));

        // in the event store the code is sealed under the household's key; its hash is all that is plain
        String canonical = ReferenceCodes.normalise(printed).orElseThrow();
        String stored = storedPayloads(h.id());
        assertThat(stored).doesNotContain(canonical, printed).contains(ReferenceCodes.hash(canonical));
    }

    @Test
    void onlyDinasSosialAndTheHouseholdsOwnOperatorReadItAndOnlyDinasSosialReplacesIt() {
        Registered h = register(People.DESA_A);
        read(Auth.operator(People.DESA_B), h.id()).then().statusCode(404).contentType("application/problem+json");
        for (String role : List.of("partner", "opd", "tkpkd", "auditor")) {
            read(Auth.role(role), h.id()).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
            post(Auth.role(role), "/households/" + h.id() + "/reference-code", Map.of("reason", "hilang"))
                    .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        post(Auth.operator(People.DESA_A), "/households/" + h.id() + "/reference-code", Map.of("reason", "hilang"))
                .then().statusCode(403);
        given().get("/households/" + h.id() + "/reference-code").then().statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "hilang"))
                .post("/households/" + h.id() + "/reference-code").then().statusCode(401);
        // nothing of it changed the household, and no refused read was recorded
        read(Auth.dinsos(), h.id()).then().header("ETag", "\"2\"");
        given().header("Authorization", Auth.role("auditor")).get("/audit/personal-data-access?householdId=" + h.id())
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aLostCodeIsReplacedTheOldOneIsNoLongerTheHouseholdsAndOnlyHashesArePublished() {
        Registered h = register(People.DESA_A);
        String old = code(h.id());
        post(Auth.dinsos(), "/households/" + h.id() + "/reference-code", Map.of("reason", "kartu hilang saat banjir"))
                .then().statusCode(200).header("ETag", "\"3\"").body("version", equalTo(3))
                .body("householdId", equalTo(h.id()));
        String fresh = code(h.id());
        assertThat(fresh).matches(PRINTED).isNotEqualTo(old);
        String oldHash = ReferenceCodes.hash(ReferenceCodes.normalise(old).orElseThrow());
        String freshHash = ReferenceCodes.hash(ReferenceCodes.normalise(fresh).orElseThrow());

        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(RegistryTopics.HOUSEHOLD, "household-" + h.id(), 3, WAIT);
        List<ConsumerRecord<String, String>> issued = records.stream()
                .filter(r -> HouseholdReferenceCodeIssuedV1.CE_TYPE.equals(TopicRecords.header(r, "ce_type"))).toList();
        assertThat(issued).extracting(r -> TopicRecords.header(r, "ce_sequence")).containsExactly("2", "3");
        assertThat(issued).extracting(r -> JsonPath.from(r.value()).getString("referenceCodeHash"))
                .containsExactly(oldHash, freshHash);
        for (ConsumerRecord<String, String> r : issued) {
            Map<String, Object> payload = JsonPath.from(r.value()).getMap("$");
            assertThat(payload).containsOnlyKeys("householdId", "desaCode", "referenceCodeHash", "issuedAt")
                    .containsEntry("householdId", h.id()).containsEntry("desaCode", People.DESA_A);
        }
        StringBuilder everything = new StringBuilder();
        records.forEach(r -> {
            everything.append(r.value());
            r.headers().forEach(header -> everything.append(new String(header.value(), StandardCharsets.UTF_8)));
        });
        for (String code : List.of(old, fresh)) {
            assertThat(everything.toString()).doesNotContain(code, ReferenceCodes.normalise(code).orElseThrow());
        }
    }

    @Test
    void aReplacementNeedsAReasonAndAHouseholdThatCanHaveOne() {
        Registered h = register(People.DESA_A);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .post("/households/" + h.id() + "/reference-code").then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("required"));
        post(Auth.dinsos(), "/households/" + h.id() + "/reference-code", Map.of()).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/required"))
                .body("errors[0].field", equalTo("reason"));
        post(Auth.dinsos(), "/households/" + h.id() + "/reference-code", Map.of("reason", "x".repeat(501))).then()
                .statusCode(400).body("errors[0].rule", equalTo("max-length"));
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "hilang")).post("/households/" + h.id() + "/reference-code").then()
                .statusCode(412).body("currentVersion", equalTo(2));
        for (String unknown : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            read(Auth.dinsos(), unknown).then().statusCode(404);
            post(Auth.dinsos(), "/households/" + unknown + "/reference-code", Map.of("reason", "hilang")).then().statusCode(404);
        }
        read(Auth.dinsos(), h.id()).then().header("ETag", "\"2\"");

        // replayed, not issued twice
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "hilang")).post("/households/" + h.id() + "/reference-code")
                    .then().statusCode(200).header("ETag", "\"3\"");
        }

        Registered erased = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + erased.id() + "/erasure", Map.of("legalBasis", "UU 27/2022")).then().statusCode(200);
        read(Auth.dinsos(), erased.id()).then().statusCode(409).body("type", equalTo("/problems/household-erased"));
        post(Auth.dinsos(), "/households/" + erased.id() + "/reference-code", Map.of("reason", "hilang")).then()
                .statusCode(409).body("type", equalTo("/problems/household-erased"));

        Registered survivor = register(People.DESA_A);
        Registered duplicate = register(People.DESA_A);
        post(Auth.dinsos(), "/households/" + survivor.id() + "/merges",
                Map.of("duplicateId", duplicate.id(), "reason", "didaftarkan dua kali")).then().statusCode(200);
        read(Auth.dinsos(), duplicate.id()).then().statusCode(409).body("type", equalTo("/problems/household-merged"))
                .body("mergedInto", equalTo(survivor.id()));
        read(Auth.dinsos(), survivor.id()).then().statusCode(200);
    }

    @Test
    void erasureDestroysTheCode() {
        Registered h = register(People.DESA_A);
        String canonical = ReferenceCodes.normalise(code(h.id())).orElseThrow();
        post(Auth.dinsos(), "/households/" + h.id() + "/erasure", Map.of("legalBasis", "UU 27/2022")).then().statusCode(200);
        String history = given().header("Authorization", Auth.dinsos()).get("/households/" + h.id() + "/history")
                .then().statusCode(200).body("[1].type", equalTo("ReferenceCodeIssued")).extract().asString();
        assertThat(history).doesNotContain(canonical);
        assertThat(storedPayloads(h.id())).doesNotContain(canonical);
    }

    @Test
    void aHouseholdSplitOffGetsACodeOfItsOwn() {
        Registered h = register(People.DESA_A);
        String fresh = post(Auth.dinsos(), "/households/" + h.id() + "/splits", Map.of("kkNumber", People.kk(),
                "desaCode", People.DESA_A, "address", "Dukuh Baru RT 05",
                "members", List.of(Map.of("memberId", h.members().get(2), "relationship", "HEAD"))))
                .then().statusCode(201).extract().path("householdId");
        assertThat(code(fresh)).matches(PRINTED).isNotEqualTo(code(h.id()));
    }

    private String storedPayloads(String household) {
        return pool.preparedQuery("SELECT string_agg(payload::text, ' ') FROM events WHERE stream_id = $1")
                .execute(Tuple.of("household-" + household)).map(rows -> rows.iterator().next().getString(0))
                .await().atMost(Duration.ofSeconds(10));
    }
}

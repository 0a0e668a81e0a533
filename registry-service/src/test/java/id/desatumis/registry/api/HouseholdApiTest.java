package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class HouseholdApiTest {

    @Inject
    Pool pool;

    static Response register(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/households");
    }

    long events() {
        return pool.query("SELECT count(*) FROM events").execute()
                .map(r -> r.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void aRegisteredHouseholdIsCreatedReadableAndPublishedWithoutPersonalData() {
        var body = People.household(People.DESA_A);
        Response created = register(Auth.operator(People.DESA_A), body);
        // version 2: registered, and its reference code issued
        created.then().statusCode(201).header("ETag", "\"2\"").header("Location", notNullValue())
                .body("version", equalTo(2));
        String id = created.jsonPath().getString("householdId");
        assertThat(created.header("Location")).endsWith("/households/" + id);

        @SuppressWarnings("unchecked")
        var head = ((List<Map<String, Object>>) body.get("members")).get(0);
        given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("desaCode", equalTo(People.DESA_A))
                .body("kkNumber", equalTo(body.get("kkNumber")))
                .body("members.nik", hasItem(head.get("nik")))
                .body("members[0].ageBand", equalTo("25-59"));
        // an office sees the household without personal data
        given().header("Authorization", Auth.role("opd")).get("/households/" + id).then().statusCode(200)
                .body("kkNumber", nullValue()).body("address", nullValue())
                .body("members[0].nik", nullValue()).body("members[0].name", nullValue())
                .body("members[0].birthDate", nullValue()).body("members[0].sex", equalTo("M"));

        ConsumerRecord<String, String> record = readRecord("household-" + id);
        String everything = record.value() + headersOf(record);
        assertThat(everything).contains(id).contains(People.DESA_A).contains("\"memberCount\":3");
        assertThat(everything).doesNotContain((String) head.get("nik"), (String) head.get("name"),
                (String) body.get("kkNumber"), (String) head.get("birthDate"), "Dukuh Krajan");
        assertThat(header(record, "ce_type")).isEqualTo("id.desatumis.registry.HouseholdRegistered.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/desatumis/registry");
        assertThat(header(record, "ce_subject")).isEqualTo("household-" + id);
        assertThat(header(record, "ce_sequence")).isEqualTo("1");
        assertThat(header(record, "ce_correlationid")).isEqualTo(created.header("X-Correlation-Id"));
        assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void theEventStoreHoldsPersonalFieldsOnlySealedUnderTheirSubjectsKeys() {
        var body = People.household(People.DESA_A);
        String id = register(Auth.dinsos(), body).then().statusCode(201).extract().jsonPath().getString("householdId");
        @SuppressWarnings("unchecked")
        var head = ((List<Map<String, Object>>) body.get("members")).get(0);
        String stored = pool.preparedQuery("SELECT payload::text FROM events WHERE stream_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of("household-" + id))
                .map(r -> r.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(10));
        assertThat(stored).contains("enc:v1:" + id).contains("enc:v1:");
        assertThat(stored).doesNotContain((String) head.get("nik"), (String) head.get("name"), (String) head.get("birthDate"),
                (String) body.get("kkNumber"), "Dukuh Krajan");
        long keys = pool.query("SELECT count(*) FROM subject_keys WHERE wrapped_key IS NOT NULL").execute()
                .map(r -> r.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
        assertThat(keys).isGreaterThanOrEqualTo(4); // the household and its three members
    }

    @Test
    void theActorIsRecordedInTheEventMetadata() {
        String id = register(Auth.dinsos(), People.household(People.DESA_B)).then().statusCode(201)
                .extract().jsonPath().getString("householdId");
        String metadata = pool.preparedQuery("SELECT metadata::text FROM events WHERE stream_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of("household-" + id))
                .map(r -> r.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(10));
        assertThat(metadata).contains("\"sub\": \"staf-dinsos\"").contains("\"role\": \"dinsos\"");
    }

    @Test
    void anInvalidNikIsRefusedNamingTheFieldAndTheRuleAndNothingIsWritten() {
        var body = People.household(People.DESA_A);
        @SuppressWarnings("unchecked")
        var wife = ((List<Map<String, Object>>) body.get("members")).get(1);
        String badNik = "3314070208830001"; // a man's day on a woman
        wife.put("nik", badNik);
        long before = events();
        register(Auth.dinsos(), body).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/nik-sex-mismatch"))
                .body("errors[0].field", equalTo("members[1].nik"))
                .body("errors[0].rule", equalTo("nik-sex-mismatch"))
                .body("correlationId", notNullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(badNik)));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnknownDesaIsRefused() {
        var body = People.household("33.14.07.2999");
        long before = events();
        register(Auth.dinsos(), body).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/desa-unknown"))
                .body("errors[0].field", equalTo("desaCode")).body("errors[0].rule", equalTo("desa-unknown"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNikHeldByAnotherLivingPersonIsAConflictNamingTheHolderToDinsosOnly() {
        var first = People.household(People.DESA_A);
        String holder = register(Auth.dinsos(), first).then().statusCode(201).extract().jsonPath().getString("householdId");
        @SuppressWarnings("unchecked")
        String takenNik = (String) ((List<Map<String, Object>>) first.get("members")).get(2).get("nik");

        var second = People.household(People.DESA_A);
        @SuppressWarnings("unchecked")
        var child = ((List<Map<String, Object>>) second.get("members")).get(2);
        child.put("nik", takenNik);
        child.put("birthDate", "2012-01-30");
        child.put("sex", "F");
        long before = events();
        register(Auth.dinsos(), second).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/nik-already-registered"))
                .body("errors[0].field", equalTo("members[2].nik"))
                .body("holdingHouseholdIds", hasItem(holder));
        register(Auth.operator(People.DESA_A), second).then().statusCode(409)
                .body("errors[0].field", equalTo("members[2].nik"))
                .body("holdingHouseholdIds", nullValue());
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anOperatorCannotRegisterInAnotherVillageNorSeeItsHouseholds() {
        long before = events();
        register(Auth.operator(People.DESA_A), People.household(People.DESA_B)).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/outside-village-scope"));
        assertThat(events()).isEqualTo(before);

        String inB = register(Auth.dinsos(), People.household(People.DESA_B)).then().statusCode(201)
                .extract().jsonPath().getString("householdId");
        given().header("Authorization", Auth.operator(People.DESA_A)).get("/households/" + inB).then().statusCode(404);
        given().header("Authorization", Auth.operator(People.DESA_B)).get("/households/" + inB).then().statusCode(200);
    }

    @Test
    void aStaleIfMatchIs412AndAFreshOneIsAccepted() {
        String id = register(Auth.dinsos(), People.household(People.DESA_A)).then().statusCode(201)
                .extract().jsonPath().getString("householdId");
        var baby = People.member("CHILD", "M", LocalDate.now().minusMonths(2));
        baby.remove("nik");
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(baby).post("/households/" + id + "/members")
                .then().statusCode(200).header("ETag", "\"3\"");
        var another = People.member("OTHER_RELATIVE", "F", LocalDate.of(1950, 2, 3));
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(another).post("/households/" + id + "/members")
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", "\"3\"").body("currentVersion", equalTo(3));
        given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().body("memberCount", equalTo(4));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        var body = People.household(People.DESA_A);
        String key = UUID.randomUUID().toString();
        Response first = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/households");
        first.then().statusCode(201);
        long after = events();
        Response again = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/households");
        again.then().statusCode(201).header("Location", first.header("Location")).header("ETag", "\"2\"")
                .header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getString("householdId")).isEqualTo(first.jsonPath().getString("householdId"));
        assertThat(events()).isEqualTo(after);

        given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(People.household(People.DESA_A)).post("/households")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() {
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body("{\"kkNumber\": [1,2")
                .post("/households").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body("{\"members\": 7}")
                .post("/households").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("members"));
        given().header("Authorization", Auth.dinsos()).get("/households/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void problemTypesAndRegionsArePublic() {
        given().get("/problems/nik-already-registered").then().statusCode(200).body("status", equalTo(409));
        given().get("/regions/kecamatan").then().statusCode(200).body("size()", equalTo(20));
        given().get("/regions/kecamatan/33.14.07/desa").then().statusCode(200).body("code", hasItem("33.14.07.2003"));
    }

    private static ConsumerRecord<String, String> readRecord(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("desatumis.registry.household.v1"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) return r;
                }
            }
        }
        throw new AssertionError("no record for " + key + " on the topic");
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String headersOf(ConsumerRecord<String, String> r) {
        List<String> out = new ArrayList<>();
        r.headers().forEach(h -> out.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8)));
        return String.join(";", out);
    }
}

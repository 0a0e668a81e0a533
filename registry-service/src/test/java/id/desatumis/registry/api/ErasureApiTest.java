package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Erasure end to end: register, read, erase; then nothing in the service shows the name or NIK, and the chain holds. */
@QuarkusTest
class ErasureApiTest {

    /** The subject's key, when it has one (an erased subject keeps its row, with no key). */
    private static final String LIVE_KEYS =
            "SELECT count(*) FROM subject_keys WHERE wrapped_key IS NOT NULL AND subject_id = $1::text::uuid";

    @Inject
    Pool pool;

    @Test
    void anErasedHouseholdCanNeverBeReadAgainWhileItsEventsAndTheirChainRemain() {
        var body = People.household(People.DESA_A);
        String id = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/households")
                .then().statusCode(201).extract().jsonPath().getString("householdId");
        @SuppressWarnings("unchecked")
        var head = ((List<Map<String, Object>>) body.get("members")).get(0);
        String name = (String) head.get("name");
        String nik = (String) head.get("nik");
        given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().body("members[0].name", equalTo(name));

        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "x")).post("/households/" + id + "/erasure").then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of())
                .post("/households/" + id + "/erasure").then().statusCode(400).body("type", equalTo("/problems/required"));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "UU 27/2022 Pelindungan Data Pribadi: permintaan subjek data"))
                .post("/households/" + id + "/erasure").then().statusCode(200).header("ETag", "\"3\"");

        // no endpoint shows it
        String view = given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().statusCode(200)
                .body("erased", equalTo(true)).body("memberCount", equalTo(0)).extract().asString();
        assertThat(view).doesNotContain(name, nik, (String) body.get("kkNumber"));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("kkNumber", People.kk(), "reason", "x")).post("/households/" + id + "/kk-number")
                .then().statusCode(409).body("type", equalTo("/problems/household-erased"));

        // the events remain and the chain verifies; no key, lookup or idempotency record holds the person
        assertThat(count("SELECT count(*) FROM events WHERE stream_id = $1", "household-" + id)).isEqualTo(3);
        given().header("Authorization", Auth.role("auditor")).get("/audit/event-store/verification").then()
                .statusCode(200).body("intact", equalTo(true));
        assertThat(count(LIVE_KEYS, id)).isZero();
        assertThat(count("SELECT count(*) FROM erasures WHERE subject_id = $1::text::uuid AND legal_basis LIKE 'UU 27/2022%'", id)).isOne();
        assertThat(count("SELECT count(*) FROM person_identity WHERE household_id = $1::text::uuid", id)).isZero();
        assertThat(count("SELECT count(*) FROM household_index WHERE household_id = $1::text::uuid", id)).isZero();
        String everything = pool.query("SELECT coalesce(string_agg(payload::text, ' '), '') FROM events").execute()
                .map(r -> r.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(10))
                + pool.query("SELECT coalesce(string_agg(coalesce(response_body, ''), ' '), '') FROM idempotency_keys").execute()
                .map(r -> r.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(10));
        assertThat(everything).doesNotContain(nik, name);

        // the NIK and KK number are free: the lookups held nothing
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(201);

        // Kafka: the erasure is published, and no record of the household ever carried the name or NIK
        List<String> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            records.clear();
            records.addAll(recordsOf("household-" + id));
            return records.stream().anyMatch(r -> r.contains("HouseholdErased"));
        });
        assertThat(String.join("\n", records)).doesNotContain(nik, name);
    }

    @Test
    void erasingASurvivorErasesEveryHouseholdMergedIntoItAndTheirPeople() {
        var survivor = HouseholdLifecycleApiTest.register(People.DESA_A);
        var body = People.household(People.DESA_A);
        body.put("address", "Dukuh Kembar RT 09 RW 11 " + UUID.randomUUID().toString().substring(0, 6));
        @SuppressWarnings("unchecked")
        var members = (List<Map<String, Object>>) body.get("members");
        members.get(1).put("birthDate", "1961-02-17");
        members.get(1).put("nik", People.nik("F", LocalDate.of(1961, 2, 17))); // a NIK carries the birth date
        var registered = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body)
                .post("/households").then().statusCode(201).extract().jsonPath();
        String duplicate = registered.getString("householdId");
        List<String> duplicatesPeople = registered.getList("memberIds");
        String reason = "Bu Sarmi mendaftar dua kali, " + UUID.randomUUID();
        HouseholdLifecycleApiTest.post(Auth.dinsos(), "/households/" + survivor.id() + "/merges",
                Map.of("duplicateId", duplicate, "reason", reason)).then().statusCode(200);
        // staff's free text about the family is sealed with its other fields, never stored in clear
        assertThat(count("SELECT count(*) FROM events WHERE payload::text LIKE '%' || $1 || '%'", reason)).isZero();
        List<String> personal = new ArrayList<>(List.of((String) body.get("kkNumber"), (String) body.get("address"),
                "1961-02-17", reason));
        members.forEach(m -> {
            personal.add((String) m.get("nik"));
            personal.add((String) m.get("name"));
        });
        String before = given().header("Authorization", Auth.dinsos()).get("/households/" + duplicate + "/history").asString();
        assertThat(before).contains((String) body.get("kkNumber"), (String) body.get("address"), reason);

        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "UU 27/2022 Pelindungan Data Pribadi: permintaan subjek data"))
                .post("/households/" + survivor.id() + "/erasure").then().statusCode(200);

        String history = given().header("Authorization", Auth.dinsos()).get("/households/" + duplicate + "/history")
                .then().statusCode(200).extract().asString();
        String view = given().header("Authorization", Auth.dinsos()).get("/households/" + duplicate).asString();
        for (String value : personal) {
            assertThat(history + view).as("the merged household's %s", value).doesNotContain(value);
        }
        assertThat(count(LIVE_KEYS, duplicate)).isZero();
        for (String person : duplicatesPeople) {
            assertThat(count(LIVE_KEYS, person)).isZero();
        }
    }

    @Test
    void onePersonIsErasedEverywhereWhileTheHouseholdGoesOn() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        String child = h.members().get(2);
        @SuppressWarnings("unchecked")
        var childRow = ((List<Map<String, Object>>) h.body().get("members")).get(2);
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "x")).post("/households/" + h.id() + "/members/" + child + "/erasure")
                .then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "permintaan orang tua, UU 27/2022"))
                .post("/households/" + h.id() + "/members/" + child + "/erasure").then().statusCode(200)
                .header("ETag", "\"3\"");
        String view = given().header("Authorization", Auth.dinsos()).get("/households/" + h.id()).then().statusCode(200)
                .body("memberCount", equalTo(2)).extract().asString();
        assertThat(view).doesNotContain((String) childRow.get("nik"), (String) childRow.get("name"));
        assertThat(count(LIVE_KEYS, child)).isZero();
        assertThat(count("SELECT count(*) FROM person_identity WHERE member_id = $1::text::uuid", child)).isZero();
        assertThat(count("SELECT count(*) FROM person_names WHERE member_id = $1::text::uuid", child)).isZero();
        String history = given().header("Authorization", Auth.dinsos()).get("/households/" + h.id() + "/history")
                .then().statusCode(200).body("[2].type", equalTo("PersonErased")).extract().asString();
        assertThat(history).doesNotContain((String) childRow.get("name"));
        given().header("Authorization", Auth.role("auditor")).get("/audit/event-store/verification").then()
                .body("intact", equalTo(true));
    }

    private long count(String sql, String param) {
        return pool.preparedQuery(sql).execute(Tuple.of(param)).map(r -> r.iterator().next().getLong(0))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static List<String> recordsOf(String key) {
        List<String> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "erasure-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("desatumis.registry.household.v1"));
            long deadline = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (!key.equals(r.key())) continue;
                    StringBuilder sb = new StringBuilder(r.value());
                    r.headers().forEach(h -> sb.append(' ').append(h.key()).append('=')
                            .append(new String(h.value(), StandardCharsets.UTF_8)));
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }
}

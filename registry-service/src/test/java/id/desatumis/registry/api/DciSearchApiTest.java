package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The DCI Social Registry sync search: what an office may learn, what Dinas Sosial gets, and what is refused. */
@QuarkusTest
class DciSearchApiTest {

    static Map<String, Object> envelope(List<Map<String, Object>> requests) {
        return Map.of(
                "signature", "",
                "header", Map.of("version", "1.0.0", "message_id", "m-1", "message_ts", "2026-11-27T10:00:00Z",
                        "action", "search", "sender_id", "dinkes-sragen", "receiver_id", "desatumis-registry",
                        "total_count", requests.size(), "is_msg_encrypted", false),
                "message", Map.of("transaction_id", "t-1", "search_request", requests));
    }

    static Map<String, Object> byId(String ref, String type, String value) {
        return Map.of("reference_id", ref, "timestamp", "2026-11-27T10:00:00Z",
                "search_criteria", Map.of("version", "1.0.0", "reg_type", "ns:org:RegistryType:Social",
                        "query_type", "idtype-value", "query", Map.of("type", type, "value", value)));
    }

    @Test
    void anOfficeLearnsOnlyWhetherAPersonIsRegisteredWhereAndTheHouseholdsStatus() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        given().header("Authorization", Auth.role("opd")).contentType(ContentType.JSON)
                .body(envelope(List.of(byId("r1", "NIK", h.nik(0)), byId("r2", "NIK", "3314071111110001"),
                        byId("r3", "PASSPORT", "X1"))))
                .post("/registry/sync/search").then().statusCode(200)
                .body("header.action", equalTo("on-search")).body("header.status", equalTo("part"))
                .body("header.receiver_id", equalTo("dinkes-sragen")).body("message.transaction_id", equalTo("t-1"))
                .body("message.search_response[0].reference_id", equalTo("r1"))
                .body("message.search_response[0].status", equalTo("succ"))
                .body("message.search_response[0].data.reg_records[0].household_id", equalTo(h.id()))
                .body("message.search_response[0].data.reg_records[0].desa_code", equalTo(People.DESA_A))
                .body("message.search_response[0].data.reg_records[0].household_status", equalTo("active"))
                .body("message.search_response[0].data.reg_records[0].household", nullValue())
                .body("message.search_response[1].data.reg_records.size()", equalTo(0))
                .body("message.search_response[2].status", equalTo("rjct"))
                .body("message.search_response[2].status_reason_code", equalTo("rjct.id_type.invalid"));
    }

    @Test
    void dinasSosialGetsTheFullRecordByKk() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(envelope(List.of(byId("k1", "KK", (String) h.body().get("kkNumber")))))
                .post("/registry/sync/search").then().statusCode(200).body("header.status", equalTo("succ"))
                .body("message.search_response[0].data.reg_records[0].household.members[0].nik", equalTo(h.nik(0)));
    }

    @Test
    void othersAreRefusedAndABrokenEnvelopeIsAProblem() {
        given().header("Authorization", Auth.role("partner")).contentType(ContentType.JSON)
                .body(envelope(List.of(byId("r1", "NIK", "3314071111110001")))).post("/registry/sync/search")
                .then().statusCode(403);
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(envelope(List.of(byId("r1", "NIK", "3314071111110001")))).post("/registry/sync/search")
                .then().statusCode(403);
        given().header("Authorization", Auth.role("opd")).contentType(ContentType.JSON)
                .body(Map.of("message", Map.of())).post("/registry/sync/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("header"));
    }
}

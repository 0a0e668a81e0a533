package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.registry.api.DciSearchApiTest.byId;
import static id.desatumis.registry.api.DciSearchApiTest.envelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * An office's DCI search once left no trace: it could test a hundred NIK or KK numbers a request and learn who is
 * registered. Every lookup by every caller is now traced (by keyed hash), the auditor reads the trace, and a caller
 * past its allowance a minute is refused with 429.
 */
@QuarkusTest
class LookupTraceApiTest {

    static final String TRACE = "/audit/identifier-lookups";

    @Test
    void everyLookupOfAnOfficeIsTracedFoundOrNotAndTheTraceNamesNoNumber() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        String office = "opd-" + UUID.randomUUID();
        String unknown = "3314071111119" + String.format("%03d", (int) (Math.random() * 1000));
        given().header("Authorization", token(office, "opd")).contentType(ContentType.JSON)
                .body(envelope(List.of(byId("r1", "NIK", h.nik(0)), byId("r2", "NIK", unknown),
                        byId("r3", "KK", (String) h.body().get("kkNumber")))))
                .post("/registry/sync/search").then().statusCode(200);

        Response trace = given().header("Authorization", Auth.role("auditor")).get(TRACE + "?actor=" + office);
        trace.then().statusCode(200).body("$", hasSize(3)).body("role", everyItem(equalTo("opd")))
                .body("action", everyItem(equalTo("dci-search")));
        assertThat(trace.jsonPath().getList("identifierType", String.class)).containsExactlyInAnyOrder("NIK", "NIK", "KK");
        assertThat(trace.jsonPath().getList("found", Boolean.class)).containsExactlyInAnyOrder(true, false, true);
        assertThat(trace.asString()).doesNotContain(h.nik(0), unknown, (String) h.body().get("kkNumber"));

        // who looked up this NIK: the auditor gives the number, the trace holds only its keyed hash
        given().header("Authorization", Auth.role("auditor")).get(TRACE + "?nik=" + unknown).then().statusCode(200)
                .body("actor", everyItem(equalTo(office))).body("found", everyItem(equalTo(false)))
                .body("$", hasSize(1));
    }

    @Test
    void aSearchOfDinasSosialIsTracedToo() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        String staff = "dinsos-" + UUID.randomUUID();
        given().header("Authorization", token(staff, "dinsos")).contentType(ContentType.JSON)
                .body(Map.of("kkNumber", h.body().get("kkNumber"))).post("/households/search").then().statusCode(200);
        given().header("Authorization", Auth.role("auditor")).get(TRACE + "?actor=" + staff).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].identifierType", equalTo("KK")).body("[0].found", equalTo(true))
                .body("[0].householdId", equalTo(h.id())).body("[0].action", equalTo("search"));
    }

    @Test
    void aCallerPastItsAllowanceIsRefusedWith429AndRetryAfter() {
        String office = token("opd-" + UUID.randomUUID(), "opd");
        List<Map<String, Object>> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) hundred.add(byId("r" + i, "NIK", String.format("3314071111%06d", i)));
        // the test profile allows 250 a minute: the third request of a hundred is past it, unless the minute turned
        // between two requests, which can happen once in six
        Response refused = null;
        for (int attempt = 0; attempt < 6 && refused == null; attempt++) {
            Response r = given().header("Authorization", office).contentType(ContentType.JSON).body(envelope(hundred))
                    .post("/registry/sync/search");
            if (r.statusCode() == 429) refused = r;
            else assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThat(refused).as("a request past the allowance").isNotNull();
        refused.then().contentType("application/problem+json").body("type", equalTo("/problems/too-many-requests"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void onlyTheAuditorReadsTheTraceAndItsParametersAreChecked() {
        given().get(TRACE).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Auth.dinsos(), Auth.role("opd"), Auth.role("tkpkd"), Auth.operator(People.DESA_A))) {
            given().header("Authorization", token).get(TRACE).then().statusCode(403);
        }
        given().header("Authorization", Auth.role("auditor")).get(TRACE + "?nik=123&size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("nik", "size"));
    }

    private static String token(String subject, String role) {
        return "Bearer " + DevStack.shared().tokens().mint(subject, role, null, "DINKES", null);
    }
}

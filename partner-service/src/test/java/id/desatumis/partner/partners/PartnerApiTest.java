package id.desatumis.partner.partners;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.desatumis.partner.partners.Partners.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Registering, suspending and reinstating partners: the answers, the directory, the actor recorded. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PartnerApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    PartnerDirectory directory;

    @Test
    void dinasSosialRegistersAPartnerAndGetsItBackWithItsVersion() {
        Response r = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Partners.csr())
                .post("/partners");
        r.then().statusCode(201).header("ETag", "\"1\"")
                .body("type", equalTo("CSR")).body("name", equalTo("Bank Jateng Cabang Sragen"))
                .body("opdCode", nullValue()).body("contactRole", equalTo("Pemimpin Cabang"))
                .body("status", equalTo("ACTIVE")).body("version", equalTo(1));
        String id = r.jsonPath().getString("partnerId");
        assertThat(r.header("Location")).isEqualTo("/partners/" + id);
        var entry = directory.find(pool, UUID.fromString(id)).await().atMost(PATIENCE);
        assertThat(entry.active()).isTrue();
        assertThat(entry.name()).isEqualTo("Bank Jateng Cabang Sragen");
    }

    @Test
    void tkpkdRegistersAnOpdUnderItsOfficeCodeWhichItsTokensActFor() {
        String code = Partners.opdCode();
        String id = Partners.register(Auth.tkpkd(), Partners.opd(code));
        var entry = directory.byOpdCode(pool, code).await().atMost(PATIENCE);
        assertThat(entry.partnerId()).hasToString(id);
    }

    @Test
    void anOpdNeedsItsOfficeCodeAndNoOtherTypeHasOne() {
        var opd = Partners.opd(null);
        post(Auth.dinsos(), "/partners", opd).statusCode(400).body("type", equalTo("/problems/opd-code-required"))
                .body("errors[0].field", equalTo("opdCode"));
        var csr = Partners.csr();
        csr.put("opdCode", Partners.opdCode());
        post(Auth.dinsos(), "/partners", csr).statusCode(400).body("type", equalTo("/problems/opd-code-refused"))
                .body("errors[0].field", equalTo("opdCode"));
    }

    @Test
    void anOfficeCodeIsRegisteredOnce() {
        String code = Partners.opdCode();
        Partners.register(Auth.dinsos(), Partners.opd(code));
        post(Auth.tkpkd(), "/partners", Partners.opd(code)).statusCode(409)
                .body("type", equalTo("/problems/opd-code-taken")).body("errors[0].field", equalTo("opdCode"));
    }

    @Test
    void ofConcurrentRegistrationsOfOneOfficeCodeExactlyOneSucceeds() {
        String code = Partners.opdCode();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(CompletableFuture.supplyAsync(() -> given().header("Authorization", Auth.dinsos())
                    .contentType(ContentType.JSON).body(Partners.opd(code)).post("/partners").statusCode()));
        }
        List<Integer> statuses = all.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        post(Auth.dinsos(), "/partners", Partners.opd(code)).statusCode(409).body("type", equalTo("/problems/opd-code-taken"));
    }

    @Test
    void aPartnerIsSuspendedAndReinstatedWithAReasonEachOnlyFromTheOtherState() {
        String id = Partners.register(Auth.dinsos(), Partners.csr());
        String path = "/partners/" + id;
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("reason", "no report for two quarters")).post(path + "/suspension")
                .then().statusCode(200).header("ETag", "\"2\"").header("Location", path)
                .body("status", equalTo("SUSPENDED")).body("version", equalTo(2));
        assertThat(directory.find(pool, UUID.fromString(id)).await().atMost(PATIENCE).active()).isFalse();
        post(Auth.tkpkd(), path + "/suspension", Map.of("reason", "again")).statusCode(409)
                .body("type", equalTo("/problems/partner-already-suspended"));
        post(Auth.tkpkd(), path + "/reinstatement", Map.of("reason", "reports delivered")).statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("ACTIVE"));
        assertThat(directory.find(pool, UUID.fromString(id)).await().atMost(PATIENCE).active()).isTrue();
        post(Auth.dinsos(), path + "/reinstatement", Map.of("reason", "again")).statusCode(409)
                .body("type", equalTo("/problems/partner-not-suspended"));
    }

    @Test
    void aPartnerNotRegisteredIsNotFound() {
        post(Auth.dinsos(), "/partners/" + UUID.randomUUID() + "/suspension", Map.of("reason", "r")).statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        post(Auth.dinsos(), "/partners/not-a-uuid/reinstatement", Map.of("reason", "r")).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        String id = Partners.register(Auth.dinsos(), Partners.csr());
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "r")).post("/partners/" + id + "/suspension")
                .then().statusCode(412).header("ETag", "\"1\"").body("currentVersion", equalTo(1));
        given().header("Authorization", Auth.dinsos()).header("If-Match", "seven").contentType(ContentType.JSON)
                .body(Map.of("reason", "r")).post("/partners/" + id + "/suspension")
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "r")).post("/partners/" + id + "/suspension").then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstRegistrationAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        var body = Partners.opd(Partners.opdCode());
        Response first = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/partners");
        first.then().statusCode(201);
        Response again = given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/partners");
        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
        assertThat(again.jsonPath().getString("partnerId")).isEqualTo(first.jsonPath().getString("partnerId"));
        given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Partners.csr()).post("/partners").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void everyChangeRecordsWhoMadeIt() {
        String id = Partners.register(Auth.tkpkd(), Partners.csr());
        post(Auth.dinsos(), "/partners/" + id + "/suspension", Map.of("reason", "r")).statusCode(200);
        var rows = pool.preparedQuery("SELECT metadata->'actor'->>'sub' AS actor, metadata->'actor'->>'role' AS role FROM events "
                        + "WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of("partner-" + id)).await().atMost(PATIENCE);
        List<String> actors = new ArrayList<>();
        rows.forEach(row -> actors.add(row.getString("actor") + "/" + row.getString("role")));
        assertThat(actors).containsExactly("sekretariat-tkpkd/tkpkd", "staf-dinsos/dinsos");
    }
}

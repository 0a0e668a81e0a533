package id.desatumis.partner.pledges;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.desatumis.partner.pledges.Offers.accepted;
import static id.desatumis.partner.pledges.Offers.command;
import static id.desatumis.partner.pledges.Offers.houses;
import static id.desatumis.partner.pledges.Offers.offered;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * POST /pledges/{id}/withdrawal: the partner (or Dinas Sosial for it) takes back only what is neither reserved,
 * consumed nor withdrawn. The pledge here holds Rp50 million and 10 houses; reservations are set on its balance.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeWithdrawalApiTest {

    @Inject
    Pool pool;

    private static Map<String, Object> taking(Long rupiah, Long units) {
        Map<String, Object> body = new HashMap<>();
        if (rupiah != null) body.put("rupiah", rupiah);
        if (units != null) body.put("units", units);
        body.put("reason", "budget moved to the next year");
        return body;
    }

    private static Map<String, Object> entire() {
        return Map.of("entire", true, "reason", "the programme in these villages is covered");
    }

    @Test
    void thePartnerWithdrawsPartOfTheUnreservedRemainder() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        Fixtures.reserve(pool, pledge, 10_000_000L, 4);
        command(Auth.partner(partner), pledge, "withdrawal", taking(40_000_000L, 6L)).statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("ACCEPTED"))
                .body("balance.reserved.units", equalTo(4))
                .body("balance.withdrawn.units", equalTo(6))
                .body("balance.withdrawn.rupiah", equalTo(40_000_000))
                .body("balance.remaining.units", equalTo(0))
                .body("balance.remaining.rupiah", equalTo(0));
    }

    @Test
    void moreThanTheUnreservedRemainderIsRefusedNamingWhatRemains() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        Fixtures.reserve(pool, pledge, 0, 7);
        command(Auth.partner(partner), pledge, "withdrawal", taking(null, 4L)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/withdrawal-exceeds-remainder"))
                .body("errors[0].field", equalTo("units"))
                .body("remainingUnits", equalTo(3))
                .body("remainingRupiah", equalTo(50_000_000));
        command(Auth.partner(partner), pledge, "withdrawal", taking(50_000_001L, null)).statusCode(409)
                .body("errors[0].field", equalTo("rupiah"));
        command(Auth.partner(partner), pledge, "withdrawal", taking(null, 3L)).statusCode(200)
                .body("balance.remaining.units", equalTo(0));
    }

    @Test
    void concurrentWithdrawalsNeverTakeMoreThanRemains() throws Exception {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        String token = Auth.partner(partner);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(threads.submit(() -> {
                    var r = command(token, pledge, "withdrawal", taking(null, 3L)).extract();
                    return r.statusCode() == 200 ? "withdrawn" : r.path("type");
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> a : answers) outcomes.add(a.get(30, TimeUnit.SECONDS));
            // 10 houses: three withdrawals of 3 fit, the others find too little left under the pledge's lock
            String refused = "/problems/withdrawal-exceeds-remainder";
            assertThat(outcomes).containsExactlyInAnyOrder("withdrawn", "withdrawn", "withdrawn", refused, refused);
        } finally {
            threads.shutdownNow();
        }
        command(token, pledge, "withdrawal", taking(null, 1L)).statusCode(200)
                .body("balance.withdrawn.units", equalTo(10)).body("balance.remaining.units", equalTo(0));
    }

    @Test
    void entireWithdrawsAllThatRemainsAndClosesThePledgeWhatIsReservedStays() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        Fixtures.reserve(pool, pledge, 5_000_000L, 2);
        command(Auth.partner(partner), pledge, "withdrawal", entire()).statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("balance.reserved.units", equalTo(2))
                .body("balance.reserved.rupiah", equalTo(5_000_000))
                .body("balance.withdrawn.units", equalTo(8))
                .body("balance.withdrawn.rupiah", equalTo(45_000_000))
                .body("balance.remaining.units", equalTo(0));
        command(Auth.partner(partner), pledge, "withdrawal", entire()).statusCode(409)
                .body("type", equalTo("/problems/pledge-closed"));
    }

    @Test
    void anOfficeWithdrawsItsOwnAndDinasSosialOnAPartnersBehalf() {
        String opd = "DISNAKER-" + UUID.randomUUID();
        UUID office = Fixtures.office(pool, opd);
        UUID pledge = offered(Auth.opd(opd), office, houses());
        command(Auth.opd(opd), pledge, "withdrawal", taking(1_000_000L, null)).statusCode(200)
                .body("status", equalTo("OFFERED"))
                .body("balance.remaining.rupiah", equalTo(49_000_000));
        command(Auth.dinsos(), pledge, "withdrawal", entire()).statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aWithdrawalSaysWhyAndNamesWholeAmountsOrIsEntire() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = offered(Auth.partner(partner), partner, houses());
        command(Auth.dinsos(), pledge, "withdrawal", Map.of("units", 1)).statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("required"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("rupiah", 10.5, "reason", "r")).statusCode(400)
                .body("errors[0].field", equalTo("rupiah")).body("errors[0].rule", equalTo("rupiah-whole"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("units", 0, "reason", "r")).statusCode(400)
                .body("errors[0].field", equalTo("units")).body("errors[0].rule", equalTo("amount-positive"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("units", 1, "entire", true, "reason", "r")).statusCode(400)
                .body("errors[0].rule", equalTo("withdrawal-amount-or-entire"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("reason", "r")).statusCode(400)
                .body("errors[0].rule", equalTo("withdrawal-amount-or-entire"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("entire", "yes", "reason", "r")).statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("entire", true, "reason", "a\u0000b")).statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("text-control-character"));
    }

    @Test
    void anotherPartnersOrOfficesPledgeIsNotThereForThemAndOthersMayNotWithdraw() {
        UUID partner = Fixtures.partner(pool);
        UUID other = Fixtures.partner(pool);
        String opd = Fixtures.officeCode(pool, "DISDIK");
        UUID pledge = offered(Auth.partner(partner), partner, houses());
        command(Auth.partner(other), pledge, "withdrawal", entire()).statusCode(404)
                .body("type", equalTo("/problems/pledge-unknown"));
        command(Auth.opd(opd), pledge, "withdrawal", entire()).statusCode(404);
        command(null, pledge, "withdrawal", entire()).statusCode(401);
        for (String token : new String[]{Auth.operator(Offers.DESA), Auth.auditor(), Auth.tkpkd()}) {
            command(token, pledge, "withdrawal", entire()).statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        command(Auth.partner(partner), pledge, "withdrawal", entire()).statusCode(200);
    }

    @Test
    void aRetriedWithdrawalIsAppliedOnceAndAStaleOneNotAtAll() {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        given().header("Authorization", Auth.partner(partner)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(taking(null, 1L)).post("/pledges/" + pledge + "/withdrawal").then().statusCode(412);
        String key = "withdraw-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Auth.partner(partner)).header("Idempotency-Key", key).header("If-Match", "\"2\"")
                    .contentType(ContentType.JSON).body(taking(null, 1L)).post("/pledges/" + pledge + "/withdrawal").then()
                    .statusCode(200).body("balance.withdrawn.units", equalTo(1));
        }
        command(Auth.partner(partner), pledge, "withdrawal", taking(null, 1L)).statusCode(200)
                .body("version", equalTo(4)).body("balance.withdrawn.units", equalTo(2));
    }
}

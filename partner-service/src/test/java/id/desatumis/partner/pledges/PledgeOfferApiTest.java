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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.pledges.Offers.capacity;
import static id.desatumis.partner.pledges.Offers.houses;
import static id.desatumis.partner.pledges.Offers.offer;
import static id.desatumis.partner.pledges.Offers.scope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** POST /partners/{id}/pledges: who may offer, and every rule of the terms. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeOfferApiTest {

    @Inject
    Pool pool;

    @Test
    void aPartnerOffersForItselfAndIsAnsweredWithThePledgeAndItsBalance() {
        UUID partner = Fixtures.partner(pool);
        var r = offer(Auth.partner(partner), partner, houses()).statusCode(201)
                .header("ETag", "\"1\"")
                .body("partnerId", equalTo(partner.toString()))
                .body("status", equalTo("OFFERED"))
                .body("version", equalTo(1))
                .body("kinds", equalTo(List.of("HOUSE_REPAIR")))
                .body("scope.level", equalTo("KECAMATAN"))
                .body("unit", equalTo("HOUSE"))
                .body("balance.capacity.rupiah", equalTo(50_000_000))
                .body("balance.capacity.units", equalTo(10))
                .body("balance.reserved.units", equalTo(0))
                .body("balance.consumed.rupiah", equalTo(0))
                .body("balance.withdrawn.units", equalTo(0))
                .body("balance.remaining.rupiah", equalTo(50_000_000))
                .extract();
        assertThat(r.header("Location")).isEqualTo("/pledges/" + r.path("pledgeId"));
    }

    @Test
    void anOfficeOffersForItsOwnPartnerAndDinasSosialOnAPartnersBehalf() {
        String opd = "DPUPR-" + UUID.randomUUID();
        UUID office = Fixtures.office(pool, opd);
        offer(Auth.opd(opd), office, houses()).statusCode(201).body("partnerId", equalTo(office.toString()));
        UUID partner = Fixtures.partner(pool);
        offer(Auth.dinsos(), partner, houses()).statusCode(201).body("partnerId", equalTo(partner.toString()));
    }

    @Test
    void rupiahAloneForTheRegencyOrUnitsAloneForDesaAreOffered() {
        UUID partner = Fixtures.partner(pool);
        var regency = houses();
        regency.put("scope", Map.of("level", "REGENCY"));
        regency.put("capacity", Map.of("rupiah", 250_000_000L));
        offer(Auth.partner(partner), partner, regency).statusCode(201)
                .body("scope.codes", equalTo(List.of("33.14")))
                .body("balance.capacity.rupiah", equalTo(250_000_000))
                .body("balance.capacity.units", equalTo(null))
                .body("unit", equalTo(null));
        var desa = houses();
        desa.put("kinds", List.of("ELECTRICITY", "SANITATION"));
        desa.put("scope", Map.of("level", "DESA", "codes", List.of("33.14.07.2003", "33.14.07.2004")));
        desa.put("capacity", Map.of("units", 40, "unit", "CONNECTION"));
        offer(Auth.partner(partner), partner, desa).statusCode(201)
                .body("balance.remaining.units", equalTo(40))
                .body("balance.remaining.rupiah", equalTo(null));
    }

    @Test
    void anUnknownKindOrAreaIsNamedField() {
        UUID partner = Fixtures.partner(pool);
        var body = houses();
        body.put("kinds", List.of("HOUSE_REPAIR", "CASH_FOR_ALL"));
        scope(body).put("codes", List.of(Offers.KECAMATAN, "33.15.01", "33.14.99"));
        offer(Auth.partner(partner), partner, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("kinds[1]", "scope.codes[1]", "scope.codes[2]")))
                .body("errors.rule", equalTo(List.of("kind-unknown", "area-unknown", "area-unknown")))
                .body(not(containsString("CASH_FOR_ALL")));
        var desaInKecamatanScope = houses();
        scope(desaInKecamatanScope).put("codes", List.of(Offers.DESA));
        offer(Auth.partner(partner), partner, desaInKecamatanScope).statusCode(400)
                .body("errors[0].field", equalTo("scope.codes[0]")).body("errors[0].rule", equalTo("scope-level-mismatch"));
        var regencyElsewhere = houses();
        regencyElsewhere.put("scope", Map.of("level", "REGENCY", "codes", List.of("33.15")));
        offer(Auth.partner(partner), partner, regencyElsewhere).statusCode(400).body("errors[0].rule", equalTo("area-unknown"));
        var level = houses();
        scope(level).put("level", "PROVINCE");
        offer(Auth.partner(partner), partner, level).statusCode(400).body("errors[0].rule", equalTo("scope-level-unknown"));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAlreadyOverIsRefused() {
        UUID partner = Fixtures.partner(pool);
        var reversed = houses();
        reversed.put("validFrom", LocalDate.now().plusDays(10).toString());
        reversed.put("validUntil", LocalDate.now().plusDays(9).toString());
        offer(Auth.partner(partner), partner, reversed).statusCode(400)
                .body("errors[0].field", equalTo("validUntil")).body("errors[0].rule", equalTo("period-reversed"));
        var over = houses();
        over.put("validFrom", "2020-01-01");
        over.put("validUntil", "2020-12-31");
        offer(Auth.partner(partner), partner, over).statusCode(400).body("errors[0].rule", equalTo("period-ended"));
        var notADate = houses();
        notADate.put("validUntil", "31/12/2026");
        offer(Auth.partner(partner), partner, notADate).statusCode(400)
                .body("errors[0].field", equalTo("validUntil")).body("errors[0].rule", equalTo("date-format"));
        for (String[] outOfRange : new String[][]{{"-5000-01-01", "validFrom"}, {"+999999-12-31", "validUntil"}}) {
            var far = houses();
            far.put(outOfRange[1], outOfRange[0]);
            offer(Auth.partner(partner), partner, far).statusCode(400)
                    .body("errors[0].field", equalTo(outOfRange[1])).body("errors[0].rule", equalTo("date-format"));
        }
        var undated = houses();
        undated.remove("validFrom");
        offer(Auth.partner(partner), partner, undated).statusCode(400)
                .body("errors[0].field", equalTo("validFrom")).body("errors[0].rule", equalTo("required"));
    }

    @Test
    void aCapacityOfZeroNegativeOrAFractionOfARupiahIsRefused() {
        UUID partner = Fixtures.partner(pool);
        var zero = houses();
        capacity(zero).put("rupiah", 0);
        capacity(zero).put("units", -2);
        offer(Auth.partner(partner), partner, zero).statusCode(400)
                .body("errors.field", equalTo(List.of("capacity.rupiah", "capacity.units")))
                .body("errors.rule", equalTo(List.of("amount-positive", "amount-positive")));
        var fraction = houses();
        capacity(fraction).put("rupiah", 1000.5);
        capacity(fraction).put("units", 2.5);
        offer(Auth.partner(partner), partner, fraction).statusCode(400)
                .body("errors.field", equalTo(List.of("capacity.rupiah", "capacity.units")))
                .body("errors.rule", equalTo(List.of("rupiah-whole", "units-whole")));
        var huge = houses();
        capacity(huge).put("rupiah", new BigDecimal("1e30"));
        offer(Auth.partner(partner), partner, huge).statusCode(400).body("errors[0].rule", equalTo("amount-too-large"));
        var none = houses();
        none.put("capacity", Map.of());
        offer(Auth.partner(partner), partner, none).statusCode(400).body("errors[0].rule", equalTo("capacity-required"));
        var text = houses();
        capacity(text).put("rupiah", "lots");
        offer(Auth.partner(partner), partner, text).statusCode(400)
                .body("type", equalTo("/problems/malformed-request")).body("errors[0].field", equalTo("capacity.rupiah"));
    }

    @Test
    void unitsNameAUnitOfTheListAndKindsAreNamedOnce() {
        UUID partner = Fixtures.partner(pool);
        var unknown = houses();
        capacity(unknown).put("unit", "BUCKET");
        offer(Auth.partner(partner), partner, unknown).statusCode(400)
                .body("errors[0].field", equalTo("capacity.unit")).body("errors[0].rule", equalTo("unit-unknown"));
        var missing = houses();
        capacity(missing).remove("unit");
        offer(Auth.partner(partner), partner, missing).statusCode(400).body("errors[0].rule", equalTo("unit-required"));
        var twice = houses();
        twice.put("kinds", List.of("HOUSE_REPAIR", "HOUSE_REPAIR"));
        offer(Auth.partner(partner), partner, twice).statusCode(400)
                .body("errors[0].field", equalTo("kinds[1]")).body("errors[0].rule", equalTo("kind-repeated"));
        var empty = houses();
        empty.put("kinds", List.of());
        offer(Auth.partner(partner), partner, empty).statusCode(400)
                .body("errors[0].field", equalTo("kinds")).body("errors[0].rule", equalTo("required"));
    }

    @Test
    void malformedBodiesAreProblemsNotErrors() {
        UUID partner = Fixtures.partner(pool);
        given().header("Authorization", Auth.partner(partner)).contentType(ContentType.JSON).body("{\"kinds\": [")
                .post("/partners/" + partner + "/pledges").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        given().header("Authorization", Auth.partner(partner)).contentType(ContentType.JSON).body("{\"kinds\": \"HOUSE_REPAIR\"}")
                .post("/partners/" + partner + "/pledges").then().statusCode(400).body("errors[0].field", equalTo("kinds"));
        given().header("Authorization", Auth.partner(partner)).contentType(ContentType.JSON).body("null")
                .post("/partners/" + partner + "/pledges").then().statusCode(400).body("errors[0].field", equalTo("body"));
        var extra = houses();
        extra.put("favouriteColour", "green");
        offer(Auth.partner(partner), partner, extra).statusCode(201);
        offer(Auth.dinsos(), UUID.randomUUID(), houses()).statusCode(409).body("type", equalTo("/problems/partner-unknown"));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(houses())
                .post("/partners/not-a-uuid/pledges").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyThePartnerItselfItsOfficeOrDinasSosialOffer() {
        UUID partner = Fixtures.partner(pool);
        UUID other = Fixtures.partner(pool);
        String opd = Fixtures.officeCode(pool, "DINKES");
        offer(null, partner, houses()).statusCode(401).contentType("application/problem+json");
        offer(Auth.partner(other), partner, houses()).statusCode(403).body("type", equalTo("/problems/not-your-partner"));
        offer(Auth.opd(opd), partner, houses()).statusCode(403).body("type", equalTo("/problems/not-your-partner"));
        offer(Auth.opd("UNREGISTERED-" + UUID.randomUUID()), partner, houses()).statusCode(403);
        offer(Auth.operator(Offers.DESA), partner, houses()).statusCode(403).body("type", equalTo("/problems/forbidden"));
        offer(Auth.auditor(), partner, houses()).statusCode(403).body("type", equalTo("/problems/forbidden"));
        offer(Auth.tkpkd(), partner, houses()).statusCode(403).body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void aSuspendedPartnerOffersNothingAndAnUnregisteredOneIsUnknown() {
        UUID partner = Fixtures.partner(pool);
        Fixtures.suspend(pool, partner);
        offer(Auth.partner(partner), partner, houses()).statusCode(409).body("type", equalTo("/problems/partner-suspended"))
                .body("errors[0].field", equalTo("partnerId"));
        UUID unregistered = UUID.randomUUID();
        offer(Auth.partner(unregistered), unregistered, houses()).statusCode(409)
                .body("type", equalTo("/problems/partner-unknown"));
    }

    @Test
    void theSameOfferWithItsIdempotencyKeyIsOnePledge() {
        UUID partner = Fixtures.partner(pool);
        String key = "offer-" + UUID.randomUUID();
        var body = houses();
        var first = given().header("Authorization", Auth.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/partners/" + partner + "/pledges");
        first.then().statusCode(201);
        given().header("Authorization", Auth.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/partners/" + partner + "/pledges").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("pledgeId", equalTo(first.jsonPath().getString("pledgeId")));
        capacity(body).put("units", 11);
        given().header("Authorization", Auth.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/partners/" + partner + "/pledges").then().statusCode(422);
    }

    @Test
    void everyRuleIsAPublicProblemPage() {
        for (String rule : List.of("period-reversed", "rupiah-whole", "withdrawal-exceeds-remainder", "pledge-unknown")) {
            given().get("/problems/" + rule).then().statusCode(200);
        }
        given().get("/problems/withdrawal-exceeds-remainder").then().body("status", equalTo(409));
        given().get("/problems/rupiah-whole").then().body("status", equalTo(400));
    }
}

package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.desatumis.partner.views.Places.DESA;
import static id.desatumis.partner.views.Places.FAR_DESA;
import static id.desatumis.partner.views.Places.KECAMATAN;
import static id.desatumis.partner.views.Places.NEIGHBOUR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A partner's pledges (capacity, reserved, consumed, withdrawn, remaining; by kind and area), one pledge, and where
 * its pledges went (by desa and kind, with totals); its own only for a partner's or an office's token.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeQueryApiTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;

    @Test
    void aPartnersPledgesShowWhatIsReservedConsumedWithdrawnAndLeftByKindAndArea() {
        UUID partner = streams.registered(PartnerType.CSR, "Bank Jateng", null);
        UUID regencyWide = streams.acceptedPledge(partner, new Amounts(10_000_000L, null), Streams.regency(),
                NeedKind.HOUSE_REPAIR, NeedKind.SANITATION);
        UUID inDesa = streams.acceptedPledge(partner, new Amounts(null, 5L), Streams.desa(DESA), NeedKind.ELECTRICITY);
        UUID inFarKecamatan = streams.acceptedPledge(partner, new Amounts(2_000_000L, 2L),
                new AreaScope(Area.Level.KECAMATAN, List.of("33.14.01")), NeedKind.HOUSE_REPAIR);
        UUID r = streams.reserved(regencyWide, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(4_000_000L, null));
        streams.reservation(r, new ReservationConsumed(r, UUID.randomUUID(), regencyWide, UUID.randomUUID(),
                new Amounts(1_000_000L, null), false, Amounts.ZERO));
        streams.pledge(regencyWide, new PledgeWithdrawn(regencyWide, new Amounts(2_000_000L, null), false, "budget", "staf"));
        db.awaitProjected("pledge-" + regencyWide, "pledge-" + inFarKecamatan);
        String path = "/partners/" + partner + "/pledges";

        given().header("Authorization", Auth.dinsos()).get(path).then().statusCode(200).body("total", equalTo(3))
                .body("items.pledgeId", containsInAnyOrder(regencyWide.toString(), inDesa.toString(), inFarKecamatan.toString()))
                .body("freshness.eventsBehind", notNullValue());
        given().header("Authorization", Auth.dinsos()).get("/pledges/" + regencyWide).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("kinds", contains("HOUSE_REPAIR", "SANITATION"))
                .body("scope.level", equalTo("REGENCY")).body("scope.codes", contains("33.14"))
                .body("capacity.rupiah", equalTo(10_000_000)).body("capacity.units", nullValue())
                .body("reserved.rupiah", equalTo(3_000_000)).body("consumed.rupiah", equalTo(1_000_000))
                .body("withdrawn.rupiah", equalTo(2_000_000)).body("remaining.rupiah", equalTo(4_000_000))
                .body("remaining.units", nullValue()).body("decisionNumber", notNullValue())
                .body("validUntil", equalTo("2026-12-31")).body("version", equalTo(3));
        given().header("Authorization", Auth.tkpkd()).get("/pledges/" + inDesa).then().statusCode(200)
                .body("capacity.units", equalTo(5)).body("remaining.units", equalTo(5)).body("remaining.rupiah", nullValue());

        // by kind; by area: a scope that is the area, lies within it, or holds it
        given().header("Authorization", Auth.dinsos()).get(path + "?kind=HOUSE_REPAIR").then().statusCode(200)
                .body("items.pledgeId", containsInAnyOrder(regencyWide.toString(), inFarKecamatan.toString()));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=" + DESA).then()
                .body("items.pledgeId", containsInAnyOrder(regencyWide.toString(), inDesa.toString()));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=" + KECAMATAN).then()
                .body("items.pledgeId", containsInAnyOrder(regencyWide.toString(), inDesa.toString()));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=" + NEIGHBOUR).then()
                .body("items.pledgeId", contains(regencyWide.toString()));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=" + FAR_DESA + "&kind=HOUSE_REPAIR").then()
                .body("items.pledgeId", containsInAnyOrder(regencyWide.toString(), inFarKecamatan.toString()));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=33.14").then().body("total", equalTo(3));
        given().header("Authorization", Auth.dinsos()).get(path + "?size=2&page=1").then()
                .body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(1));
    }

    @Test
    void whereAPartnersPledgesWentByDesaAndKindWithTotalsAndNoPersonalData() {
        UUID partner = streams.registered(PartnerType.BAZNAS, "Baznas", null);
        UUID pledge = streams.acceptedPledge(partner, new Amounts(50_000_000L, 20L), Streams.regency(),
                NeedKind.HOUSE_REPAIR, NeedKind.BUSINESS_CAPITAL);
        UUID a = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(10_000_000L, 2L));
        UUID b = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(5_000_000L, 1L));
        UUID c = streams.reserved(pledge, partner, NeedKind.BUSINESS_CAPITAL, DESA, new Amounts(3_000_000L, null));
        UUID d = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, FAR_DESA, new Amounts(7_000_000L, 1L));
        streams.reservation(a, new ReservationConsumed(a, UUID.randomUUID(), pledge, UUID.randomUUID(),
                new Amounts(8_000_000L, 2L), true, new Amounts(2_000_000L, 0L)));
        streams.reservation(b, new ReservationReleased(b, UUID.randomUUID(), pledge, new Amounts(5_000_000L, 1L), "cancelled"));
        db.awaitProjected("reservation-" + a, "reservation-" + b, "reservation-" + c, "reservation-" + d);
        String path = "/partners/" + partner + "/allocations";

        given().header("Authorization", Auth.partner(partner)).get(path).then().statusCode(200)
                .body("partnerId", equalTo(partner.toString()))
                .body("groups.total", equalTo(3)).body("groups.items.desaCode", contains(FAR_DESA, DESA, DESA))
                .body("groups.items.kind", contains("HOUSE_REPAIR", "BUSINESS_CAPITAL", "HOUSE_REPAIR"))
                .body("groups.items[2].reservations", equalTo(2)).body("groups.items[2].openReservations", equalTo(0))
                .body("groups.items[2].reserved.rupiah", equalTo(15_000_000)).body("groups.items[2].reserved.units", equalTo(3))
                .body("groups.items[2].consumed.rupiah", equalTo(8_000_000)).body("groups.items[2].released.rupiah", equalTo(7_000_000))
                .body("groups.items[2].stillReserved.rupiah", equalTo(0))
                .body("totals.reservations", equalTo(4)).body("totals.openReservations", equalTo(2))
                .body("totals.reserved.rupiah", equalTo(25_000_000)).body("totals.stillReserved.rupiah", equalTo(10_000_000))
                .body("totals.stillReserved.units", equalTo(1))
                .body("freshness.eventsBehind", notNullValue())
                .body("groups.items[0]", not(hasKey("needId")));
        given().header("Authorization", Auth.dinsos()).get(path + "?kind=BUSINESS_CAPITAL").then()
                .body("groups.total", equalTo(1)).body("totals.reserved.rupiah", equalTo(3_000_000));
        given().header("Authorization", Auth.dinsos()).get(path + "?area=33.14.01").then()
                .body("groups.items.desaCode", contains(FAR_DESA)).body("totals.reserved.rupiah", equalTo(7_000_000));
        given().header("Authorization", Auth.dinsos()).get(path + "?size=1&page=2").then()
                .body("groups.items.desaCode", contains(DESA)).body("groups.page", equalTo(2))
                .body("totals.reservations", equalTo(4));
    }

    @Test
    void aPartnerOrOfficeSeesItsOwnPledgesAndAllocationsOnlyAndOthersAreAbsent() {
        String opdCode = "DPUPR-" + UUID.randomUUID();
        UUID office = streams.registered(PartnerType.OPD, "DPU PR", opdCode);
        UUID csr = streams.registered(PartnerType.CSR, "PT Sritex", null);
        UUID officePledge = streams.acceptedPledge(office, new Amounts(1_000_000L, null), Streams.regency(), NeedKind.SANITATION);
        UUID csrPledge = streams.acceptedPledge(csr, new Amounts(1_000_000L, null), Streams.regency(), NeedKind.SANITATION);
        db.awaitProjected("pledge-" + officePledge, "pledge-" + csrPledge);

        for (String own : List.of("/partners/" + csr + "/pledges", "/partners/" + csr + "/allocations", "/pledges/" + csrPledge)) {
            given().header("Authorization", Auth.partner(csr)).get(own).then().statusCode(200);
            given().header("Authorization", Auth.opd(opdCode)).get(own).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        for (String own : List.of("/partners/" + office + "/pledges", "/partners/" + office + "/allocations", "/pledges/" + officePledge)) {
            given().header("Authorization", Auth.opd(opdCode)).get(own).then().statusCode(200);
            given().header("Authorization", Auth.partner(csr)).get(own).then().statusCode(404);
            for (String staff : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor())) {
                given().header("Authorization", staff).get(own).then().statusCode(200);
            }
            given().header("Authorization", Auth.operator(DESA)).get(own).then().statusCode(403)
                    .body("type", equalTo("/problems/forbidden"));
            given().get(own).then().statusCode(401);
        }
        given().header("Authorization", Auth.dinsos()).get("/partners/" + UUID.randomUUID() + "/pledges").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/partners/" + UUID.randomUUID() + "/allocations").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/pledges/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void badParametersAreNamedWithTheirRule() {
        UUID partner = streams.registered(PartnerType.NGO, "LSM", null);
        db.awaitProjected("partner-" + partner);
        String path = "/partners/" + partner;
        for (String list : List.of(path + "/pledges", path + "/allocations")) {
            given().header("Authorization", Auth.dinsos()).get(list + "?kind=ROCKETS").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("kind"))
                    .body("errors[0].rule", equalTo("kind-unknown"));
            given().header("Authorization", Auth.dinsos()).get(list + "?area=33.15.01").then().statusCode(400)
                    .body("errors[0].field", equalTo("area")).body("errors[0].rule", equalTo("area-unknown"));
            given().header("Authorization", Auth.dinsos()).get(list + "?area=x&kind=y&size=500").then().statusCode(400)
                    .body("errors.field", hasItems("area", "kind", "size"));
            given().header("Authorization", Auth.dinsos()).get("/partners/123/" + list.substring(list.lastIndexOf('/') + 1))
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().header("Authorization", Auth.dinsos()).get("/pledges/xyz").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/pledges/1-1-1-1-1").then().statusCode(404);
    }
}

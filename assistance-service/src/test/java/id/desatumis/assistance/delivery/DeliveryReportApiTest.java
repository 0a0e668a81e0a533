package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.delivery.Given.Household;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.delivery.Deliveries.get;
import static id.desatumis.assistance.delivery.Deliveries.report;
import static id.desatumis.assistance.delivery.Deliveries.reported;
import static id.desatumis.assistance.delivery.Deliveries.units;
import static id.desatumis.assistance.delivery.Deliveries.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * POST /interventions/{id}/deliveries: who reports (the responsible actor, Dinas Sosial for it with a reason, Dinas
 * Sosial or the desa's operator where they are the actor), what a delivery must say, and how deliveries add up to the
 * plan (parts, tranches, never beyond).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class DeliveryReportApiTest {

    @Inject
    Given given;

    @Test
    void theResponsibleOfficeReportsPartsThatAddUpToThePlan() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE);
        UUID id = given.resourced(h, NeedKind.FOOD_ASSISTANCE, office, new Quantity(600_000L, 3L));

        report(Auth.opd(code), id, report(Given.today(), 200_000L, 1L, null)).statusCode(201)
                .header("ETag", "\"5\"")
                .header("Location", containsString("/interventions/" + id + "/deliveries/"))
                .body("stage", equalTo("PARTLY_DELIVERED"))
                .body("deliveryStatus", equalTo("REPORTED"))
                .body("delivered.rupiah", equalTo(200_000))
                .body("remaining.units", equalTo(2));
        report(Auth.opd(code), id, report(Given.today().minusDays(1), 400_000L, 2L, null)).statusCode(201)
                .body("stage", equalTo("DELIVERED"))
                .body("remaining.rupiah", equalTo(0))
                .body("remaining.units", equalTo(0));
        get(Auth.opd(code), "/interventions/" + id + "/deliveries").statusCode(200)
                .body("deliveries", hasSize(2))
                .body("delivered.units", equalTo(3))
                .body("deliveries[0].evidence.photoSha256", equalTo(Deliveries.PHOTO_SHA256))
                .body("deliveries[0].reportedBy", nullValue());
    }

    @Test
    void aReportIsAppliedOnceUnderItsKeyAndOnlyAtTheVersionItNames() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 3L));
        Map<String, Object> body = units(1);
        String key = "report-" + UUID.randomUUID();
        String first = keyed(code, id, key, body).statusCode(201).extract().path("deliveryId");
        keyed(code, id, key, body).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("deliveryId", equalTo(first));
        keyed(code, id, key, units(2)).statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(given.interventionNow(id).deliveries()).hasSize(1);
        Deliveries.request(Auth.opd(code)).contentType("application/json").header("If-Match", "\"3\"").body(units(1))
                .post("/interventions/" + id + "/deliveries").then().statusCode(412)
                .header("ETag", "\"5\"")
                .body("currentVersion", equalTo(5));
        Deliveries.request(Auth.opd(code)).contentType("application/json").header("If-Match", "\"5\"").body(units(1))
                .post("/interventions/" + id + "/deliveries").then().statusCode(201).header("ETag", "\"7\"");
    }

    private static ValidatableResponse keyed(String code, UUID id, String key, Object body) {
        return Deliveries.request(Auth.opd(code)).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post("/interventions/" + id + "/deliveries").then();
    }

    @Test
    void moreThanWhatIsLeftOfThePlanIsRefusedNamingWhatIsLeft() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 3L));
        report(Auth.opd(code), id, units(2)).statusCode(201);
        report(Auth.opd(code), id, units(2)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/over-delivery"))
                .body("errors[0].field", equalTo("amount"))
                .body("remainingUnits", equalTo("1"));
        report(Auth.opd(code), id, report(Given.today(), 5_000L, 1L, null)).statusCode(409)
                .body("type", equalTo("/problems/over-delivery"));
    }

    @Test
    void tranchesAreDeliveredOnceEachAsPlannedAndAddUp() {
        String code = Given.opdCode();
        Household h = given.household(Given.DESA, NeedKind.BUSINESS_CAPITAL);
        UUID id = given.resourced(h, NeedKind.BUSINESS_CAPITAL, given.office(code), Quantity.ofRupiah(3_000_000L),
                List.of(new Tranche(1, 1_000_000L, Given.today().plusDays(10)),
                        new Tranche(2, 2_000_000L, Given.today().plusMonths(1))));
        report(Auth.opd(code), id, report(Given.today(), 1_500_000L, null, 1)).statusCode(409)
                .body("type", equalTo("/problems/tranche-amount-differs"));
        report(Auth.opd(code), id, report(Given.today(), 1_000_000L, null, 1)).statusCode(201)
                .body("stage", equalTo("PARTLY_DELIVERED"));
        report(Auth.opd(code), id, report(Given.today(), 1_000_000L, null, 1)).statusCode(409)
                .body("type", equalTo("/problems/tranche-delivered"));
        report(Auth.opd(code), id, report(Given.today(), 2_000_000L, null, 3)).statusCode(409)
                .body("type", equalTo("/problems/tranche-unknown"));
        report(Auth.opd(code), id, report(Given.today(), 2_000_000L, null, 2)).statusCode(201)
                .body("stage", equalTo("DELIVERED"))
                .body("delivered.rupiah", equalTo(3_000_000));
    }

    @Test
    void aDeliveryInTheFutureIsRefused() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 1L));
        report(Auth.opd(code), id, report(Given.today().plusDays(1), null, 1L, null)).statusCode(400)
                .body("type", equalTo("/problems/delivery-in-future"))
                .body("errors[0].field", equalTo("deliveredOn"));
    }

    @Test
    void nothingIsDeliveredOnACancelledInterventionNorBeforeItIsResourced() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE, NeedKind.ELECTRICITY);
        UUID cancelled = given.resourced(h, NeedKind.FOOD_ASSISTANCE, office, new Quantity(null, 1L));
        given.cancelled(cancelled);
        report(Auth.opd(code), cancelled, units(1)).statusCode(409)
                .body("type", equalTo("/problems/intervention-cancelled"));
        UUID planned = given.planned(h, NeedKind.ELECTRICITY, office, new Quantity(null, 1L));
        report(Auth.opd(code), planned, units(1)).statusCode(409)
                .body("type", equalTo("/problems/not-resourced"));
    }

    @Test
    void anotherOfficeLearnsNothingOfTheIntervention() {
        String code = Given.opdCode();
        String other = Given.opdCode();
        given.office(other);
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 1L));
        report(Auth.opd(other), id, units(1)).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        report(Auth.opd("OPD-NOT-REGISTERED"), id, units(1)).statusCode(404);
        report(Auth.partner(UUID.randomUUID()), id, units(1)).statusCode(404);
        get(Auth.opd(other), "/interventions/" + id + "/deliveries").statusCode(404);
        report(Auth.opd(code), UUID.randomUUID(), units(1)).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        report(Auth.opd(code), id, units(1)).statusCode(201);
    }

    @Test
    void aPartnerReportsWithItsPartnerToken() {
        UUID partner = given.actor("CSR", null);
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.SANITATION), NeedKind.SANITATION, partner,
                new Quantity(null, 1L));
        report(Auth.partner(partner), id, units(1)).statusCode(201).body("stage", equalTo("DELIVERED"));
    }

    @Test
    void dinsosReportsForAnotherOnlyWithAReasonWhichIsRecorded() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 2L));
        report(Auth.dinsos(), id, units(1)).statusCode(400)
                .body("type", equalTo("/problems/on-behalf-reason-required"))
                .body("errors[0].field", equalTo("onBehalfReason"))
                .body("errors[0].rule", equalTo("on-behalf-reason-required"));
        UUID delivery = reported(report(Auth.dinsos(), id,
                with(units(1), "onBehalfReason", "the office's system is down; its handover record was sent to us")));
        get(Auth.dinsos(), "/interventions/" + id + "/deliveries/" + delivery).statusCode(200)
                .body("onBehalf", equalTo(true))
                .body("reportedBy", equalTo("staf-dinsos"))
                .body("onBehalfReason", equalTo("the office's system is down; its handover record was sent to us"));
        get(Auth.opd(code), "/interventions/" + id + "/deliveries/" + delivery).statusCode(200)
                .body("onBehalf", equalTo(true))
                .body("onBehalfReason", nullValue());
        report(Auth.opd(code), id, with(units(1), "onBehalfReason", "for ourselves")).statusCode(400)
                .body("errors[0].rule", equalTo("on-behalf-reason-unexpected"));
    }

    @Test
    void dinsosReportsItsOwnInterventionsWithoutAReason() {
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.HEALTH_COVER), NeedKind.HEALTH_COVER,
                given.dinasSosial(), new Quantity(null, 1L));
        report(Auth.dinsos(), id, units(1)).statusCode(201).body("stage", equalTo("DELIVERED"));
    }

    @Test
    void theDesaOperatorReportsForItsVillageGovernmentOnly() {
        UUID pemdes = given.actor("PEMDES", null);
        Household h = given.household(Given.DESA, NeedKind.SANITATION, NeedKind.HOUSE_REPAIR);
        UUID byVillage = given.resourced(h, NeedKind.SANITATION, pemdes, new Quantity(null, 1L));
        report(Auth.operator(Given.OTHER_DESA), byVillage, units(1)).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        report(Auth.operator(Given.DESA), byVillage, units(1)).statusCode(201);
        UUID byOffice = given.resourced(h, NeedKind.HOUSE_REPAIR, given.office(Given.opdCode()), new Quantity(null, 1L));
        report(Auth.operator(Given.DESA), byOffice, units(1)).statusCode(403)
                .body("type", equalTo("/problems/not-responsible-actor"));
    }

    @Test
    void aBudgetLineRealisesWhatIsDelivered() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        UUID line = Deliveries.budgetLine(code, 100_000_000L);
        UUID id = given.onBudget(given.household(Given.DESA, NeedKind.HOUSE_REPAIR), NeedKind.HOUSE_REPAIR, office,
                20_000_000L, line);
        report(Auth.opd(code), id, Deliveries.rupiah(15_000_000L)).statusCode(201);
        get(Auth.dinsos(), "/budget-lines/" + line).statusCode(200)
                .body("committedRupiah", equalTo(5_000_000))
                .body("realisedRupiah", equalTo(15_000_000));
    }

    @Test
    void aDeliveryNamesNoPersonalDataAndItsFieldsAreChecked() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 1L));
        for (String nik : List.of("diterima oleh 3314071203850001", "KTP 331407 120385 0001", "KK 3314-0710-0120-0001")) {
            report(Auth.opd(code), id, with(units(1), "description", nik)).statusCode(400)
                    .body("errors[0].field", equalTo("description"))
                    .body("errors[0].rule", equalTo("personal-number"));
        }
        Map<String, Object> badEvidence = Map.of("documentNumber", "BAST/1", "photoReference", "s3://p.jpg",
                "photoSha256", "not-a-hash");
        report(Auth.opd(code), id, with(units(1), "evidence", badEvidence)).statusCode(400)
                .body("errors[0].field", equalTo("evidence.photoSha256"))
                .body("errors[0].rule", equalTo("sha256-format"));
        report(Auth.opd(code), id, with(units(1), "amount", Map.of("rupiah", 1000.5))).statusCode(400)
                .body("errors[0].field", equalTo("amount.rupiah"))
                .body("errors[0].rule", equalTo("rupiah-whole"));
        report(Auth.opd(code), id, with(units(1), "amount", Map.of())).statusCode(400)
                .body("type", equalTo("/problems/amount-required"));
        report(Auth.opd(code), id, with(units(1), "deliveredOn", "01-09-2026")).statusCode(400)
                .body("errors[0].rule", equalTo("date-format"));
        report(Auth.opd(code), id, Map.of("unknown", "field")).statusCode(400)
                .body("errors.field", hasItems("deliveredOn", "description", "amount", "evidence"));
        Deliveries.request(Auth.opd(code)).contentType("application/json").body("{\"deliveredOn\": [").post(
                "/interventions/" + id + "/deliveries").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        assertThat(given.interventionNow(id).deliveries()).isEmpty();
    }
}

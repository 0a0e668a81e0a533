package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.delivery.Given.Household;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.delivery.Deliveries.dispute;
import static id.desatumis.assistance.delivery.Deliveries.get;
import static id.desatumis.assistance.delivery.Deliveries.on;
import static id.desatumis.assistance.delivery.Deliveries.report;
import static id.desatumis.assistance.delivery.Deliveries.reported;
import static id.desatumis.assistance.delivery.Deliveries.resolution;
import static id.desatumis.assistance.delivery.Deliveries.units;
import static id.desatumis.assistance.delivery.Deliveries.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The village's verification or dispute of a delivery, and Dinas Sosial's resolution of a dispute; what each does to
 * the household's need (met, open again) and to the budget line (its commitment released on a write-off).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class VerificationApiTest {

    @Inject
    Given given;

    @Test
    void theHouseholdIsMetWhenItsLastNeedIsVerified() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE, NeedKind.ELECTRICITY);
        UUID food = given.resourced(h, NeedKind.FOOD_ASSISTANCE, office, new Quantity(null, 1L));
        UUID power = given.resourced(h, NeedKind.ELECTRICITY, office, new Quantity(null, 1L));
        UUID foodDelivery = reported(report(Auth.opd(code), food, units(1)));
        UUID powerDelivery = reported(report(Auth.opd(code), power, units(1)));

        on(Auth.operator(Given.DESA), food, foodDelivery, "verification", verification()).statusCode(200)
                .header("ETag", "\"6\"")
                .body("stage", equalTo("VERIFIED"))
                .body("deliveryStatus", equalTo("VERIFIED"));
        NeedsOfHousehold halfway = given.householdNow(h.id());
        assertThat(halfway.need(h.need(NeedKind.FOOD_ASSISTANCE)).status()).isEqualTo(NeedStatus.MET);
        assertThat(halfway.needsMetAnnounced()).isFalse();

        on(Auth.operator(Given.DESA), power, powerDelivery, "verification", verification()).statusCode(200);
        NeedsOfHousehold met = given.householdNow(h.id());
        assertThat(met.need(h.need(NeedKind.ELECTRICITY)).status()).isEqualTo(NeedStatus.MET);
        assertThat(met.needsMetAnnounced()).isTrue();
        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, "household-" + h.id(), 1, Duration.ofSeconds(60));
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).contains(HouseholdNeedsMetV1.CE_TYPE);
        get(Auth.operator(Given.DESA), "/interventions/" + food + "/deliveries/" + foodDelivery).statusCode(200)
                .body("confirmation.confirmedBy", equalTo("HEAD_OF_HOUSEHOLD"))
                .body("confirmation.method", equalTo("THUMBPRINT"));
    }

    @Test
    void whoeverReportedADeliveryNeverVerifiesIt() {
        UUID pemdes = given.actor("PEMDES", null);
        Household h = given.household(Given.DESA, NeedKind.SANITATION);
        UUID id = given.resourced(h, NeedKind.SANITATION, pemdes, new Quantity(null, 1L));
        UUID delivery = reported(report(Auth.operator(Given.DESA), id, units(1)));
        on(Auth.operator(Given.DESA), id, delivery, "verification", verification()).statusCode(403)
                .body("type", equalTo("/problems/reporter-cannot-verify"));
        on(Auth.operator(Given.DESA), id, delivery, "dispute", dispute("INCOMPLETE")).statusCode(403)
                .body("type", equalTo("/problems/reporter-cannot-verify"));
        String colleague = Auth.token("operator-kedua-" + Given.DESA, "village-operator", List.of(Given.DESA), null, null);
        on(colleague, id, delivery, "verification", verification()).statusCode(200).body("stage", equalTo("VERIFIED"));
    }

    @Test
    void anOperatorOfAnotherDesaLearnsNothingOfTheDelivery() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 1L));
        UUID delivery = reported(report(Auth.opd(code), id, units(1)));
        on(Auth.operator(Given.OTHER_DESA), id, delivery, "verification", verification()).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        on(Auth.operator(Given.OTHER_DESA), id, delivery, "dispute", dispute("NOT_RECEIVED")).statusCode(404);
        get(Auth.operator(Given.OTHER_DESA), "/interventions/" + id + "/deliveries").statusCode(404);
        on(Auth.operator(Given.DESA), id, UUID.randomUUID(), "verification", verification()).statusCode(404)
                .body("type", equalTo("/problems/delivery-unknown"));
    }

    @Test
    void aDisputedDeliveryIsRedeliveredThenVerified() {
        String code = Given.opdCode();
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE);
        UUID id = given.resourced(h, NeedKind.FOOD_ASSISTANCE, given.office(code), new Quantity(null, 2L));
        UUID first = reported(report(Auth.opd(code), id, units(2)));
        on(Auth.operator(Given.DESA), id, first, "dispute", dispute("NOT_RECEIVED")).statusCode(200)
                .body("stage", equalTo("DISPUTED"))
                .body("deliveryStatus", equalTo("DISPUTED"));
        report(Auth.opd(code), id, units(1)).statusCode(409).body("type", equalTo("/problems/dispute-open"));
        on(Auth.dinsos(), id, first, "resolution", resolution("REDELIVER")).statusCode(200)
                .body("stage", equalTo("RESOURCED"))
                .body("deliveryStatus", equalTo("VOIDED"))
                .body("remaining.units", equalTo(2));
        UUID second = reported(report(Auth.opd(code), id, units(2)));
        on(Auth.operator(Given.DESA), id, second, "verification", verification()).statusCode(200)
                .body("stage", equalTo("VERIFIED"));
        assertThat(given.householdNow(h.id()).need(h.need(NeedKind.FOOD_ASSISTANCE)).status()).isEqualTo(NeedStatus.MET);
    }

    @Test
    void aDisputeAcceptedVerifiesTheDeliveryAndMeetsTheNeed() {
        String code = Given.opdCode();
        Household h = given.household(Given.DESA, NeedKind.HOUSE_REPAIR, NeedKind.SANITATION);
        UUID id = given.resourced(h, NeedKind.HOUSE_REPAIR, given.office(code), new Quantity(null, 1L));
        UUID delivery = reported(report(Auth.opd(code), id, units(1)));
        on(Auth.operator(Given.DESA), id, delivery, "dispute", dispute("INCOMPLETE")).statusCode(200);
        on(Auth.operator(Given.DESA), id, delivery, "resolution", resolution("ACCEPT")).statusCode(403);
        on(Auth.dinsos(), id, delivery, "resolution", resolution("ACCEPT")).statusCode(200)
                .body("stage", equalTo("VERIFIED"))
                .body("deliveryStatus", equalTo("VERIFIED"));
        NeedsOfHousehold after = given.householdNow(h.id());
        assertThat(after.need(h.need(NeedKind.HOUSE_REPAIR)).status()).isEqualTo(NeedStatus.MET);
        assertThat(after.needsMetAnnounced()).isFalse();
        on(Auth.dinsos(), id, delivery, "resolution", resolution("ACCEPT")).statusCode(409)
                .body("type", equalTo("/problems/delivery-not-disputed"));
    }

    @Test
    void aDeliveryWrittenOffOpensTheNeedAgainAndReleasesTheBudgetLine() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        UUID line = Deliveries.budgetLine(code, 50_000_000L);
        Household h = given.household(Given.DESA, NeedKind.SANITATION);
        UUID id = given.onBudget(h, NeedKind.SANITATION, office, 10_000_000L, line);
        UUID delivery = reported(report(Auth.opd(code), id, Deliveries.rupiah(4_000_000L)));
        on(Auth.operator(Given.DESA), id, delivery, "dispute", dispute("ASKED_TO_PAY")).statusCode(200);
        on(Auth.dinsos(), id, delivery, "resolution", resolution("WRITE_OFF")).statusCode(200)
                .body("stage", equalTo("WRITTEN_OFF"))
                .body("deliveryStatus", equalTo("WRITTEN_OFF"));
        NeedsOfHousehold after = given.householdNow(h.id());
        assertThat(after.need(h.need(NeedKind.SANITATION)).status()).isEqualTo(NeedStatus.IDENTIFIED);
        get(Auth.dinsos(), "/budget-lines/" + line).statusCode(200)
                .body("committedRupiah", equalTo(0))
                .body("realisedRupiah", equalTo(4_000_000));
        report(Auth.opd(code), id, Deliveries.rupiah(1L)).statusCode(409)
                .body("type", equalTo("/problems/intervention-written-off"));
    }

    @Test
    void aRedeliveryOnABudgetLineRealisesOnlyWhatIsStillCommitted() {
        String code = Given.opdCode();
        UUID line = Deliveries.budgetLine(code, 30_000_000L);
        Household h = given.household(Given.DESA, NeedKind.HOUSE_REPAIR);
        UUID id = given.onBudget(h, NeedKind.HOUSE_REPAIR, given.office(code), 20_000_000L, line);
        UUID first = reported(report(Auth.opd(code), id, Deliveries.rupiah(20_000_000L)));
        on(Auth.operator(Given.DESA), id, first, "dispute", dispute("WRONG_ITEM")).statusCode(200);
        on(Auth.dinsos(), id, first, "resolution", resolution("REDELIVER")).statusCode(200);
        UUID second = reported(report(Auth.opd(code), id, Deliveries.rupiah(20_000_000L)));
        on(Auth.operator(Given.DESA), id, second, "verification", verification()).statusCode(200)
                .body("stage", equalTo("VERIFIED"));
        get(Auth.dinsos(), "/budget-lines/" + line).statusCode(200)
                .body("committedRupiah", equalTo(0))
                .body("realisedRupiah", equalTo(20_000_000));
    }

    @Test
    void aVerificationOrDisputeSaysWhoWhenHowAndWhy() {
        String code = Given.opdCode();
        UUID id = given.resourced(given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE), NeedKind.FOOD_ASSISTANCE,
                given.office(code), new Quantity(null, 1L));
        UUID delivery = reported(report(Auth.opd(code), id, units(1)));
        String operator = Auth.operator(Given.DESA);
        on(operator, id, delivery, "verification", Map.of("confirmedBy", "NEIGHBOUR", "confirmedOn", "2026-13-01",
                "method", "SMOKE")).statusCode(400)
                .body("errors.rule", hasItems("confirmed-by-unknown", "date-format",
                        "confirmation-method-unknown"));
        on(operator, id, delivery, "verification", Map.of("confirmedBy", "SPOUSE",
                "confirmedOn", Given.today().plusDays(1).toString(), "method", "SIGNATURE")).statusCode(400)
                .body("type", equalTo("/problems/confirmation-in-future"));
        on(operator, id, delivery, "dispute", Map.of("ground", "LATE", "reason", " ")).statusCode(400)
                .body("errors.rule", hasItems("dispute-ground-unknown", "required"));
        on(Auth.dinsos(), id, delivery, "resolution", Map.of("resolution", "IGNORE")).statusCode(400)
                .body("errors.rule", hasItems("resolution-unknown", "required"));
        on(operator, id, delivery, "verification", verification()).statusCode(200);
        on(operator, id, delivery, "dispute", dispute("WRONG_ITEM")).statusCode(409)
                .body("type", equalTo("/problems/delivery-not-awaiting-verification"));
    }
}

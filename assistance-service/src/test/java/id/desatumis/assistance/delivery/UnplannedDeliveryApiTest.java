package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.delivery.Given.Household;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.delivery.Deliveries.get;
import static id.desatumis.assistance.delivery.Deliveries.on;
import static id.desatumis.assistance.delivery.Deliveries.post;
import static id.desatumis.assistance.delivery.Deliveries.verification;
import static id.desatumis.assistance.delivery.Deliveries.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * POST /opd/unplanned-deliveries: an office's assistance under its own programme, recorded for a household known here
 * after the double-assistance guard; the village verifies it like any delivery, and it meets the need it served.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class UnplannedDeliveryApiTest {

    @Inject
    Given given;

    @Test
    void anOfficesOwnAssistanceIsRecordedThenVerifiedAndMeetsTheNeed() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE);
        var answer = unplanned(Auth.opd(code), body(h.id(), null, "FOOD_ASSISTANCE")).statusCode(201)
                .header("Location", containsString("/interventions/"))
                .body("stage", equalTo("DELIVERED"))
                .body("desaCode", equalTo(Given.DESA))
                .body("needId", equalTo(h.need(NeedKind.FOOD_ASSISTANCE).toString()));
        UUID id = UUID.fromString(answer.extract().path("interventionId"));
        UUID delivery = UUID.fromString(answer.extract().path("deliveryId"));
        assertThat(given.interventionNow(id).plan().actorId()).isEqualTo(office);
        assertThat(given.interventionNow(id).unplanned()).isTrue();
        assertThat(given.householdNow(h.id()).need(h.need(NeedKind.FOOD_ASSISTANCE)).status()).isEqualTo(NeedStatus.PLANNED);

        on(Auth.operator(Given.DESA), id, delivery, "verification", verification()).statusCode(200)
                .body("stage", equalTo("VERIFIED"));
        assertThat(given.householdNow(h.id()).need(h.need(NeedKind.FOOD_ASSISTANCE)).status()).isEqualTo(NeedStatus.MET);
        get(Auth.opd(code), "/opd/interventions?kind=FOOD_ASSISTANCE").body("items[0].unplanned", equalTo(true))
                .body("items[0].sourceType", equalTo("OWN_PROGRAMME"));
    }

    @Test
    void theGuardRefusesTheSameAssistanceTwiceNamingTheFirst() {
        String code = Given.opdCode();
        given.office(code);
        Household h = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE);
        UUID first = UUID.fromString(unplanned(Auth.opd(code), body(h.id(), null, "FOOD_ASSISTANCE")).statusCode(201)
                .extract().path("interventionId"));
        String another = Given.opdCode();
        given.office(another);
        unplanned(Auth.opd(another), body(h.id(), null, "FOOD_ASSISTANCE")).statusCode(409)
                .body("type", equalTo("/problems/already-assisted"))
                .body("existingInterventionId", equalTo(first.toString()))
                .body("stage", equalTo("DELIVERED"));
        unplanned(Auth.opd(another), with(body(h.id(), null, "FOOD_ASSISTANCE"), "deliveredOn",
                Given.today().minusMonths(2).withDayOfMonth(1).toString())).statusCode(201)
                .body("needId", nullValue());
    }

    @Test
    void aPlanOfAnotherActorIsSeenByTheGuard() {
        Household h = given.household(Given.DESA, NeedKind.HOUSE_REPAIR);
        UUID planned = given.resourced(h, NeedKind.HOUSE_REPAIR, given.office(Given.opdCode()), new Quantity(null, 1L));
        String code = Given.opdCode();
        given.office(code);
        unplanned(Auth.opd(code), body(h.id(), null, "HOUSE_REPAIR")).statusCode(409)
                .body("type", equalTo("/problems/already-assisted"))
                .body("existingInterventionId", equalTo(planned.toString()));
    }

    @Test
    void aMembersNeedNamesTheMemberAndTheGuardComparesMembers() {
        String code = Given.opdCode();
        given.office(code);
        Household h = given.household(Given.DESA, NeedKind.SKILLS_TRAINING);
        unplanned(Auth.opd(code), body(h.id(), null, "SKILLS_TRAINING")).statusCode(400)
                .body("errors[0].rule", equalTo("member-required"));
        unplanned(Auth.opd(code), body(h.id(), h.memberId(), "HOUSE_REPAIR")).statusCode(400)
                .body("errors[0].rule", equalTo("member-not-for-kind"));
        unplanned(Auth.opd(code), body(h.id(), h.memberId(), "SKILLS_TRAINING")).statusCode(201)
                .body("needId", equalTo(h.need(NeedKind.SKILLS_TRAINING).toString()));
        unplanned(Auth.opd(code), body(h.id(), UUID.randomUUID(), "SKILLS_TRAINING")).statusCode(201)
                .body("needId", nullValue());
        unplanned(Auth.opd(code), body(h.id(), h.memberId(), "SKILLS_TRAINING")).statusCode(409);
    }

    @Test
    void theHouseholdMustBeKnownAndTheOfficeRegistered() {
        String code = Given.opdCode();
        given.office(code);
        unplanned(Auth.opd(code), body(UUID.randomUUID(), null, "ELECTRICITY")).statusCode(409)
                .body("type", equalTo("/problems/household-not-known"));
        Household h = given.household(Given.DESA, NeedKind.ELECTRICITY);
        unplanned(Auth.opd("OPD-NOT-REGISTERED"), body(h.id(), null, "ELECTRICITY")).statusCode(403)
                .body("type", equalTo("/problems/caller-not-an-actor"));
        unplanned(Auth.opd(code), with(body(h.id(), null, "ELECTRICITY"), "programme", null)).statusCode(400)
                .body("errors[0].field", equalTo("programme"));
        unplanned(Auth.opd(code), with(body(h.id(), null, "ELECTRICITY"), "deliveredOn",
                Given.today().plusDays(1).toString())).statusCode(400)
                .body("type", equalTo("/problems/delivery-in-future"));
    }

    private static Map<String, Object> body(UUID householdId, UUID memberId, String kind) {
        Map<String, Object> b = new HashMap<>(Deliveries.units(1));
        b.put("householdId", householdId.toString());
        if (memberId != null) b.put("memberId", memberId.toString());
        b.put("kind", kind);
        b.put("programme", "Program Sembako Dinas");
        return b;
    }

    private static ValidatableResponse unplanned(String token, Object body) {
        return post(token, "/opd/unplanned-deliveries", body);
    }
}

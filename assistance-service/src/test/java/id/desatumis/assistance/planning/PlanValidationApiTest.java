package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.TODAY;
import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.get;
import static id.desatumis.assistance.planning.PlanRequests.plan;
import static id.desatumis.assistance.planning.PlanRequests.planned;
import static id.desatumis.assistance.planning.PlanRequests.pledge;
import static id.desatumis.assistance.planning.PlanRequests.post;
import static id.desatumis.assistance.planning.PlanRequests.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

/**
 * Every plan the "bad input" names, and the other refusals of a plan: each a problem naming its field and
 * rule, and nothing recorded (the need stays identified, no intervention appears).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PlanValidationApiTest extends SceneTest {

    @Test
    void anUnknownNeedIsRefused() {
        refused(with(s.house(), "needId", UUID.randomUUID().toString()), 409, "need-unknown", "needId");
    }

    @Test
    void aNeedPlannedAlreadyIsRefusedNamingItsIntervention() {
        String first = planned(Auth.dinsos(), s.house());
        post(Auth.dinsos(), "/interventions", s.house()).statusCode(409)
                .body("type", equalTo("/problems/need-already-planned")).body("errors[0].field", equalTo("needId"))
                .body("interventionId", equalTo(first));
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId()).body("total", equalTo(1));
        get(Auth.dinsos(), "/budget-lines/" + s.line().id()).body("committedRupiah", equalTo(20_000_000));
    }

    @Test
    void aDecisionOfAnotherAreaOrUnknownIsRefused() {
        String otherDesa = Desa.other(regions, s.desa());
        String elsewhere = Partners.decision(otherDesa);
        String kecamatan = Partners.decision(s.desa().substring(0, s.desa().lastIndexOf('.')));
        awaitReady(with(s.house(), "decisionNumber", kecamatan));

        refused(with(s.house(), "decisionNumber", elsewhere), 409, "decision-other-area", "decisionNumber");
        String aPledgesApproval = PartnerService.decision(s.desa(), "PLEDGE");
        refused(with(s.house(), "decisionNumber", aPledgesApproval), 409, "decision-approves-otherwise", "decisionNumber");
        refused(with(s.house(), "decisionNumber", "MD/" + UUID.randomUUID()), 409, "decision-unknown", "decisionNumber");
        refused(with(s.house(), "decisionNumber", "not a number!"), 400, "decision-number-format", "decisionNumber");
        planned(Auth.dinsos(), with(s.house(), "decisionNumber", kecamatan));
    }

    @Test
    void anAmountWithAFractionIsRefused() {
        refused(with(s.house(), "amount", Map.of("rupiah", 20_000_000.5, "units", 1)), 400, "rupiah-whole", "amount.rupiah");
        refused(with(s.house(), "amount", Map.of("rupiah", 20_000_000, "units", 1.5)), 400, "units-whole", "amount.units");
        refused(with(s.house(), "amount", Map.of("rupiah", -1)), 400, "amount-negative", "amount.rupiah");
        refused(with(s.house(), "amount", Map.of("rupiah", 0, "units", 0)), 400, "amount-required", "amount");
        refused(with(s.house(), "amount", Map.of("units", 1)), 400, "budget-needs-rupiah", "amount.rupiah");
    }

    @Test
    void tranchesThatDoNotAddUpOrForAnotherKindAreRefused() {
        Map<String, Object> capital = with(with(plan(s.household().need(NeedKind.BUSINESS_CAPITAL, s.household().head()), budget("APBD", s.line().code()),
                s.decision()), "actorId", Partners.office().toString()), "actorReason", "the cooperative office");
        awaitReady(capital);
        refused(with(with(capital, "amount", Map.of("rupiah", 10_000_000)), "tranches", List.of(
                Map.of("number", 1, "rupiah", 6_000_000, "due", TODAY.toString()),
                Map.of("number", 2, "rupiah", 3_000_000, "due", TODAY.toString()))), 400, "tranches-sum", "tranches");
        refused(with(with(capital, "amount", Map.of("rupiah", 10_000_000)), "tranches", List.of(
                Map.of("number", 1, "rupiah", 10_000_000, "due", TODAY.plusYears(2).toString()))), 400,
                "tranche-after-due-date", "tranches[0].due");
        refused(with(s.house(), "tranches", List.of(Map.of("number", 1, "rupiah", 20_000_000, "due", TODAY.toString()))), 400,
                "tranches-not-allowed", "tranches");
        refused(with(capital, "tranches", List.of(Map.of("number", 1.5, "rupiah", 20_000_000, "due", "yesterday"))), 400,
                null, null);
    }

    @Test
    void aPledgeOfAnotherKindOrUnknownIsRefusedOnItsField() {
        UUID partner = Partners.partner();
        UUID sanitation = Partners.pledge(partner, s.desa(), 5, NeedKind.SANITATION);
        UUID houses = Partners.pledge(partner, s.desa(), 5, NeedKind.HOUSE_REPAIR);
        awaitReady(with(s.house(), "source", pledge(houses)));

        refused(with(s.house(), "source", pledge(sanitation)), 409, "pledge-other-kind", "source.pledgeId");
        refused(with(s.house(), "source", pledge(UUID.randomUUID())), 409, "pledge-unknown", "source.pledgeId");
    }

    @Test
    void aLineThatIsNotThereOrHasNotEnoughLeftIsRefused() {
        refused(with(s.house(), "source", budget("APBD", "9.99." + UUID.randomUUID().toString().substring(0, 8).toUpperCase())),
                409, "budget-line-unknown", "source");
        Budget.Line small = Budget.apbd(1_000_000L);
        post(Auth.dinsos(), "/interventions", with(s.house(), "source", budget("APBD", small.code()))).statusCode(409)
                .body("type", equalTo("/problems/budget-ceiling-exceeded")).body("availableRupiah", equalTo(1_000_000));
        get(Auth.dinsos(), "/budget-lines/" + small.id()).body("committedRupiah", equalTo(0));
        nothingRecorded();
    }

    @Test
    void theDueDateIsTodayOrLater() {
        refused(with(s.house(), "dueDate", TODAY.minusDays(1).toString()), 400, "due-date-past", "dueDate");
        refused(with(s.house(), "dueDate", "31-12-2026"), 400, "date-format", "dueDate");
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedAtOnce() {
        post(Auth.dinsos(), "/interventions", Map.of("actorId", "x", "source", Map.of("type", "GIFT"))).statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("needId", "actorId", "source.type", "amount", "dueDate",
                        "decisionNumber"));
        post(Auth.dinsos(), "/interventions", with(s.house(), "source", Map.of("type", "PLEDGE"))).statusCode(400)
                .body("errors[0].field", equalTo("source.pledgeId")).body("errors[0].rule", equalTo("required"));
        post(Auth.dinsos(), "/interventions", with(s.house(), "source", Map.of("type", "APBD"))).statusCode(400)
                .body("errors[0].field", equalTo("source.code"));
        post(Auth.dinsos(), "/interventions", with(s.house(), "source", Map.of("type", "OWN_PROGRAMME"))).statusCode(400)
                .body("errors[0].rule", equalTo("source-type-unknown"));
        post(Auth.dinsos(), "/interventions", with(s.house(), "override", Map.of("reason", " "))).statusCode(400)
                .body("errors.field", containsInAnyOrder("override.existingInterventionId", "override.reason"));
        nothingRecorded();
    }

    @Test
    void bodiesOfAnyShapeAreProblemsNeverServerErrors() {
        for (String raw : List.of("", "null", "[]", "1", "{", "{\"needId\":[]}", "{\"amount\":\"x\"}",
                "{\"amount\":{\"rupiah\":1e400}}", "{\"tranches\":[null]}", "{\"tranches\":{}}", "{\"source\":[]}",
                "{\"amount\":{\"rupiah\":9223372036854775808}}", "{\"needId\":\"a\\u0000b\"}")) {
            given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(raw).post("/interventions")
                    .then().statusCode(lessThan(500)).statusCode(greaterThanOrEqualTo(400));
        }
        nothingRecorded();
    }

    /**
     * Refused with that status, rule and field. What partner-service published arrives on streams of its own, in no
     * order across them: a refusal that depends on one (another area's decision) is waited for.
     */
    private void refused(Map<String, Object> plan, int status, String rule, String field) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var r = post(Auth.dinsos(), "/interventions", plan).statusCode(status);
            if (rule != null) r.body("errors.rule", hasItem(rule));
            if (field != null) r.body("errors.field", hasItem(field));
        });
        nothingRecorded();
    }

    private void nothingRecorded() {
        get(Auth.dinsos(), "/interventions?householdId=" + s.household().householdId()).statusCode(200).body("total", equalTo(0));
        get(Auth.dinsos(), "/households/" + s.household().householdId() + "/needs").statusCode(200)
                .body("needs.find { it.needId == '" + s.household().need(NeedKind.HOUSE_REPAIR) + "' }.status", equalTo("IDENTIFIED"));
    }
}

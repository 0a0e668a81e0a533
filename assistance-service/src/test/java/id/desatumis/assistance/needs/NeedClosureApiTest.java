package id.desatumis.assistance.needs;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A need closed over REST: who may, in which desa, the field rules, and HouseholdNeedsMet once the last is settled. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class NeedClosureApiTest {

    @BeforeAll
    static void topics() throws Exception {
        Upstream.topicsExist();
    }

    static ValidatableResponse close(String token, UUID householdId, UUID needId, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) request = request.header("Authorization", token);
        return request.post("/households/" + householdId + "/needs/" + needId + "/closure").then();
    }

    static Upstream assessed() {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        return h;
    }

    @Test
    void dinsosClosesANeedForARecordedReasonAndTheLastClosedSettlesTheHouseholdOnce() {
        Upstream h = assessed();
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);
        UUID school = NeedId.of(h.householdId, NeedKind.EDUCATION, h.child);

        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"REFUSED_BY_HOUSEHOLD\",\"note\":\"rumah sudah diperbaiki sendiri\"}")
                .statusCode(200).header("ETag", "\"4\"").body("status", equalTo("CLOSED"))
                .body("reason", equalTo("REFUSED_BY_HOUSEHOLD"));
        close(Auth.operator(h.desa), h.householdId, school, "{\"reason\":\"MEMBER_MOVED_AWAY\"}").statusCode(200);
        // listed again: nothing opens, so nothing is announced again
        h.needsIdentified();
        Needs.once(h.householdId, j -> j.getLong("version") >= 7);

        var household = Needs.of(h.householdId);
        assertThat(household.getBoolean("allNeedsMet")).isTrue();
        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, "household-" + h.householdId, 3,
                Duration.ofSeconds(30));
        assertThat(published.stream().filter(r -> HouseholdNeedsMetV1.CE_TYPE.equals(TopicRecords.header(r, "ce_type"))))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"needsMet\":0", "\"needsClosed\":2"));
        assertThat(published.stream().filter(r -> NeedClosedV1.CE_TYPE.equals(TopicRecords.header(r, "ce_type"))))
                .hasSize(2).noneMatch(r -> r.value().contains("sendiri"));
    }

    @Test
    void anOperatorOfAnotherDesaLearnsNothingAndOfficesPartnersAndReadersAreRefused() {
        Upstream h = assessed();
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);
        String body = "{\"reason\":\"REFUSED_BY_HOUSEHOLD\"}";

        close(Auth.operator(Upstream.OTHER_DESA), h.householdId, house, body).statusCode(404);
        close(null, h.householdId, house, body).statusCode(401);
        close(Auth.opd("DPUPR"), h.householdId, house, body).statusCode(403);
        close(Auth.partner(UUID.randomUUID()), h.householdId, house, body).statusCode(403);
        close(Auth.tkpkd(), h.householdId, house, body).statusCode(403);
        close(Auth.auditor(), h.householdId, house, body).statusCode(403);
        assertThat(Needs.status(Needs.of(h.householdId), h.householdId, NeedKind.HOUSE_REPAIR, null)).isEqualTo("IDENTIFIED");
    }

    @Test
    void unknownHouseholdsAndNeedsAre404() {
        Upstream h = assessed();
        String body = "{\"reason\":\"MEMBER_DIED\"}";

        close(Auth.dinsos(), UUID.randomUUID(), UUID.randomUUID(), body).statusCode(404);
        close(Auth.dinsos(), h.householdId, UUID.randomUUID(), body).statusCode(404);
        given().header("Authorization", Auth.dinsos()).contentType("application/json").body(body)
                .post("/households/not-an-id/needs/" + UUID.randomUUID() + "/closure").then().statusCode(404);
    }

    @Test
    void eachFieldIsCheckedAndNamed() {
        Upstream h = assessed();
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);

        // a control character is refused while the body is read (platform-kit's RequestJson), before the fields' rules
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"BORED\",\"note\":\"x\\u0000y\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("note")).body("errors.rule", hasItem("text-control-character"));
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"BORED\",\"note\":\"x y\"}").statusCode(400)
                .body("errors.field", hasItem("reason")).body("errors.rule", hasItem("close-reason-unknown"));
        close(Auth.dinsos(), h.householdId, house, "{}").statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].rule", equalTo("required"));
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"MEMBER_DIED\",\"note\":\"" + "x".repeat(1001) + "\"}")
                .statusCode(400).body("errors[0].rule", equalTo("max-length"));
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":").statusCode(400);
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":[1]}").statusCode(400);
    }

    @Test
    void aNeedIsClosedOnceAndAStaleIfMatchIsRefused() {
        Upstream h = assessed();
        UUID house = NeedId.of(h.householdId, NeedKind.HOUSE_REPAIR, null);

        given().header("Authorization", Auth.dinsos()).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"reason\":\"MEMBER_DIED\"}").post("/households/" + h.householdId + "/needs/" + house + "/closure")
                .then().statusCode(412);
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"REFUSED_BY_HOUSEHOLD\"}").statusCode(200);
        close(Auth.dinsos(), h.householdId, house, "{\"reason\":\"REFUSED_BY_HOUSEHOLD\"}").statusCode(409)
                .body("type", equalTo("/problems/need-closed"));
    }
}

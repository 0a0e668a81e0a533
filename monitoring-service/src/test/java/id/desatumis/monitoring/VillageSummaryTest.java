package id.desatumis.monitoring;

import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * {@code GET /villages/{desaCode}/summary} served from the programme projection's households table: registry events on
 * Kafka, through the projection engine and HouseholdsPart, to the desa's counts.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class VillageSummaryTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @BeforeAll
    static void topicExists() throws Exception {
        // in the platform registry-service's relay creates it
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryEvents.TOPIC), 3, (short) 1);
    }

    static String dinsos() {
        return "Bearer " + DevStack.shared().tokens().mint("staf-dinsos", "dinsos", null, null, null);
    }

    static int members(String desa) {
        return summary(desa).path("members");
    }

    static int households(String desa) {
        return summary(desa).path("households");
    }

    /** The summary (the waits ignore the 503 answered while the projection's first generation is being built). */
    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> summary(String desa) {
        return given().header("Authorization", dinsos()).get("/villages/" + desa + "/summary").then().statusCode(200)
                .extract();
    }

    @Test
    void aRegisteredHouseholdIsCountedInItsDesaWithFreshness() {
        String desa = "33.14.02.2001";
        String household = UUID.randomUUID().toString();
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, household, 1,
                RegistryEvents.registered(household, desa, 3));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> households(desa) == 1);
        given().header("Authorization", dinsos()).get("/villages/" + desa + "/summary").then()
                .body("desaName", equalTo("Karangwaru")).body("members", equalTo(3))
                .body("lastEventAt", notNullValue()).body("lastAppliedAt", notNullValue())
                .body("consumerLag", notNullValue());
    }

    @Test
    void theSameEventDeliveredTwiceIsCountedOnce() {
        String desa = "33.14.03.2001";
        String household = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = RegistryEvents.registered(household, desa, 2);
        RegistryEvents.send(eventId, HouseholdRegisteredV1.CE_TYPE, household, 1, payload);
        RegistryEvents.send(eventId, HouseholdRegisteredV1.CE_TYPE, household, 1, payload);
        // a later event of the same stream (same partition) shows the duplicate has been consumed
        RegistryEvents.send(UUID.randomUUID().toString(), MemberAddedV1.CE_TYPE, household, 2,
                RegistryEvents.memberAdded(household, desa));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> members(desa) == 3);
        assertThat(households(desa)).isEqualTo(1);
    }

    @Test
    void anUnknownEventTypeIsSkippedAndConsumptionGoesOn() {
        String desa = "33.14.04.2001";
        String household = UUID.randomUUID().toString();
        RegistryEvents.send(UUID.randomUUID().toString(), "id.desatumis.registry.HouseholdRenamed.v9", household, 1, "{\"x\":1}");
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, household, 2,
                RegistryEvents.registered(household, desa, 4));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> members(desa) == 4);
    }

    @Test
    void theHouseholdsLifeMovesTheCountsBetweenVillages() {
        String from = "33.14.09.2001";
        String to = "33.14.10.1001"; // Sine, a kelurahan
        String h = UUID.randomUUID().toString();
        String dup = UUID.randomUUID().toString();
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, h, 1, RegistryEvents.registered(h, from, 4));
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, dup, 1, RegistryEvents.registered(dup, from, 2));
        RegistryEvents.send(UUID.randomUUID().toString(), MemberDiedV1.CE_TYPE, h, 2,
                "{\"householdId\":\"" + h + "\",\"desaCode\":\"" + from + "\",\"memberId\":\"" + UUID.randomUUID()
                        + "\",\"recordedAt\":\"2026-11-27T00:00:00Z\"}");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> households(from) == 2 && members(from) == 5);
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdMergedV1.CE_TYPE, dup, 2,
                "{\"householdId\":\"" + dup + "\",\"desaCode\":\"" + from + "\",\"survivorId\":\"" + h
                        + "\",\"memberCount\":2,\"recordedAt\":\"2026-11-27T00:00:00Z\"}");
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdAbsorbedV1.CE_TYPE, h, 3,
                "{\"householdId\":\"" + h + "\",\"desaCode\":\"" + from + "\",\"duplicateId\":\"" + dup
                        + "\",\"members\":[{\"memberId\":\"" + UUID.randomUUID()
                        + "\",\"sex\":\"M\",\"ageBand\":\"7-12\",\"headOfHousehold\":false}],\"recordedAt\":\"2026-11-27T00:00:00Z\"}");
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdMovedV1.CE_TYPE, h, 4,
                "{\"householdId\":\"" + h + "\",\"fromDesaCode\":\"" + from + "\",\"toDesaCode\":\"" + to
                        + "\",\"memberCount\":4,\"recordedAt\":\"2026-11-27T00:00:00Z\"}");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> households(to) == 1 && members(to) == 4);
        assertThat(households(from)).isZero();
        assertThat(members(from)).isZero();
    }

    @Test
    void theSummaryAsCsvHoldsTheSameCounts() {
        String desa = "33.14.05.2002";
        String household = UUID.randomUUID().toString();
        RegistryEvents.send(UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, household, 1,
                RegistryEvents.registered(household, desa, 2));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> households(desa) == 1);
        String csv = given().header("Authorization", dinsos()).accept("text/csv").get("/villages/" + desa + "/summary")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().toList().get(0))
                .isEqualTo("desaCode,desaName,households,members,lastEventAt,lastAppliedAt,consumerLag");
        assertThat(csv.lines().toList().get(1)).startsWith(desa + ",Jambeyan,1,2,");
    }

    @Test
    void whoMayReadASummary() {
        String desa = "33.14.05.2001";
        given().get("/villages/" + desa + "/summary").then().statusCode(401).contentType("application/problem+json");
        String ownOperator = "Bearer " + DevStack.shared().tokens().mint("op", "village-operator", List.of(desa), null, null);
        String otherOperator = "Bearer " + DevStack.shared().tokens().mint("op2", "village-operator", List.of("33.14.06.2001"), null, null);
        await().atMost(PATIENCE).until(() -> given().header("Authorization", ownOperator).get("/villages/" + desa + "/summary")
                .statusCode() == 200);
        given().header("Authorization", otherOperator).get("/villages/" + desa + "/summary").then().statusCode(403)
                .body("type", equalTo("/problems/outside-village-scope"));
        for (String role : new String[]{"tkpkd", "auditor"}) {
            String token = "Bearer " + DevStack.shared().tokens().mint("u", role, null, null, null);
            given().header("Authorization", token).get("/villages/" + desa + "/summary").then().statusCode(200);
        }
        // as the funnel: an office or a partner reads its own work, not a desa's counts
        for (String role : new String[]{"opd", "partner"}) {
            String token = "Bearer " + DevStack.shared().tokens().mint("u", role, null, "DINKES", "p1");
            given().header("Authorization", token).get("/villages/" + desa + "/summary").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", dinsos()).get("/villages/33.14.99.9999/summary").then().statusCode(404)
                .contentType("application/problem+json");
    }
}

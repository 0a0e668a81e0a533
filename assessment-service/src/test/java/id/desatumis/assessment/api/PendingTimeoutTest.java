package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A form whose household the registry never announces is refused as unknown once the (here short) wait is over. */
@QuarkusTest
@TestProfile(PendingTimeoutTest.ShortWait.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class PendingTimeoutTest {

    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("desatumis.assessment.pending-timeout", "PT2S", "desatumis.assessment.pending-sweep-interval", "0.2s");
        }
    }

    @Test
    void aFormForAHouseholdTheRegistryNeverAnnouncesIsRefusedAsUnknownAfterTheWait() {
        String desa = "33.14.07.2003";
        var ghost = new Registry.Household(UUID.randomUUID(), desa, List.of(UUID.randomUUID()));
        var form = Forms.form(ghost, 10, true);
        String path = "/assessments/" + form.get("assessmentId");
        given().header("Authorization", Auth.operator(desa)).contentType(ContentType.JSON).body(form).post("/assessments")
                .then().statusCode(202);
        // operations see it waiting
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/metrics").then().extract().asString()
                .lines().anyMatch(l -> l.startsWith("desatumis_assessment_pending_forms") && !l.endsWith(" 0.0")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Auth.operator(desa)).get(path)
                .then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("refusal.rule", equalTo("household-unknown"))
                .body("refusal.type", equalTo("/problems/household-unknown")));
    }
}

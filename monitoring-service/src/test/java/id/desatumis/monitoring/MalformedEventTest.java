package id.desatumis.monitoring;

import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A malformed event of a known type stops the ordered projection loudly instead of being skipped: the
 * channel fails, liveness goes down, and nothing after it is applied. (On a topic of its own, so the
 * other tests' channel is not disturbed.)
 */
@QuarkusTest
@TestProfile(MalformedEventTest.OwnTopic.class)
class MalformedEventTest {

    public static class OwnTopic implements QuarkusTestProfile {
        static final String TOPIC = "desatumis.registry.household.v1.malformed-test";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.registry-household.topic", TOPIC);
        }
    }

    @Test
    void aMalformedKnownEventStopsTheProjectionAndHealthSaysSo() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(OwnTopic.TOPIC), 1, (short) 1);
        String desa = "33.14.08.2001";
        String household = UUID.randomUUID().toString();
        RegistryEvents.send(OwnTopic.TOPIC, UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, household, 1,
                "{\"householdId\": 42, \"members\": \"not a list\"");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/live").statusCode() == 503);

        RegistryEvents.send(OwnTopic.TOPIC, UUID.randomUUID().toString(), HouseholdRegisteredV1.CE_TYPE, household, 2,
                RegistryEvents.registered(household, desa, 2));
        // the valid event behind the malformed one is not applied while the projection is stopped
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> VillageSummaryTest.households(desa) == 0);
    }
}

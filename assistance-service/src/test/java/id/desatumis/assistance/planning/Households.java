package id.desatumis.assistance.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Plays assessment-service for the planning tests: a verified poor household's NeedsIdentified, written to Kafka as
 * its relay would, then waited for until assistance-service lists the household's needs. Each household is new, so
 * its stream starts at version 1.
 */
final class Households {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Households() {
    }

    /** A household of the desa and its members (ids only, as the events carry them). */
    record Household(UUID householdId, String desa, UUID head, UUID child) {

        UUID need(NeedKind kind) {
            return NeedId.of(householdId, kind, null);
        }

        UUID need(NeedKind kind, UUID member) {
            return NeedId.of(householdId, kind, member);
        }
    }

    static void topicExists() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(AssessmentTopics.ASSESSMENT), 2, (short) 1);
    }

    /** A household of the desa found poor, lacking a house repair, and schooling for both members. */
    static Household verifiedPoor(String desa) {
        Household h = new Household(UUID.randomUUID(), desa, UUID.randomUUID(), UUID.randomUUID());
        identified(h, 1, List.of(new NeedsIdentifiedV1.Need(NeedKind.HOUSE_REPAIR.name(), null),
                new NeedsIdentifiedV1.Need(NeedKind.SANITATION.name(), null),
                new NeedsIdentifiedV1.Need(NeedKind.EDUCATION.name(), h.head().toString()),
                new NeedsIdentifiedV1.Need(NeedKind.EDUCATION.name(), h.child().toString()),
                new NeedsIdentifiedV1.Need(NeedKind.SKILLS_TRAINING.name(), h.head().toString()),
                new NeedsIdentifiedV1.Need(NeedKind.BUSINESS_CAPITAL.name(), h.head().toString())));
        return h;
    }

    /** Many households at once (their events sent first, then waited for together). */
    static List<Household> verifiedPoor(String desa, int count) {
        List<Household> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Household h = new Household(UUID.randomUUID(), desa, UUID.randomUUID(), UUID.randomUUID());
            send(h, 1, List.of(new NeedsIdentifiedV1.Need(NeedKind.HOUSE_REPAIR.name(), null)));
            all.add(h);
        }
        all.forEach(h -> awaitNeeds(h, 1));
        return all;
    }

    /** A later verified assessment of the household that lists only its sanitation: its house repair is no longer a need. */
    static void reassessedWithoutHouseRepair(Household h) {
        send(h, 2, List.of(new NeedsIdentifiedV1.Need(NeedKind.SANITATION.name(), null)));
    }

    private static void identified(Household h, long version, List<NeedsIdentifiedV1.Need> needs) {
        send(h, version, needs);
        awaitNeeds(h, needs.size());
    }

    private static void send(Household h, long version, List<NeedsIdentifiedV1.Need> needs) {
        NeedsIdentifiedV1 event = new NeedsIdentifiedV1(h.householdId().toString(), h.desa(), UUID.randomUUID().toString(),
                "POOR", "bps14-2026.1", needs, Instant.now().toString());
        try {
            CloudEventSender.send(AssessmentTopics.ASSESSMENT, "assessment-" + h.householdId(), UUID.randomUUID().toString(),
                    NeedsIdentifiedV1.CE_TYPE, AssessmentTopics.SOURCE, version, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitNeeds(Household h, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = given().header("Authorization", Auth.dinsos()).get("/households/" + h.householdId() + "/needs");
            if (r.statusCode() != 200) return false;
            List<Map<String, Object>> needs = r.jsonPath().getList("needs");
            return needs != null && needs.size() == count;
        });
    }
}

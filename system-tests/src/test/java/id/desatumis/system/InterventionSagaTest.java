package id.desatumis.system;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionReservationRejectedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.ReservationTimedOutV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;
import id.desatumis.devstack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reservation saga across both services, as packaged: partner-service holds an office's accepted pledge of
 * latrines; assistance-service, told of the households' needs by assessment-service's events, plans them from the
 * pledge through its REST API, and partner-service's answers resource them or send them back to planned. With
 * partner-service stopped, a request that waits past the timeout (a minute here, see this module's pom) is given up
 * and what partner-service reserves for it when it comes back is released; one that waits less is resourced once it
 * is back.
 */
class InterventionSagaTest {

    static final String REGENCY = "33.14";
    static final String KECAMATAN = "33.14.07";
    static final String DESA = "33.14.07.2003";
    /** Not CoordinatePledgeReserveTest's kind: each test class leads its own cell of the regency's matrix. */
    static final String KIND = "SANITATION";
    static final String UNIT = "LATRINE";
    /** Longer than the reservation timeout the pom gives assistance-service, with room for a slow machine. */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    static Path keys;
    static ServiceProcess partner;
    static ServiceProcess assistance;

    @BeforeAll
    static void startServices() throws Exception {
        // assessment-service is not started here: its needs are played on its topic; assistance-service's topic is
        // made as CoordinatePledgeReserveTest makes it, whichever runs first
        Topics.exists(AssessmentTopics.ASSESSMENT, 3);
        Topics.exists(AssistanceTopics.INTERVENTION, 4);
        keys = ServiceProcess.keys();
        partner = ServiceProcess.start("partner-service", "system_partner", keys);
        assistance = ServiceProcess.start("assistance-service", "system_assistance", keys);
    }

    @AfterAll
    static void stopServices() {
        if (assistance != null) assistance.close();
        if (partner != null) partner.close();
    }

    static String dinsos() {
        return DevStack.shared().tokens().mint("staf-dinsos", "dinsos", null, null, null);
    }

    /** A verified assessment of the household found it needs a latrine: assessment-service's event. */
    static UUID needsALatrine(UUID householdId) throws Exception {
        var needs = new NeedsIdentifiedV1(householdId.toString(), DESA, UUID.randomUUID().toString(), "EXTREME_POOR",
                "sragen-2026.1", List.of(new NeedsIdentifiedV1.Need(KIND, null)), Instant.now().toString());
        CloudEventSender.send(AssessmentTopics.ASSESSMENT, "assessment-" + householdId, UUID.randomUUID().toString(),
                NeedsIdentifiedV1.CE_TYPE, AssessmentTopics.SOURCE, 1, Http.JSON.writeValueAsString(needs));
        // the need's id as assistance-service derives it: household, kind and (no) member
        return UUID.nameUUIDFromBytes(("need:" + householdId + ":" + KIND + ":-").getBytes(StandardCharsets.UTF_8));
    }

    /** One latrine from the pledge, by the matrix's lead (no actor named), on the forum's decision. */
    static Map<String, Object> plan(UUID needId, String pledgeId, PledgeSetup setup, String decision) {
        Map<String, Object> body = new HashMap<>();
        body.put("needId", needId.toString());
        body.put("source", Map.of("type", "PLEDGE", "pledgeId", pledgeId));
        body.put("amount", Map.of("units", 1));
        body.put("dueDate", setup.today.plusMonths(3).toString());
        body.put("decisionNumber", decision);
        return body;
    }

    /**
     * Waits until assistance-service has read everything the plan names (the need from assessment-service's event;
     * the pledge, the decision and the lead from partner-service's): a copy due yesterday is then refused for its
     * date alone, which is checked last. Nothing is written meanwhile.
     */
    static void ready(Map<String, Object> plan) {
        Map<String, Object> probe = new HashMap<>(plan);
        probe.put("dueDate", LocalDate.parse((String) plan.get("dueDate")).minusMonths(4).toString());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            var answer = Http.post(assistance.url() + "/interventions", dinsos(), probe);
            return answer.status() == 400 && answer.raw().contains("due-date-past");
        });
    }

    /** Plans; the new intervention's id. */
    static String planned(Map<String, Object> plan) throws Exception {
        var answer = Http.post(assistance.url() + "/interventions", dinsos(), plan);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().get("interventionId").asText();
    }

    /** The intervention's published events, once there are at least {@code atLeast}. */
    static List<ConsumerRecord<String, String>> events(String interventionId, int atLeast) {
        return TopicRecords.withKey(AssistanceTopics.INTERVENTION, "intervention-" + interventionId, atLeast, PATIENCE);
    }

    static JsonNode pledge(PledgeSetup setup, String pledgeId) throws Exception {
        var answer = setup.pledgeOfOffice(pledgeId);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void fiftyNeedsPlannedAtOnceFromAPledgeOfTwentyLatrinesResourceExactlyTwenty() throws Exception {
        PledgeSetup setup = new PledgeSetup(() -> partner.url()).officeLeading(KIND, REGENCY);
        String pledgeId = setup.acceptedPledge(KIND, UNIT, KECAMATAN, 20);
        String decision = setup.planDecision();
        List<Map<String, Object>> plans = new ArrayList<>();
        for (int i = 0; i < 50; i++) plans.add(plan(needsALatrine(UUID.randomUUID()), pledgeId, setup, decision));
        plans.forEach(InterventionSagaTest::ready);

        // all fifty at once, from eight clients
        List<String> interventions = new ArrayList<>();
        ExecutorService planners = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> planned = new ArrayList<>();
            for (Map<String, Object> p : plans) planned.add(planners.submit(() -> planned(p)));
            for (Future<String> f : planned) interventions.add(f.get());
        } finally {
            planners.shutdown();
        }

        // each intervention's third event is partner-service's answer applied: resourced, or planned again
        Map<String, List<String>> byOutcome = new HashMap<>();
        for (String id : interventions) {
            ConsumerRecord<String, String> outcome = events(id, 3).get(2);
            String type = TopicRecords.header(outcome, "ce_type");
            if (type.equals(InterventionReservationRejectedV1.CE_TYPE)) {
                assertThat(Http.JSON.readTree(outcome.value()).get("reason").asText()).isEqualTo("insufficient");
            }
            byOutcome.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
        }
        assertThat(byOutcome.keySet()).containsOnly(InterventionResourcedV1.CE_TYPE, InterventionReservationRejectedV1.CE_TYPE);
        assertThat(byOutcome.get(InterventionResourcedV1.CE_TYPE)).hasSize(20);
        assertThat(byOutcome.get(InterventionReservationRejectedV1.CE_TYPE)).hasSize(30);
        // assistance-service's stages agree
        Map<String, Long> stages = new HashMap<>();
        for (String id : interventions) {
            var detail = Http.get(assistance.url() + "/interventions/" + id, dinsos());
            assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
            stages.merge(detail.body().get("stage").asText(), 1L, Long::sum);
        }
        assertThat(stages).isEqualTo(Map.of("RESOURCED", 20L, "PLANNED", 30L));
        // and the pledge's balance, once partner-service's read model has caught up
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode p = pledge(setup, pledgeId);
            assertThat(p.at("/reserved/units").asLong()).isEqualTo(20);
            assertThat(p.at("/remaining/units").asLong()).isZero();
        });
    }

    @Test
    void withPartnerServiceAwayARequestPastTheTimeoutIsReleasedAndOneWithinItIsResourcedOnceItIsBack() throws Exception {
        PledgeSetup setup = new PledgeSetup(() -> partner.url()).officeLeading(KIND, REGENCY);
        String pledgeId = setup.acceptedPledge(KIND, UNIT, KECAMATAN, 2);
        String decision = setup.planDecision();
        Map<String, Object> late = plan(needsALatrine(UUID.randomUUID()), pledgeId, setup, decision);
        Map<String, Object> inTime = plan(needsALatrine(UUID.randomUUID()), pledgeId, setup, decision);
        // assistance-service has read the needs and partner-service's pledge, decisions and lead before it goes away
        ready(late);
        ready(inTime);
        partner.close();
        String givenUp = planned(late);
        List<ConsumerRecord<String, String>> timedOut = events(givenUp, 4);
        assertThat(timedOut).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, ReservationTimedOutV1.CE_TYPE,
                ReservationReleaseRequestedV1.CE_TYPE);
        String givenUpRequest = Http.JSON.readTree(timedOut.get(1).value()).get("requestId").asText();

        String resourced = planned(inTime);
        partner = ServiceProcess.start("partner-service", "system_partner", keys);

        assertThat(TopicRecords.header(events(resourced, 3).get(2), "ce_type")).isEqualTo(InterventionResourcedV1.CE_TYPE);
        // the request given up was reserved when partner-service read it, and released right after
        List<ConsumerRecord<String, String>> answers = TopicRecords.withKey(PartnerTopics.RESERVATION,
                "reservation-" + givenUpRequest, 2, PATIENCE);
        assertThat(answers).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly(ReservationConfirmedV1.CE_TYPE, ReservationReleasedV1.CE_TYPE);
        assertThat(Http.JSON.readTree(answers.get(1).value()).get("reason").asText()).isEqualTo("TIMED_OUT");
        // and never applied here, once assistance-service has read it: the intervention is planned again
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> Topics.readAll("assistance-reservations", PartnerTopics.RESERVATION));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var detail = Http.get(assistance.url() + "/interventions/" + givenUp, dinsos());
            assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
            assertThat(detail.body().get("stage").asText()).isEqualTo("PLANNED");
        });
        assertThat(events(givenUp, 4)).extracting(r -> TopicRecords.header(r, "ce_type"))
                .doesNotContain(InterventionResourcedV1.CE_TYPE);
        // the pledge: one latrine reserved for the intervention resourced, the released one back
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode p = pledge(setup, pledgeId);
            assertThat(p.at("/reserved/units").asLong()).isEqualTo(1);
            assertThat(p.at("/remaining/units").asLong()).isEqualTo(1);
        });
    }
}

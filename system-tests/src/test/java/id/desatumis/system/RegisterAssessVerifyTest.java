package id.desatumis.system;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.devstack.DemoData;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Across the real stack: households registered in registry-service, assessed and verified in assessment-service,
 * their needs on Kafka without personal data; a household erased in the registry cannot be assessed afterwards.
 */
class RegisterAssessVerifyTest {

    static final String DESA = "33.14.07.2003";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static ServiceProcess registry;
    static ServiceProcess assessment;

    @BeforeAll
    static void startServices() throws Exception {
        Path keys = ServiceProcess.keys();
        registry = ServiceProcess.start("registry-service", "system_registry", keys);
        assessment = ServiceProcess.start("assessment-service", "system_assessment", keys);
    }

    @AfterAll
    static void stopServices() {
        if (assessment != null) assessment.close();
        if (registry != null) registry.close();
    }

    static String token(String subject, String role, List<String> desa) {
        return DevStack.shared().tokens().mint(subject, role, desa, null, null);
    }

    /** Registers a household (demo identities) and answers its id and the registry's member ids. */
    static JsonNode register(int n) throws Exception {
        String body = DemoData.household(DESA, n);
        var created = Http.post(registry.url() + "/households", token("dinsos-reg", "dinsos", null), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var read = Http.get(registry.url() + "/households/" + created.body().get("householdId").asText(),
                token("partner-x", "partner", null));
        assertThat(read.status()).isEqualTo(200);
        return read.body();
    }

    static Map<String, Object> form(JsonNode household, int criteria, UUID assessmentId) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (JsonNode m : household.get("members")) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("memberId", m.get("memberId").asText());
            a.put("ageYears", 35);
            a.put("healthCover", "NONE");
            a.put("workStatus", "UNEMPLOYED");
            a.put("disability", false);
            members.add(a);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("assessmentId", assessmentId.toString());
        f.put("householdId", household.get("householdId").asText());
        f.put("desaCode", DESA);
        f.put("visitDate", "2026-09-01");
        f.put("assessor", "enumerator-wati");
        f.put("location", Map.of("latitude", -7.4311, "longitude", 111.0129));
        f.put("criteriaMet", List.of("C01_FLOOR_AREA", "C02_FLOOR", "C03_WALLS", "C04_TOILET", "C05_ELECTRICITY",
                "C06_WATER", "C07_COOKING_FUEL", "C08_PROTEIN", "C09_CLOTHES", "C10_MEALS").subList(0, criteria));
        f.put("house", Map.of("roof", "BAD", "roofMaterial", "THATCH", "walls", "BAD", "wallMaterial", "BAMBOO", "floor", "BAD",
                "floorMaterial", "EARTH", "floorAreaM2", 16.0, "electricity", "NONE", "latrine", "NONE", "water", "RIVER"));
        f.put("members", members);
        return f;
    }

    /** Submits until the assessment is stored (a 202 means the registry's event has not reached the view yet). */
    static void submitted(Map<String, Object> form, String operator) throws Exception {
        var first = Http.post(assessment.url() + "/assessments", operator, form);
        assertThat(first.status()).as(first.raw()).isIn(201, 202);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                "SUBMITTED".equals(Http.get(assessment.url() + "/assessments/" + form.get("assessmentId"), operator)
                        .body().path("status").asText()));
    }

    @Test
    void registeredAssessedAndVerifiedHouseholdsHaveTheirNeedsOnKafkaWithoutPersonalData() throws Exception {
        String operator = token("operator-cemeng", "village-operator", List.of(DESA));
        JsonNode household = register(1);
        var form = form(household, 10, UUID.randomUUID());
        submitted(form, operator);
        var verified = Http.post(assessment.url() + "/assessments/" + form.get("assessmentId") + "/verification",
                token("dinsos-verifier", "dinsos", null), Map.of("forumDate", "2026-10-20", "decisionNumber", "12/MD/X/2026"));
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);

        String householdId = household.get("householdId").asText();
        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(AssessmentTopics.ASSESSMENT,
                "assessment-" + householdId, 3, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(AssessmentClassifiedV1.CE_TYPE,
                AssessmentVerifiedV1.CE_TYPE, NeedsIdentifiedV1.CE_TYPE);
        ConsumerRecord<String, String> record = records.get(2);
        var needs = Http.JSON.readValue(record.value(), NeedsIdentifiedV1.class);
        assertThat(needs.householdId()).isEqualTo(householdId);
        assertThat(needs.povertyClass()).isEqualTo("POOR");
        assertThat(needs.needs()).extracting(NeedsIdentifiedV1.Need::kind).contains("HOUSE_REPAIR", "HEALTH_COVER", "SKILLS_TRAINING");
        // nothing personal: no NIK, names, KK number, birth dates or address from the registration, no answers or GPS
        JsonNode registration = Http.JSON.readTree(DemoData.household(DESA, 1));
        List<String> personal = new ArrayList<>(List.of(registration.get("kkNumber").asText(), registration.get("address").asText(),
                "-7.4311", "111.0129", "enumerator-wati", "UNEMPLOYED", "ageYears", "THATCH"));
        for (JsonNode m : registration.get("members")) {
            personal.addAll(List.of(m.get("nik").asText(), m.get("name").asText(), m.get("birthDate").asText()));
        }
        for (ConsumerRecord<String, String> r : records) {
            assertThat(r.value()).doesNotContain(personal);
            r.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(personal));
        }
    }

    @Test
    void aHouseholdErasedInTheRegistryCannotBeAssessedAfterwards() throws Exception {
        String operator = token("operator-cemeng", "village-operator", List.of(DESA));
        JsonNode household = register(2);
        submitted(form(household, 9, UUID.randomUUID()), operator);
        String householdId = household.get("householdId").asText();
        var erased = Http.post(registry.url() + "/households/" + householdId + "/erasure", token("dinsos-dpo", "dinsos", null),
                Map.of("legalBasis", "UU 27/2022 Pasal 8: the family withdrew consent"));
        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
        // a probe that stores nothing either way: a member the household does not have is refused while it is active
        var probe = form(household, 9, UUID.randomUUID());
        ((List<Map<String, Object>>) probe.get("members")).get(0).put("memberId", UUID.randomUUID().toString());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                Http.post(assessment.url() + "/assessments", operator, probe).body().path("type").asText()
                        .equals("/problems/household-erased"));
        var later = Http.post(assessment.url() + "/assessments", operator, form(household, 10, UUID.randomUUID()));
        assertThat(later.status()).isEqualTo(409);
        assertThat(later.body().path("type").asText()).isEqualTo("/problems/household-erased");
    }
}

package id.desatumis.system;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.registry.ReferenceCodes;
import id.desatumis.devstack.DemoData;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;
import id.desatumis.devstack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole story of one household across the four packaged services, over their REST APIs and Kafka only:
 * registry-service registers it and gives it a reference code; assessment-service assesses it (poor, lacking a
 * decent house and sanitation) and Dinas Sosial verifies the assessment; assistance-service hears of its two needs;
 * in partner-service an office leads sanitation in the regency and has a pledge of house repairs accepted by the
 * TKPKD forum, which also approves the plans; assistance-service plans the house from the pledge (the office named
 * as actor, with a reason) and sanitation from an APBD line Dinas Sosial opened, the pledge's reservation is
 * confirmed through partner-service (the saga), the office reports both deliveries and the village's operator
 * verifies them with the household's confirmation: both needs are met, {@code HouseholdNeedsMet} is published, the
 * household's public status lookup says so, and the pledge and the budget line show what was spent.
 */
class WholeStoryTest {

    static final String REGENCY = "33.14";
    /**
     * Kadipiro, not the other system tests' Cemeng: no pledge of theirs serves it, nor this test's pledge them. The
     * sanitation lead is the regency's, which InterventionSagaTest makes its own office's again each time; the house
     * repair lead (CoordinatePledgeReserveTest's) is left alone: this test names its office as the house's actor.
     */
    static final String KECAMATAN = "33.14.05";
    static final String DESA = "33.14.05.2005";
    static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");
    static final Duration PATIENCE = Duration.ofMinutes(2);
    static final long CEILING_RUPIAH = 50_000_000L;
    static final long SANITATION_RUPIAH = 4_750_000L;
    /** 9 of the 14 BPS criteria (poor, not extreme poor): the house's (1-3) and the toilet's (4), no lighting, water or meals. */
    static final List<String> CRITERIA = List.of("C01_FLOOR_AREA", "C02_FLOOR", "C03_WALLS", "C04_TOILET",
            "C07_COOKING_FUEL", "C08_PROTEIN", "C09_CLOTHES", "C11_TREATMENT", "C12_HEAD_INCOME");

    static ServiceProcess registry;
    static ServiceProcess assessment;
    static ServiceProcess partner;
    static ServiceProcess assistance;

    @BeforeAll
    static void startServices() throws Exception {
        // assistance-service's topic is made as the other system tests make it, before partner-service reads it
        Topics.exists(AssistanceTopics.INTERVENTION, 4);
        Path keys = ServiceProcess.keys();
        registry = ServiceProcess.start("registry-service", "system_registry", keys);
        assessment = ServiceProcess.start("assessment-service", "system_assessment", keys);
        partner = ServiceProcess.start("partner-service", "system_partner", keys);
        assistance = ServiceProcess.start("assistance-service", "system_assistance", keys);
    }

    @AfterAll
    static void stopServices() {
        for (ServiceProcess s : new ServiceProcess[] {assistance, partner, assessment, registry}) {
            if (s != null) s.close();
        }
    }

    static String token(String subject, String role, List<String> desa) {
        return DevStack.shared().tokens().mint(subject, role, desa, null, null);
    }

    static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        return answer;
    }

    /** The household's needs at assistance-service by kind, once it has heard of {@code count} of them. */
    static Map<String, JsonNode> needsOnceThere(String householdId, String dinsos, int count) {
        Map<String, JsonNode> byKind = new HashMap<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var read = Http.get(assistance.url() + "/households/" + householdId + "/needs", dinsos);
            assertThat(read.status()).as(read.raw()).isEqualTo(200); // 404 until its needs are heard of
            byKind.clear();
            read.body().get("needs").forEach(n -> byKind.put(n.get("kind").asText(), n));
            assertThat(byKind).as(read.raw()).hasSizeGreaterThanOrEqualTo(count);
        });
        return byKind;
    }

    /**
     * Waits until assistance-service has read everything the plan names (the need, the actor, the decision, the
     * source, from the other services' events): the same plan due yesterday is then refused for its date alone,
     * which is checked last. Nothing is written meanwhile.
     */
    static void plannable(Map<String, Object> plan, String dinsos, LocalDate today) {
        Map<String, Object> probe = new HashMap<>(plan);
        probe.put("dueDate", today.minusDays(1).toString());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var answer = Http.post(assistance.url() + "/interventions", dinsos, probe);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
            assertThat(answer.raw()).contains("due-date-past");
        });
    }

    /** The intervention as Dinas Sosial reads it, once it has left {@code passing}. */
    static JsonNode past(String interventionId, String passing, String dinsos) {
        JsonNode[] read = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            read[0] = expect(200, Http.get(assistance.url() + "/interventions/" + interventionId, dinsos)).body();
            return !read[0].get("stage").asText().equals(passing);
        });
        return read[0];
    }

    /** The public status lookup: no account, only the code (JDK client: {@link Http} always sends a token). */
    static Http.Answer lookUp(String referenceCode) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(assistance.url() + "/status-lookups"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(Map.of("referenceCode", referenceCode))))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Answer(r.statusCode(), r.body().isEmpty() ? null : Http.JSON.readTree(r.body()), r.body());
    }

    /** The lookup's answer once it has one, every need's stage by kind; polled slowly, under the per-address limit. */
    static JsonNode statusOnceKnown(String referenceCode) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(3)).until(() -> {
            var answer = lookUp(referenceCode);
            if (answer.status() == 404 || answer.status() == 429) return false; // its code not heard of yet; or wait
            found[0] = expect(200, answer).body();
            return true;
        });
        return found[0];
    }

    static Map<String, String> stages(JsonNode status) {
        Map<String, String> byKind = new HashMap<>();
        status.get("needs").forEach(n -> byKind.put(n.get("kind").asText(), n.get("stage").asText()));
        return byKind;
    }

    static Map<String, Object> form(JsonNode household, UUID assessmentId, LocalDate visit) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (JsonNode m : household.get("members")) {
            // working adults with the state's health cover: no member's need
            members.add(Map.of("memberId", m.get("memberId").asText(), "ageYears", 35, "healthCover", "PBI_JKN",
                    "workStatus", "EMPLOYED", "disability", false));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("assessmentId", assessmentId.toString());
        f.put("householdId", household.get("householdId").asText());
        f.put("desaCode", DESA);
        f.put("visitDate", visit.toString());
        f.put("assessor", "enumerator-kadipiro");
        f.put("criteriaMet", CRITERIA);
        // a bamboo house on an earth floor with no latrine, but lit by its own PLN connection and with piped water
        f.put("house", Map.of("roof", "DAMAGED", "roofMaterial", "TILE", "walls", "BAD", "wallMaterial", "BAMBOO",
                "floor", "BAD", "floorMaterial", "EARTH", "floorAreaM2", 18.0, "electricity", "PLN_OWN",
                "latrine", "NONE", "water", "PIPED"));
        f.put("members", members);
        return f;
    }

    static Map<String, Object> delivery(LocalDate on, String description, Map<String, Object> amount, String document) {
        return Map.of("deliveredOn", on.toString(), "description", description, "amount", amount,
                "evidence", Map.of("documentNumber", document, "photoReference", "s3://evidence/" + document.replace('/', '-') + ".jpg",
                        "photoSha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }

    // the story as it unfolds: JUnit makes one instance for its one test
    final LocalDate today = LocalDate.now(SRAGEN);
    final PledgeSetup partners = new PledgeSetup(() -> partner.url());
    final String dinsos = partners.dinsos;
    final String operator = token("operator-kadipiro", "village-operator", List.of(DESA));
    String registration;
    String householdId;
    String referenceCode;
    UUID assessmentId;
    Map<String, JsonNode> needs;
    String pledgeId;
    String lineId;
    String houseId;
    String sanitationId;

    @Test
    void aPoorHouseholdsNeedsArePlannedResourcedDeliveredVerifiedAndMet() throws Exception {
        registeredWithItsReferenceCode();
        assessedPoorAndVerified();
        needsHeardOfByAssistance();
        anOfficesPledgeAndABudgetLine();
        planned();
        resourcedThroughTheSaga();
        deliveredByTheOfficeAndVerifiedByTheVillage();
        householdNeedsMetOnKafka();
        everyNeedMetByTheCode();
        spentFromThePledgeAndTheLine();
    }

    /** registry-service: Dinas Sosial registers the household (synthetic people, numbered for this run). */
    void registeredWithItsReferenceCode() throws Exception {
        registration = DemoData.household(DESA, ThreadLocalRandom.current().nextInt(100, 1400));
        householdId = expect(201, Http.post(registry.url() + "/households", dinsos, registration)).body()
                .get("householdId").asText();
        // its reference code, as the desa's operator prints it on the household's receipt; another desa's sees nothing
        var code = expect(200, Http.get(registry.url() + "/households/" + householdId + "/reference-code", operator));
        referenceCode = code.body().get("referenceCode").asText();
        assertThat(referenceCode).matches("(\\w{4}-){4}\\w");
        assertThat(ReferenceCodes.normalise(referenceCode)).as("a code with its check character").isPresent();
        expect(404, Http.get(registry.url() + "/households/" + householdId + "/reference-code",
                token("operator-cemeng", "village-operator", List.of("33.14.07.2003"))));
    }

    /** assessment-service: the operator's form classifies the household poor with two needs; Dinas Sosial verifies it. */
    void assessedPoorAndVerified() throws Exception {
        JsonNode household = expect(200, Http.get(registry.url() + "/households/" + householdId, dinsos)).body();
        assessmentId = UUID.randomUUID();
        var submitted = Http.post(assessment.url() + "/assessments", operator, form(household, assessmentId, today.minusDays(3)));
        assertThat(submitted.status()).as(submitted.raw()).isIn(201, 202); // 202: the registry's event not read yet
        JsonNode assessed = awaitAssessment(assessmentId, operator, "SUBMITTED");
        assertThat(assessed.at("/result/povertyClass").asText()).isEqualTo("POOR");
        assertThat(assessed.at("/result/criteriaMet").asInt()).isEqualTo(CRITERIA.size());
        List<String> kinds = new ArrayList<>();
        assessed.get("needs").forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("HOUSE_REPAIR", "SANITATION");
        // on the musyawarah desa's decision
        expect(200, Http.post(assessment.url() + "/assessments/" + assessmentId + "/verification",
                token("dinsos-verifier", "dinsos", null), Map.of("forumDate", today.minusDays(1).toString(),
                        "decisionNumber", "MD/" + DESA + "/" + today.getYear() + "/" + partners.run)));
    }

    /** assistance-service hears of both needs, each with the id derived from household, kind and (no) member. */
    void needsHeardOfByAssistance() throws Exception {
        needs = needsOnceThere(householdId, dinsos, 2);
        assertThat(needs).containsOnlyKeys("HOUSE_REPAIR", "SANITATION");
        for (var need : needs.entrySet()) {
            assertThat(need.getValue().get("status").asText()).isEqualTo("IDENTIFIED");
            assertThat(need.getValue().get("assessmentId").asText()).isEqualTo(assessmentId.toString());
            assertThat(need.getValue().get("needId").asText()).isEqualTo(UUID.nameUUIDFromBytes(
                    ("need:" + householdId + ":" + need.getKey() + ":-").getBytes(StandardCharsets.UTF_8)).toString());
        }
        // the household asks by its code, printed as it was: both needs identified, not met
        JsonNode asked = statusOnceKnown(referenceCode);
        assertThat(stages(asked)).isEqualTo(Map.of("HOUSE_REPAIR", "IDENTIFIED", "SANITATION", "IDENTIFIED"));
        assertThat(asked.get("allNeedsMet").asBoolean()).isFalse();
    }

    /**
     * partner-service: the office leads sanitation in the regency and its pledge of two houses in the kecamatan is
     * accepted by the TKPKD forum; assistance-service: Dinas Sosial opens the office's APBD line for sanitation (the
     * pledge covers houses only).
     */
    void anOfficesPledgeAndABudgetLine() throws Exception {
        partners.officeLeading("SANITATION", REGENCY);
        pledgeId = partners.acceptedPledge("HOUSE_REPAIR", "HOUSE", KECAMATAN, 2);
        JsonNode line = expect(201, Http.post(assistance.url() + "/budget-lines", dinsos, Map.of("fund", "APBD",
                "code", lineCode(), "fiscalYear", today.getYear(), "ownerOpdCode", partners.opdCode,
                "name", "Jamban sehat keluarga miskin " + partners.run, "ceilingRupiah", CEILING_RUPIAH))).body();
        lineId = line.get("lineId").asText();
    }

    String lineCode() {
        return "1.03.10.2.01." + partners.run;
    }

    /**
     * Dinas Sosial plans both on the forum's decision: the house from the pledge (the office is not the regency's lead
     * for houses: named, with a reason), sanitation from the budget line by the office as the lead (named, so that a
     * lead not heard of yet is no match).
     */
    void planned() throws Exception {
        String decision = partners.planDecision();
        String due = today.withDayOfYear(today.lengthOfYear()).toString();
        Map<String, Object> housePlan = new HashMap<>(Map.of("needId", needs.get("HOUSE_REPAIR").get("needId").asText(),
                "actorId", partners.officeId, "actorReason", "the office pledged the houses of this kecamatan",
                "source", Map.of("type", "PLEDGE", "pledgeId", pledgeId), "amount", Map.of("units", 1),
                "dueDate", due, "decisionNumber", decision));
        Map<String, Object> sanitationPlan = new HashMap<>(Map.of("needId", needs.get("SANITATION").get("needId").asText(),
                "actorId", partners.officeId,
                "source", Map.of("type", "APBD", "code", lineCode(), "fiscalYear", today.getYear()),
                "amount", Map.of("rupiah", SANITATION_RUPIAH), "dueDate", due, "decisionNumber", decision));
        plannable(housePlan, dinsos, today);
        plannable(sanitationPlan, dinsos, today);
        JsonNode house = expect(201, Http.post(assistance.url() + "/interventions", dinsos, housePlan)).body();
        JsonNode sanitation = expect(201, Http.post(assistance.url() + "/interventions", dinsos, sanitationPlan)).body();
        houseId = house.get("interventionId").asText();
        sanitationId = sanitation.get("interventionId").asText();
        assertThat(house.get("stage").asText()).isEqualTo("RESERVATION_REQUESTED");
        assertThat(house.at("/plan/actorId").asText()).isEqualTo(partners.officeId);
        assertThat(house.at("/plan/householdId").asText()).isEqualTo(householdId);
        assertThat(house.at("/plan/source/type").asText()).isEqualTo("PLEDGE");
        assertThat(sanitation.get("stage").asText()).isEqualTo("RESOURCED"); // committed on the line at once
        assertThat(sanitation.at("/plan/actorId").asText()).isEqualTo(partners.officeId);
        assertThat(sanitation.at("/plan/source/type").asText()).isEqualTo("APBD");
        var line = expect(200, Http.get(assistance.url() + "/budget-lines/" + lineId, dinsos)).body();
        assertThat(line.get("committedRupiah").asLong()).isEqualTo(SANITATION_RUPIAH);
    }

    /** partner-service confirms the house's reservation from the pledge, and the house is resourced. */
    void resourcedThroughTheSaga() throws Exception {
        JsonNode house = past(houseId, "RESERVATION_REQUESTED", dinsos);
        assertThat(house.get("stage").asText()).as(house.toString()).isEqualTo("RESOURCED");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode p = expect(200, partners.pledgeOfOffice(pledgeId)).body();
            assertThat(p.at("/reserved/units").asLong()).isEqualTo(1);
            assertThat(p.at("/remaining/units").asLong()).isEqualTo(1);
        });
        Map<String, String> planned = new HashMap<>();
        needsOnceThere(householdId, dinsos, 2).forEach((kind, n) -> planned.put(kind, n.get("status").asText()
                + " " + n.get("interventionId").asText()));
        assertThat(planned).isEqualTo(Map.of("HOUSE_REPAIR", "PLANNED " + houseId, "SANITATION", "PLANNED " + sanitationId));
        // the office's own systems see both as theirs to deliver
        JsonNode assigned = expect(200, Http.get(assistance.url() + "/opd/interventions?desa=" + DESA, partners.office)).body();
        Map<String, String> stages = new HashMap<>();
        assigned.get("items").forEach(i -> stages.put(i.get("interventionId").asText(), i.get("stage").asText()));
        assertThat(stages).isEqualTo(Map.of(houseId, "RESOURCED", sanitationId, "RESOURCED"));
        // the household asks again, typing the code as people do (lower case, spaces for the hyphens)
        var asking = expect(200, lookUp(referenceCode.toLowerCase().replace('-', ' ')));
        assertThat(stages(asking.body())).isEqualTo(Map.of("HOUSE_REPAIR", "RESOURCED", "SANITATION", "RESOURCED"));
    }

    /** The office reports each delivery with its evidence; the desa's operator verifies each with the household. */
    void deliveredByTheOfficeAndVerifiedByTheVillage() throws Exception {
        String houseDelivery = reported(houseId, partners.office, delivery(today, "Rehabilitasi rumah: dinding bata, lantai semen",
                Map.of("units", 1), "BAST/RTLH/" + today.getYear() + "/" + partners.run));
        String sanitationDelivery = reported(sanitationId, partners.office, delivery(today, "Jamban sehat dengan septic tank",
                Map.of("rupiah", SANITATION_RUPIAH), "BAST/JAMBAN/" + today.getYear() + "/" + partners.run));
        Map<String, Object> confirmation = Map.of("confirmedBy", "HEAD_OF_HOUSEHOLD", "confirmedOn", today.toString(),
                "method", "SIGNATURE");
        for (var d : Map.of(houseId, houseDelivery, sanitationId, sanitationDelivery).entrySet()) {
            String path = assistance.url() + "/interventions/" + d.getKey() + "/deliveries/" + d.getValue();
            JsonNode verified = expect(200, Http.post(path + "/verification", operator, confirmation)).body();
            assertThat(verified.get("deliveryStatus").asText()).isEqualTo("VERIFIED");
            assertThat(verified.get("stage").asText()).isEqualTo("VERIFIED");
            JsonNode read = expect(200, Http.get(path, operator)).body();
            assertThat(read.get("status").asText()).isEqualTo("VERIFIED");
            assertThat(read.at("/confirmation/confirmedBy").asText()).isEqualTo("HEAD_OF_HOUSEHOLD");
            assertThat(read.at("/confirmation/confirmedOn").asText()).isEqualTo(today.toString());
            assertThat(read.at("/confirmation/method").asText()).isEqualTo("SIGNATURE");
        }
        JsonNode all = expect(200, Http.get(assistance.url() + "/households/" + householdId + "/needs", dinsos)).body();
        assertThat(all.get("allNeedsMet").asBoolean()).isTrue();
        assertThat(all.get("standing").asText()).isEqualTo("VERIFIED_POOR");
        all.get("needs").forEach(n -> assertThat(n.get("status").asText()).as(n.toString()).isEqualTo("MET"));
    }

    /** HouseholdNeedsMet once, for monitoring's tuntas status; every step on Kafka; no personal data on the way. */
    void householdNeedsMetOnKafka() throws Exception {
        List<ConsumerRecord<String, String>> met = TopicRecords.withKey(AssistanceTopics.INTERVENTION,
                "household-" + householdId, 1, PATIENCE);
        assertThat(met).hasSize(1);
        assertThat(TopicRecords.header(met.get(0), "ce_type")).isEqualTo(HouseholdNeedsMetV1.CE_TYPE);
        var needsMet = Http.JSON.readValue(met.get(0).value(), HouseholdNeedsMetV1.class);
        assertThat(needsMet.householdId()).isEqualTo(householdId);
        assertThat(needsMet.desaCode()).isEqualTo(DESA);
        assertThat(needsMet.needsMet()).isEqualTo(2);
        assertThat(needsMet.needsClosed()).isZero();
        List<ConsumerRecord<String, String>> house = TopicRecords.withKey(AssistanceTopics.INTERVENTION,
                "intervention-" + houseId, 6, PATIENCE);
        assertThat(house).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE,
                DeliveryReportedV1.CE_TYPE, ReservationConsumeRequestedV1.CE_TYPE, DeliveryVerifiedV1.CE_TYPE);
        List<ConsumerRecord<String, String>> sanitation = TopicRecords.withKey(AssistanceTopics.INTERVENTION,
                "intervention-" + sanitationId, 4, PATIENCE);
        assertThat(sanitation).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE, DeliveryReportedV1.CE_TYPE,
                DeliveryVerifiedV1.CE_TYPE);
        List<String> personal = personalData(registration, referenceCode);
        for (var r : List.of(met, house, sanitation).stream().flatMap(List::stream).toList()) {
            assertThat(r.value()).as(TopicRecords.header(r, "ce_type")).doesNotContain(personal);
        }
    }

    /** The household's public lookup, by the printed code: every need met. */
    void everyNeedMetByTheCode() throws Exception {
        JsonNode done = expect(200, lookUp(referenceCode)).body();
        assertThat(stages(done)).isEqualTo(Map.of("HOUSE_REPAIR", "MET", "SANITATION", "MET"));
        assertThat(done.get("allNeedsMet").asBoolean()).isTrue();
    }

    /** The pledge's house consumed (the final consume leaves nothing reserved), the line's rupiah realised. */
    void spentFromThePledgeAndTheLine() throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode p = expect(200, partners.pledgeOfOffice(pledgeId)).body();
            assertThat(p.at("/consumed/units").asLong()).as(p.toString()).isEqualTo(1);
            assertThat(p.at("/reserved/units").asLong()).as(p.toString()).isZero();
            assertThat(p.at("/remaining/units").asLong()).as(p.toString()).isEqualTo(1);
        });
        JsonNode line = expect(200, Http.get(assistance.url() + "/budget-lines/" + lineId, dinsos)).body();
        assertThat(line.get("realisedRupiah").asLong()).isEqualTo(SANITATION_RUPIAH);
        assertThat(line.get("committedRupiah").asLong()).isZero();
        assertThat(line.get("availableRupiah").asLong()).isEqualTo(CEILING_RUPIAH - SANITATION_RUPIAH);
    }

    /** The assessment as the operator reads it, once it stands at {@code status}. */
    static JsonNode awaitAssessment(UUID assessmentId, String operator, String status) {
        JsonNode[] read = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            read[0] = Http.get(assessment.url() + "/assessments/" + assessmentId, operator).body();
            return read[0] != null && status.equals(read[0].path("status").asText());
        });
        return read[0];
    }

    /** Reports the delivery in full as the office; the new delivery's id. */
    static String reported(String interventionId, String office, Map<String, Object> delivery) throws Exception {
        JsonNode r = expect(201, Http.post(assistance.url() + "/interventions/" + interventionId + "/deliveries", office,
                delivery)).body();
        assertThat(r.get("deliveryStatus").asText()).isEqualTo("REPORTED");
        assertThat(r.get("stage").asText()).isEqualTo("DELIVERED");
        return r.get("deliveryId").asText();
    }

    /** What the registry holds of the household that must never leave it: KK number, address, NIKs, names, birth dates. */
    static List<String> personalData(String registration, String referenceCode) throws Exception {
        JsonNode r = Http.JSON.readTree(registration);
        List<String> personal = new ArrayList<>(List.of(r.get("kkNumber").asText(), r.get("address").asText(),
                referenceCode, ReferenceCodes.normalise(referenceCode).orElseThrow()));
        for (JsonNode m : r.get("members")) {
            personal.addAll(List.of(m.get("nik").asText(), m.get("name").asText(), m.get("birthDate").asText()));
        }
        return personal;
    }
}

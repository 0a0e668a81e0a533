package id.desatumis.monitoring.erasure;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.proof.Finding;
import id.desatumis.devstack.proof.PersonalDataSweep;
import id.desatumis.devstack.proof.PersonalValues;
import id.desatumis.devstack.proof.RelayCatchUp;
import id.desatumis.devstack.proof.SweepReport;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof of erasure (issue 12, item 4) for monitoring-service. No name, NIK, KK number, birth date or address ever
 * reaches it (the registry's own proof shows its events carry none); what it receives of a person is an opaque member
 * id, on the registry's events and in the needs of the assessment's. The household's events arrive on Kafka as the
 * relays send them (registered, classified, verified, needs identified for two members, an intervention planned for
 * one, that person's own erasure, the household's erasure); then no table of monitoring's database, none of its own topics and no line of its log holds
 * a member id of the erased household (the producers' topics keep them: they are the audit trail, by design). The
 * household id, which monitoring keeps by design (its rows stay, unlisted), is the sweep's positive control.
 */
@QuarkusTest
@TestProfile(PersonalDataProofTest.LogToFile.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class PersonalDataProofTest {

    /** The service's log goes to a file for this test, so the sweep can read every line it wrote. */
    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    static final Path LOG = Path.of("target/proof-monitoring.log");
    /** Gilirejo Baru (Miri), which no other test publishes to. */
    private static final String DESA = "33.14.14.2010";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The producers' topics, which carry member ids by design (their audit trails); monitoring's own must not. */
    private static final Set<String> PRODUCERS = Set.of("topic " + RegistryTopics.HOUSEHOLD,
            "topic " + AssessmentTopics.ASSESSMENT, "topic " + AssistanceTopics.INTERVENTION);

    private final PersonalValues v = new PersonalValues();

    @Test
    void afterErasureNoTableOwnTopicOrLogLineHoldsAMemberIdOfTheErasedHousehold() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD, AssessmentTopics.ASSESSMENT,
                        AssistanceTopics.INTERVENTION),
                3, (short) 1);
        UUID household = UUID.randomUUID();
        String householdId = v.add(PersonalValues.CONTROL + "household id", household.toString());
        List<String> members = List.of(v.add("head's member id", UUID.randomUUID().toString()),
                v.add("wife's member id", UUID.randomUUID().toString()), v.add("child's member id", UUID.randomUUID().toString()));
        String assessment = UUID.randomUUID().toString();
        List<HouseholdRegisteredV1.Member> published = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            published.add(new HouseholdRegisteredV1.Member(members.get(i), i == 1 ? "F" : "M", i == 2 ? "13-15" : "25-59", i == 0));
        }
        registry(household, HouseholdRegisteredV1.CE_TYPE, 1, new HouseholdRegisteredV1(householdId, DESA, 3, published, now(), 1));
        assessment(household, AssessmentClassifiedV1.CE_TYPE, 1,
                new AssessmentClassifiedV1(householdId, DESA, assessment, "POOR", "bps14-2026.1", now()));
        assessment(household, AssessmentVerifiedV1.CE_TYPE, 2, new AssessmentVerifiedV1(householdId, DESA, assessment, "POOR", now()));
        assessment(household, NeedsIdentifiedV1.CE_TYPE, 3, new NeedsIdentifiedV1(householdId, DESA, assessment, "POOR",
                "bps14-2026.1", List.of(new NeedsIdentifiedV1.Need("EDUCATION", members.get(2)),
                new NeedsIdentifiedV1.Need("HEALTH_COVER", members.get(1)), new NeedsIdentifiedV1.Need("HOUSE_REPAIR", null)),
                now()));
        // assistance plans the child's education need (its event names the member, as the contract says)
        String intervention = UUID.randomUUID().toString();
        CloudEventSender.send(AssistanceTopics.INTERVENTION, "intervention-" + intervention, UUID.randomUUID().toString(),
                InterventionPlannedV1.CE_TYPE, AssistanceTopics.SOURCE, 1, JSON.writeValueAsString(new InterventionPlannedV1(
                        intervention, NeedIds.of(household, "EDUCATION", UUID.fromString(members.get(2))).toString(), householdId,
                        members.get(2), "EDUCATION", DESA, UUID.randomUUID().toString(), "APBD", null, UUID.randomUUID().toString(),
                        "1.01.02", 1_500_000L, null, List.of(), LocalDate.now().plusMonths(2).toString(), "MD/PROOF/1", null,
                        LocalDate.now().toString(), now())));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                given().header("Authorization", dinsos()).get("/households/" + household + "/timeline").then().statusCode(200)
                        .extract().jsonPath().getLong("total") >= 4);

        SweepReport before = sweep();
        System.out.println("monitoring proof, before erasure: " + before.summary() + "\n" + lines(before.findings()));
        assertThat(before.findings(f -> f.label().equals("control: household id") && f.source().startsWith("table ")))
                .as("the household id, kept by design").isNotEmpty();
        assertThat(before.findings(f -> f.label().endsWith("member id") && f.source().startsWith("topic " + RegistryTopics.HOUSEHOLD)))
                .as("the member ids on the registry's topic, where they are by design").isNotEmpty();

        // the child's own erasure, then the household's
        registry(household, PersonErasedV1.CE_TYPE, 2, new PersonErasedV1(householdId, DESA, members.get(2), now()));
        registry(household, HouseholdErasedV1.CE_TYPE, 3, new HouseholdErasedV1(householdId, DESA, 2, now()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                given().header("Authorization", dinsos()).get("/households/" + household + "/timeline").then().statusCode(200)
                        .extract().jsonPath().getLong("total") >= 6);
        var pg = DevStack.shared().postgres();
        RelayCatchUp.await(pg.jdbcUrl("monitoring"), pg.user(), pg.password(), Duration.ofSeconds(120));

        SweepReport after = sweep();
        System.out.println("monitoring proof, after erasure: " + after.summary() + "\n  read: " + after.sources() + "\n"
                + lines(after.findings()));
        assertThat(after.sources()).anyMatch(s -> s.startsWith("table ")).anyMatch(s -> s.startsWith("topic "))
                .anyMatch(s -> s.startsWith("log "));
        // monitoring keeps no member id (it counts needs, not people): once a found finding, the needs and interventions
        // tables kept the member id of a personal need after the registry erased that person and the household
        assertThat(after.findings(f -> !f.isControl() && !PRODUCERS.contains(f.source())).stream()
                .map(f -> f.source() + ": " + f.label()).distinct())
                .as("member ids of the erased household left in monitoring's tables, topics or log")
                .isEmpty();
    }

    private static String dinsos() {
        return "Bearer " + DevStack.shared().tokens().mint("u-dinsos", "dinsos", null, null, null);
    }

    private static void registry(UUID household, String type, long sequence, Object payload) throws Exception {
        CloudEventSender.send(RegistryTopics.HOUSEHOLD, "household-" + household, UUID.randomUUID().toString(), type,
                RegistryTopics.SOURCE, sequence, JSON.writeValueAsString(payload));
    }

    private static void assessment(UUID household, String type, long sequence, Object payload) throws Exception {
        CloudEventSender.send(AssessmentTopics.ASSESSMENT, "assessment-" + household, UUID.randomUUID().toString(), type,
                AssessmentTopics.SOURCE, sequence, JSON.writeValueAsString(payload));
    }

    private static String now() {
        return Instant.now().toString();
    }

    private SweepReport sweep() {
        var pg = DevStack.shared().postgres();
        var sweep = new PersonalDataSweep(v);
        return sweep.database(pg.jdbcUrl("monitoring"), pg.user(), pg.password())
                .and(sweep.kafka(DevStack.shared().kafkaBootstrap())).and(sweep.log(LOG));
    }

    private static String lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add("  " + f));
        return String.join("\n", out);
    }
}

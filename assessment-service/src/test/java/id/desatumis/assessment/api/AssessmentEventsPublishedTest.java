package id.desatumis.assessment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentDecisions;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.assessment.domain.Policy;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentRejectedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.outbox.OutboxRelay;
import id.desatumis.kit.outbox.RelayLifecycle;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.assessment.api.VerificationApiTest.FORUM;
import static id.desatumis.assessment.api.VerificationApiTest.post;
import static id.desatumis.assessment.api.VerificationApiTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What monitoring's funnel reads, from the real topic: every classification, verification and rejection, keyed by
 * the household's stream, in the stream's order, with the desa and the class and nothing personal.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AssessmentEventsPublishedTest {

    /** Brangkal, Kalijambe: a desa no other test class assesses in. */
    static final String DESA = "33.14.13.2004";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String POLICY = Policy.BPS14_2026_1.version();
    /** What no record may carry: answers, GPS, the assessor, the verifier, reasons, the forum's decision. */
    static final List<String> PERSONAL = List.of("PBI_JKN", "DROPPED_OUT", "THATCH", "C01_FLOOR_AREA", "latitude", "-7.43",
            "ageYears", "enumerator-sri", "staf-dinsos", "reason", "moved to Solo", "141/12/X/2026", "criteria", "desil");

    @Inject
    Pool pool;
    @Inject
    AssessmentDecisions decisions;
    @Inject
    RelayLifecycle relays;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    /** A household announced in this class's desa, and the id of its first assessment (visited 2026-09-01). */
    record Assessed(Registry.Household h, String id) {
    }

    Assessed assessed(int criteria, boolean poorHouse) {
        var h = Registry.register(pool, DESA, 3);
        return new Assessed(h, stored(h, criteria, poorHouse, "2026-09-01"));
    }

    static List<ConsumerRecord<String, String>> published(Registry.Household h, int atLeast) {
        return TopicRecords.withKey(AssessmentTopics.ASSESSMENT, "assessment-" + h.id(), atLeast, Registry.PATIENCE);
    }

    static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicRecords.header(r, "ce_type")).toList();
    }

    static <T> T payload(ConsumerRecord<String, String> record, Class<T> contract) throws Exception {
        return JSON.readValue(record.value(), contract);
    }

    static void nothingPersonal(List<ConsumerRecord<String, String>> records) {
        assertThat(records).allSatisfy(r -> {
            assertThat(r.value()).doesNotContain(PERSONAL);
            assertThat(TopicRecords.header(r, "ce_source")).isEqualTo(AssessmentTopics.SOURCE);
            assertThat(TopicRecords.header(r, "ce_subject")).isEqualTo(r.key());
        });
    }

    @Test
    void aSubmissionPublishesItsClassWithTheDesa() throws Exception {
        var a = assessed(10, true);
        var h = a.h();
        String id = a.id();

        var records = published(h, 1);
        assertThat(types(records)).containsExactly(AssessmentClassifiedV1.CE_TYPE);
        assertThat(payload(records.get(0), AssessmentClassifiedV1.class)).usingRecursiveComparison().ignoringFields("classifiedAt")
                .isEqualTo(new AssessmentClassifiedV1(h.id().toString(), DESA, id, "POOR", POLICY, null));
        assertThat(payload(records.get(0), AssessmentClassifiedV1.class).classifiedAt()).endsWith("Z");
        nothingPersonal(records);
    }

    @Test
    void aReclassificationIsPublishedAsTheAssessmentsNewClassAndItsVerificationCarriesIt() throws Exception {
        var a = assessed(8, true);
        var h = a.h();
        String id = a.id();
        // one policy is published so far: the re-run runs the use case under a stricter one made here
        var stricter = new Policy("bps14-test-stricter", 11, 8, 5, 8.0);
        UUID assessment = UUID.fromString(id);
        var dinsos = new CommandContext(new Caller("staf-dinsos", "staf-dinsos", Set.of(Roles.DINSOS), Set.of(), null, null),
                UUID.randomUUID().toString(), null, AssessmentTopics.SOURCE);
        pool.withTransaction(tx -> decisions.decide(tx, dinsos, assessment, OptionalLong.empty(),
                s -> HouseholdAssessments.reclassify(s, assessment, stricter))).await().atMost(Duration.ofSeconds(30));
        post(Auth.dinsos("dinsos-ani"), "/assessments/" + id + "/verification", FORUM).statusCode(200);

        var records = published(h, 4);
        assertThat(types(records)).containsExactly(AssessmentClassifiedV1.CE_TYPE, AssessmentClassifiedV1.CE_TYPE,
                AssessmentVerifiedV1.CE_TYPE, NeedsIdentifiedV1.CE_TYPE);
        var first = payload(records.get(0), AssessmentClassifiedV1.class);
        var latest = payload(records.get(1), AssessmentClassifiedV1.class);
        assertThat(List.of(first.povertyClass(), first.policyVersion())).containsExactly("NEAR_POOR", POLICY);
        assertThat(List.of(latest.povertyClass(), latest.policyVersion(), latest.assessmentId(), latest.desaCode()))
                .containsExactly("POOR", "bps14-test-stricter", id, DESA);
        assertThat(payload(records.get(2), AssessmentVerifiedV1.class).povertyClass()).isEqualTo("POOR");
        assertThat(payload(records.get(3), NeedsIdentifiedV1.class).policyVersion()).isEqualTo("bps14-test-stricter");
        nothingPersonal(records);
    }

    @Test
    void aPoorHouseholdsVerificationIsPublishedBeforeItsNeeds() throws Exception {
        var a = assessed(12, true);
        var h = a.h();
        String id = a.id();
        post(Auth.dinsos(), "/assessments/" + id + "/verification", FORUM).statusCode(200);

        var records = published(h, 3);
        assertThat(types(records)).containsExactly(AssessmentClassifiedV1.CE_TYPE, AssessmentVerifiedV1.CE_TYPE,
                NeedsIdentifiedV1.CE_TYPE);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly("assessment-" + h.id());
        assertThat(records).extracting(r -> Long.parseLong(TopicRecords.header(r, "ce_sequence"))).isSorted();
        var verified = payload(records.get(1), AssessmentVerifiedV1.class);
        assertThat(verified).usingRecursiveComparison().ignoringFields("verifiedAt")
                .isEqualTo(new AssessmentVerifiedV1(h.id().toString(), DESA, id, "EXTREME_POOR", null));
        assertThat(verified.verifiedAt()).isEqualTo(payload(records.get(2), NeedsIdentifiedV1.class).verifiedAt());
        nothingPersonal(records);
    }

    @Test
    void aNotPoorHouseholdsVerificationIsPublishedWithoutNeeds() throws Exception {
        var a = assessed(2, false);
        var h = a.h();
        String id = a.id();
        post(Auth.dinsos(), "/assessments/" + id + "/verification", FORUM).statusCode(200);
        String revisit = stored(h, 3, false, "2026-09-15"); // a later record on the stream: all before it is on the topic

        var records = published(h, 3);
        assertThat(types(records)).containsExactly(AssessmentClassifiedV1.CE_TYPE, AssessmentVerifiedV1.CE_TYPE,
                AssessmentClassifiedV1.CE_TYPE);
        assertThat(payload(records.get(1), AssessmentVerifiedV1.class)).usingRecursiveComparison().ignoringFields("verifiedAt")
                .isEqualTo(new AssessmentVerifiedV1(h.id().toString(), DESA, id, "NOT_POOR", null));
        assertThat(payload(records.get(2), AssessmentClassifiedV1.class).assessmentId()).isEqualTo(revisit);
        nothingPersonal(records);
    }

    @Test
    void aRejectionIsPublishedWithoutItsReason() throws Exception {
        var a = assessed(9, true);
        var h = a.h();
        String id = a.id();
        post(Auth.dinsos(), "/assessments/" + id + "/rejection", Map.of("reason", "the family has moved to Solo")).statusCode(200);
        stored(h, 9, true, "2026-09-15");

        var records = published(h, 3);
        assertThat(types(records)).containsExactly(AssessmentClassifiedV1.CE_TYPE, AssessmentRejectedV1.CE_TYPE,
                AssessmentClassifiedV1.CE_TYPE);
        assertThat(payload(records.get(1), AssessmentRejectedV1.class)).usingRecursiveComparison().ignoringFields("rejectedAt")
                .isEqualTo(new AssessmentRejectedV1(h.id().toString(), DESA, id, null));
        nothingPersonal(records);
    }

    @Test
    void anErasedHouseholdsEventsNotYetPublishedAreNeverPublished() throws Exception {
        OutboxRelay relay = relays.relay().orElseThrow();
        var erased = Registry.register(pool, DESA, 3);
        var other = Registry.register(pool, DESA, 3);
        relay.stop();
        try {
            String id = stored(erased, 10, true, "2026-09-01");
            post(Auth.dinsos(), "/assessments/" + id + "/verification", FORUM).statusCode(200);
            post(Auth.dinsos(), "/assessments/" + stored(erased, 7, false, "2026-09-02") + "/rejection",
                    Map.of("reason", "a duplicate visit")).statusCode(200);
            Registry.erase(pool, erased);
            stored(other, 10, true, "2026-09-01"); // recorded after the erasure: relayed after its events
        } finally {
            relay.start();
        }

        await().atMost(Registry.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> relayedPast(erased));
        assertThat(types(published(other, 1))).containsExactly(AssessmentClassifiedV1.CE_TYPE);
        assertThat(published(erased, 0)).isEmpty();
    }

    /** Whether the relay's checkpoint (moved only once Kafka acknowledged) is past the household's last event. */
    boolean relayedPast(Registry.Household h) {
        return pool.preparedQuery("""
                        SELECT (c.last_transaction_id, c.last_position) >= (e.transaction_id, e.global_position) AS past
                        FROM outbox_checkpoint c,
                             (SELECT transaction_id, global_position FROM events WHERE stream_id = $1
                              ORDER BY transaction_id DESC, global_position DESC LIMIT 1) e
                        WHERE c.relay_name = 'main'""")
                .execute(Tuple.of("assessment-" + h.id())).await().indefinitely().iterator().next().getBoolean("past");
    }
}

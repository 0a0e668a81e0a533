package id.desatumis.assistance.needs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Plays assessment-service and registry-service for these tests: writes their events about one household to Kafka as
 * their relays would (CloudEvents binary mode, key and subject the stream, ce_sequence its version).
 */
final class Upstream {

    static final String DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.08.2001";
    private static final ObjectMapper JSON = new ObjectMapper();

    final UUID householdId = UUID.randomUUID();
    final UUID child = UUID.randomUUID();
    final UUID mother = UUID.randomUUID();
    String desa = DESA;
    private long assessmentVersion;
    private long registryVersion;

    /** An event as sent, to send again exactly. */
    record Sent(String topic, String stream, String eventId, String type, String source, long sequence, String payload) {
        void again() {
            CloudEventSender.send(topic, stream, eventId, type, source, sequence, payload);
        }
    }

    /** The topics as their services would create them, on the shared Kafka. */
    static void topicsExist() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(AssessmentTopics.ASSESSMENT, RegistryTopics.HOUSEHOLD),
                2, (short) 1);
    }

    static NeedsIdentifiedV1.Need house() {
        return new NeedsIdentifiedV1.Need("HOUSE_REPAIR", null);
    }

    NeedsIdentifiedV1.Need school() {
        return new NeedsIdentifiedV1.Need("EDUCATION", child.toString());
    }

    NeedsIdentifiedV1.Need cover() {
        return new NeedsIdentifiedV1.Need("HEALTH_COVER", mother.toString());
    }

    static NeedsIdentifiedV1.Need latrine() {
        return new NeedsIdentifiedV1.Need("SANITATION", null);
    }

    Sent needsIdentified(NeedsIdentifiedV1.Need... needs) {
        return assessment(NeedsIdentifiedV1.CE_TYPE, new NeedsIdentifiedV1(householdId.toString(), desa,
                UUID.randomUUID().toString(), "POOR", "bps14-2026.1", List.of(needs), Instant.now().toString()));
    }

    Sent graduated() {
        return assessment(HouseholdGraduatedV1.CE_TYPE, new HouseholdGraduatedV1(householdId.toString(), desa,
                UUID.randomUUID().toString(), Instant.now().toString()));
    }

    Sent moved(String to) {
        Sent s = registry(HouseholdMovedV1.CE_TYPE, new HouseholdMovedV1(householdId.toString(), desa, to, 3, now()));
        desa = to;
        return s;
    }

    Sent mergedInto(UUID survivor) {
        return registry(HouseholdMergedV1.CE_TYPE, new HouseholdMergedV1(householdId.toString(), desa, survivor.toString(), 3,
                now()));
    }

    Sent erased() {
        return registry(HouseholdErasedV1.CE_TYPE, new HouseholdErasedV1(householdId.toString(), desa, 3, now()));
    }

    Sent personErased(UUID member) {
        return registry(PersonErasedV1.CE_TYPE, new PersonErasedV1(householdId.toString(), desa, member.toString(), now()));
    }

    Sent died(UUID member) {
        return registry(MemberDiedV1.CE_TYPE, new MemberDiedV1(householdId.toString(), desa, member.toString(), now()));
    }

    Sent movedOut(UUID member) {
        return registry(MemberMovedOutV1.CE_TYPE, new MemberMovedOutV1(householdId.toString(), desa, member.toString(), null,
                now()));
    }

    Sent codeIssued(String hash) {
        return registry(HouseholdReferenceCodeIssuedV1.CE_TYPE, new HouseholdReferenceCodeIssuedV1(householdId.toString(),
                desa, hash, now()));
    }

    private Sent assessment(String type, Object payload) {
        return send(AssessmentTopics.ASSESSMENT, "assessment-" + householdId, type, AssessmentTopics.SOURCE,
                ++assessmentVersion, payload);
    }

    private Sent registry(String type, Object payload) {
        return send(RegistryTopics.HOUSEHOLD, "household-" + householdId, type, RegistryTopics.SOURCE, ++registryVersion,
                payload);
    }

    private static Sent send(String topic, String stream, String type, String source, long sequence, Object payload) {
        try {
            Sent s = new Sent(topic, stream, UUID.randomUUID().toString(), type, source, sequence,
                    JSON.writeValueAsString(payload));
            s.again();
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String now() {
        return Instant.now().toString();
    }
}

package id.desatumis.contracts;

import id.desatumis.contracts.registry.HeadChangedV1;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.KkNumberChangedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI file is checked against the records, so the two cannot drift apart. */
class ContractsMatchAsyncApiTest {

    @Test
    void everyFieldOfHouseholdRegisteredIsDocumented() throws Exception {
        String yaml = read("/asyncapi/registry.yaml");
        assertTrue(yaml.contains("name: " + HouseholdRegisteredV1.CE_TYPE));
        for (RecordComponent c : HouseholdRegisteredV1.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks " + c.getName());
        }
        for (RecordComponent c : HouseholdRegisteredV1.Member.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks member." + c.getName());
        }
    }

    @Test
    void theAsyncApiFileIsValidYamlWithAMessagePerChannelEntry() throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(read("/asyncapi/registry.yaml"));
        var channelMessages = tree.path("channels").path("household").path("messages");
        var messages = tree.path("components").path("messages");
        assertEquals("desatumis.registry.household.v1", tree.path("channels").path("household").path("address").asText());
        assertEquals(messages.size(), channelMessages.size());
        channelMessages.fieldNames().forEachRemaining(m -> assertTrue(messages.has(m), "no message " + m));
    }

    @Test
    void everyFieldOfEveryLifecycleEventIsDocumented() throws Exception {
        String yaml = read("/asyncapi/registry.yaml");
        for (Class<?> type : new Class<?>[]{MemberDiedV1.class, MemberMovedOutV1.class, HeadChangedV1.class,
                HouseholdMovedV1.class, KkNumberChangedV1.class, MembersSplitOffV1.class, HouseholdMergedV1.class,
                HouseholdAbsorbedV1.class, id.desatumis.contracts.registry.HouseholdErasedV1.class,
                id.desatumis.contracts.registry.PersonErasedV1.class}) {
            String ceType = (String) type.getField("CE_TYPE").get(null);
            assertTrue(yaml.contains("name: " + ceType), "AsyncAPI lacks the message " + ceType);
            int schema = yaml.indexOf("    " + type.getSimpleName() + ":\n      description:");
            assertTrue(schema > 0, "AsyncAPI lacks the schema " + type.getSimpleName());
            String section = yaml.substring(schema, Math.min(yaml.length(), schema + 1500));
            for (RecordComponent c : type.getRecordComponents()) {
                assertTrue(section.contains(c.getName() + ":"), type.getSimpleName() + " lacks " + c.getName());
            }
        }
    }

    @Test
    void everyFieldOfMemberAddedIsDocumented() throws Exception {
        String yaml = read("/asyncapi/registry.yaml");
        assertTrue(yaml.contains("name: " + id.desatumis.contracts.registry.MemberAddedV1.CE_TYPE));
        for (RecordComponent c : id.desatumis.contracts.registry.MemberAddedV1.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks " + c.getName());
        }
    }

    @Test
    void ageBandsFollowTheFixedListAtTheirBoundaries() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        assertEquals("0-6", AgeBand.of(LocalDate.of(2019, 6, 2), asOf).label());
        assertEquals("7-12", AgeBand.of(LocalDate.of(2019, 6, 1), asOf).label());
        assertEquals("60+", AgeBand.of(LocalDate.of(1966, 6, 1), asOf).label());
        assertEquals("25-59", AgeBand.of(LocalDate.of(1966, 6, 2), asOf).label());
        assertEquals(AgeBand.AGE_16_18, AgeBand.fromLabel("16-18"));
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = ContractsMatchAsyncApiTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFieldOfTheAssessmentEventsIsDocumentedAndTheFileIsValidYaml() throws Exception {
        String yaml = read("/asyncapi/assessment.yaml");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
        assertEquals(id.desatumis.contracts.assessment.AssessmentTopics.ASSESSMENT,
                tree.path("channels").path("assessment").path("address").asText());
        var channelMessages = tree.path("channels").path("assessment").path("messages");
        assertEquals(tree.path("components").path("messages").size(), channelMessages.size());
        for (Class<?> type : new Class<?>[]{id.desatumis.contracts.assessment.AssessmentClassifiedV1.class,
                id.desatumis.contracts.assessment.AssessmentVerifiedV1.class,
                id.desatumis.contracts.assessment.AssessmentRejectedV1.class,
                id.desatumis.contracts.assessment.NeedsIdentifiedV1.class,
                id.desatumis.contracts.assessment.HouseholdGraduatedV1.class}) {
            assertTrue(yaml.contains("name: " + type.getField("CE_TYPE").get(null)), "no message for " + type.getSimpleName());
            String message = (String) type.getField("EVENT_TYPE").get(null);
            assertTrue(channelMessages.has(message), "the channel does not carry " + message);
            var properties = tree.path("components").path("schemas").path(type.getSimpleName()).path("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                assertTrue(properties.has(c.getName()), type.getSimpleName() + " lacks " + c.getName());
            }
        }
        var need = tree.path("components").path("schemas").path("Need").path("properties");
        for (RecordComponent c : id.desatumis.contracts.assessment.NeedsIdentifiedV1.Need.class.getRecordComponents()) {
            assertTrue(need.has(c.getName()), "Need lacks " + c.getName());
        }
    }

    @Test
    void everyFieldOfTheMonitoringEventsIsDocumentedOnItsChannel() throws Exception {
        String yaml = read("/asyncapi/monitoring.yaml");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
        var channel = tree.path("channels").path("desa");
        assertEquals(id.desatumis.contracts.monitoring.MonitoringTopics.DESA, channel.path("address").asText());
        assertEquals(id.desatumis.contracts.monitoring.MonitoringTopics.SOURCE,
                tree.path("components").path("schemas").path("CloudEventHeaders").path("properties").path("ce_source")
                        .path("const").asText());
        for (Class<?> type : new Class<?>[]{id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1.class,
                id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1.class}) {
            String message = (String) type.getField("EVENT_TYPE").get(null);
            assertTrue(channel.path("messages").has(message), "the channel lacks " + message);
            assertEquals(type.getField("CE_TYPE").get(null), tree.path("components").path("messages").path(message).path("name").asText());
            var properties = tree.path("components").path("schemas").path(type.getSimpleName()).path("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                assertTrue(properties.has(c.getName()), type.getSimpleName() + " lacks " + c.getName());
            }
        }
    }
}

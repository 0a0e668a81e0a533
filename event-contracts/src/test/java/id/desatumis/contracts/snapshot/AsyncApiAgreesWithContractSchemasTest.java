package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The AsyncAPI files document the same fields as the contract schemas, for every contract found by the scan and every
 * record nested in one (a household's member, a need): the same required fields, no field left out or invented, and
 * null allowed exactly where {@code @OptionalField} allows it; and each contract is a message named by its CloudEvent
 * type whose payload is its schema. The documentation and the records cannot drift apart.
 */
class AsyncApiAgreesWithContractSchemasTest {

    private static final List<String> ASYNCAPI_FILES = List.of("/asyncapi/registry.yaml", "/asyncapi/assessment.yaml",
            "/asyncapi/partner.yaml", "/asyncapi/assistance.yaml", "/asyncapi/monitoring.yaml");
    private static final Map<String, JsonNode> FILES = read();

    @Test
    void everyContractDocumentsTheRequiredFieldsItsSchemaHas() {
        List<String> disagreements = new ArrayList<>();
        for (PublishedContract contract : PublishedContracts.all()) {
            for (Class<?> record : recordsOf(contract)) {
                JsonNode documented = documentedSchema(record.getSimpleName());
                Set<String> generated = strings(schema(record, contract).path("required"));
                if (documented == null) {
                    disagreements.add(record.getSimpleName() + ": not in any AsyncAPI file");
                } else if (!generated.equals(strings(documented.path("required")))) {
                    disagreements.add(record.getSimpleName() + ": AsyncAPI requires " + strings(documented.path("required"))
                            + ", the record " + generated);
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyContractDocumentsExactlyItsFieldsAndWhichOfThemMayBeNull() {
        List<String> disagreements = new ArrayList<>();
        for (PublishedContract contract : PublishedContracts.all()) {
            for (Class<?> record : recordsOf(contract)) {
                JsonNode documented = documentedSchema(record.getSimpleName());
                if (documented == null) continue; // reported by the test above
                JsonNode generated = schema(record, contract).path("properties");
                Set<String> names = names(generated);
                if (!names.equals(names(documented.path("properties")))) {
                    disagreements.add(record.getSimpleName() + ": AsyncAPI has fields " + names(documented.path("properties"))
                            + ", the record " + names);
                    continue;
                }
                for (String name : names) {
                    boolean nullable = strings(generated.path(name).path("type")).contains("null");
                    if (nullable != documentsNull(documented.path("properties").path(name))) {
                        disagreements.add(record.getSimpleName() + "." + name + ": the record "
                                + (nullable ? "allows" : "forbids") + " null, the AsyncAPI file does not say so");
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyContractIsAMessageNamedByItsCloudEventTypeCarryingItsSchema() {
        List<String> missing = new ArrayList<>();
        for (PublishedContract contract : PublishedContracts.all()) {
            String payload = "#/components/schemas/" + contract.record().getSimpleName();
            boolean found = FILES.values().stream().anyMatch(file -> messages(file).stream().anyMatch(m ->
                    contract.ceType().equals(m.path("name").asText()) && payload.equals(m.path("payload").path("$ref").asText())));
            if (!found) missing.add(contract.ceType());
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void partnerAndAssistanceChannelsAreTheirServicesTopics() {
        assertEquals(constants(PartnerTopics.class, "desatumis."), addresses(FILES.get("/asyncapi/partner.yaml")));
        assertEquals(constants(AssistanceTopics.class, "desatumis."), addresses(FILES.get("/asyncapi/assistance.yaml")));
    }

    @Test
    void monitoringChannelsAreItsServicesTopics() {
        assertEquals(constants(MonitoringTopics.class, "desatumis."), addresses(FILES.get("/asyncapi/monitoring.yaml")));
    }

    private static List<Class<?>> recordsOf(PublishedContract contract) {
        List<Class<?>> records = new ArrayList<>(List.of(contract.record()));
        for (Class<?> nested : contract.record().getDeclaredClasses()) {
            if (nested.isRecord()) records.add(nested);
        }
        return records;
    }

    private static JsonNode schema(Class<?> record, PublishedContract contract) {
        return ContractSchemas.of(new PublishedContract(record, contract.ceType()));
    }

    /** Null documented as JSON Schema does ({@code type: [string, 'null']}) or as OpenAPI does ({@code nullable: true}). */
    private static boolean documentsNull(JsonNode property) {
        return strings(property.path("type")).contains("null") || property.path("nullable").asBoolean(false);
    }

    private static JsonNode documentedSchema(String name) {
        for (JsonNode file : FILES.values()) {
            JsonNode schema = file.path("components").path("schemas").path(name);
            if (!schema.isMissingNode()) return schema;
        }
        return null;
    }

    private static List<JsonNode> messages(JsonNode file) {
        List<JsonNode> out = new ArrayList<>();
        file.path("components").path("messages").forEach(out::add);
        return out;
    }

    private static Set<String> addresses(JsonNode file) {
        Set<String> out = new TreeSet<>();
        file.path("channels").forEach(channel -> out.add(channel.path("address").asText()));
        return out;
    }

    /** The values of a topics class's public string constants that are topics. */
    private static Set<String> constants(Class<?> topics, String prefix) {
        Set<String> out = new TreeSet<>();
        for (Field f : topics.getFields()) {
            try {
                if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof String s && s.startsWith(prefix)) out.add(s);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (String file : ASYNCAPI_FILES) {
            try (InputStream in = AsyncApiAgreesWithContractSchemasTest.class.getResourceAsStream(file)) {
                if (in == null) throw new IllegalStateException("no " + file);
                files.put(file, yaml.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node.isTextual()) values.add(node.asText());
        else node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}

package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The AsyncAPI files document the same required fields as the contract schemas, for every contract found by the scan
 * and every record nested in one (a household's member, a need): {@code @OptionalField} and the documentation cannot
 * drift apart.
 */
class AsyncApiAgreesWithContractSchemasTest {

    private static final List<String> ASYNCAPI_FILES = List.of("/asyncapi/registry.yaml", "/asyncapi/assessment.yaml");

    @Test
    void everyContractDocumentsTheRequiredFieldsItsSchemaHas() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (PublishedContract contract : PublishedContracts.all()) {
            List<Class<?>> records = new ArrayList<>(List.of(contract.record()));
            for (Class<?> nested : contract.record().getDeclaredClasses()) {
                if (nested.isRecord()) records.add(nested);
            }
            for (Class<?> record : records) {
                JsonNode documented = documentedSchema(record.getSimpleName());
                Set<String> generated = strings(ContractSchemas.of(new PublishedContract(record, contract.ceType()))
                        .path("required"));
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

    private static JsonNode documentedSchema(String name) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : ASYNCAPI_FILES) {
            try (InputStream in = AsyncApiAgreesWithContractSchemasTest.class.getResourceAsStream(file)) {
                JsonNode schema = yaml.readTree(in).path("components").path("schemas").path(name);
                if (!schema.isMissingNode()) return schema;
            }
        }
        return null;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.contracts.OptionalField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The generated schemas through the comparator: what a change to a record means for its released schema. */
class ContractSchemasTest {

    record Released(String id, int count, List<Part> parts) {
        record Part(String kind, @OptionalField String memberId) {
        }
    }

    record WithOptionalField(String id, int count, List<Released.Part> parts, @OptionalField Integer desil) {
    }

    record WithRequiredField(String id, int count, List<Released.Part> parts, String desil) {
    }

    record CountRenamed(String id, int total, List<Released.Part> parts) {
    }

    record CountAsLong(String id, long count, List<Released.Part> parts) {
    }

    record PartKindAsNumber(String id, int count, List<PartKindAsNumber.Part> parts) {
        record Part(int kind, @OptionalField String memberId) {
        }
    }

    @Test
    void anOptionalFieldIsLeftOutOfRequiredAndMayBeNull() {
        JsonNode part = schema(Released.class).path("properties").path("parts").path("items");
        assertEquals("[\"kind\"]", part.path("required").toString());
        assertEquals("[\"string\",\"null\"]", part.path("properties").path("memberId").path("type").toString());
        assertEquals("[\"count\",\"id\",\"parts\"]", schema(Released.class).path("required").toString());
    }

    @Test
    void addingAnOptionalFieldToARecordIsCompatible() {
        assertEquals(List.of(), breaking(WithOptionalField.class));
    }

    @Test
    void addingARequiredFieldRenamingAFieldOrChangingATypeBreaks() {
        assertEquals(List.of("$.desil: added as required, but events already published lack it"),
                breaking(WithRequiredField.class));
        assertEquals(List.of("$.count: removed (or renamed), but readers of the released schema read it",
                "$.total: added as required, but events already published lack it"), breaking(CountRenamed.class));
        assertEquals(List.of("$.count: format changed from \"int32\" to \"int64\""), breaking(CountAsLong.class));
        assertEquals(List.of("$.parts[].kind: type changed from [string] to [integer]"),
                breaking(PartKindAsNumber.class));
    }

    private static List<String> breaking(Class<?> changed) {
        return SchemaCompatibility.breakingChanges(schema(Released.class), schema(changed));
    }

    private static JsonNode schema(Class<?> record) {
        return ContractSchemas.of(new PublishedContract(record, "test.v1"));
    }
}

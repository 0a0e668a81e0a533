package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * A valid-looking value for a schema, from what the document says: its example, its first enum value, its default,
 * or a value of its type, format and pattern. The scene's values for a field name win over the document's, so a
 * generated body can name the test's own desa or a household it made.
 */
final class Exemplars {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> fieldValues;

    Exemplars(Map<String, String> fieldValues) {
        this.fieldValues = fieldValues;
    }

    JsonNode of(JsonNode schema) {
        return of(null, schema, 0);
    }

    private JsonNode of(String name, JsonNode schema, int depth) {
        if (name != null && fieldValues.containsKey(name)) return scalar(fieldValues.get(name), schema);
        if (schema == null || schema.isMissingNode() || depth > 8) return NODES.nullNode();
        if (schema.has("examples") && schema.get("examples").size() > 0) return schema.get("examples").get(0);
        if (schema.has("example")) return schema.get("example");
        if (schema.has("const")) return schema.get("const");
        if (schema.has("enum") && schema.get("enum").size() > 0) return schema.get("enum").get(0);
        if (schema.has("default")) return schema.get("default");
        for (String choice : new String[]{"oneOf", "anyOf", "allOf"}) {
            if (schema.has(choice) && schema.get(choice).size() > 0) return of(name, schema.get(choice).get(0), depth + 1);
        }
        switch (type(schema)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), of(p.getKey(), p.getValue(), depth + 1)));
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(of(null, schema.path("items"), depth + 1));
                return array;
            }
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1L);
            case "number":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(text(schema));
        }
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) return type.asText();
        for (JsonNode t : type) {
            if (!t.asText().equals("null")) return t.asText();
        }
        if (schema.has("properties")) return "object";
        if (schema.has("items")) return "array";
        return "string";
    }

    static String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid": return UUID.randomUUID().toString();
            case "date": return LocalDate.now(ZoneOffset.ofHours(7)).toString();
            case "date-time": return OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).toString();
            default: break;
        }
        if (schema.has("pattern")) return Patterns.sample(schema.get("pattern").asText());
        int min = schema.path("minLength").asInt(1);
        return "a".repeat(Math.max(1, Math.min(min, 64)));
    }

    private static JsonNode scalar(String value, JsonNode schema) {
        String type = schema == null ? "string" : type(schema);
        try {
            if (type.equals("integer")) return NODES.numberNode(Long.parseLong(value));
            if (type.equals("number")) return NODES.numberNode(Double.parseDouble(value));
            if (type.equals("boolean")) return NODES.booleanNode(Boolean.parseBoolean(value));
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
        return NODES.textNode(value);
    }
}

package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an office's developer, writing a client from the document alone, would find missing: an operation without an
 * operationId or summary, or without a success answer; a JSON answer or body without a schema; a created resource
 * without its Location; a field without a type or description, a body field without an example or enum to show its
 * shape; a path parameter whose shape is not said (format or pattern). A field is described where it is declared,
 * so a property that only names a component ({@code $ref}) is judged by the component.
 */
final class DocumentGaps {

    private final ApiDocument document;
    private final List<String> gaps = new ArrayList<>();

    DocumentGaps(ApiDocument document) {
        this.document = document;
    }

    List<String> find() {
        JsonNode paths = document.root().path("paths");
        for (ApiOperation op : document.operations()) {
            JsonNode node = paths.path(op.path()).path(op.method().toLowerCase());
            if (op.operationId() == null || op.operationId().isBlank()) gaps.add(op.key() + ": no operationId");
            if (node.path("summary").asText("").isBlank()) gaps.add(op.key() + ": no summary");
            answers(op, node.path("responses"));
            for (ApiOperation.Parameter p : op.in("path")) {
                JsonNode schema = document.resolve(p.schema());
                if (!schema.has("type") && !schema.has("enum")) gaps.add(op.key() + ": path parameter " + p.name() + " has no type");
                else if (schema.path("type").asText().equals("string") && !schema.has("format") && !schema.has("pattern")
                        && !schema.has("enum")) {
                    gaps.add(op.key() + ": path parameter " + p.name() + " has neither format, pattern nor enum");
                }
            }
            if (op.takesJson()) {
                if (op.bodySchema() == null || op.bodySchema().isEmpty()) gaps.add(op.key() + ": JSON body without a schema");
                else fields(op.key() + " body", op.bodySchema(), true, 0);
            }
        }
        return List.copyOf(gaps);
    }

    private void answers(ApiOperation op, JsonNode responses) {
        boolean success = false;
        for (Map.Entry<String, JsonNode> r : iterable(responses)) {
            if (!r.getKey().startsWith("2")) continue;
            success = true;
            JsonNode response = document.resolve(r.getValue());
            if (r.getKey().equals("201") && !response.path("headers").has("Location")) {
                gaps.add(op.key() + ": 201 without a Location header");
            }
            for (Map.Entry<String, JsonNode> media : iterable(response.path("content"))) {
                JsonNode schema = media.getValue().path("schema");
                if (media.getKey().contains("json")) {
                    if (schema.isMissingNode() || schema.isEmpty()) gaps.add(op.key() + ": " + r.getKey() + " " + media.getKey() + " without a schema");
                    else fields(op.key() + " " + r.getKey(), document.resolve(schema), false, 0);
                }
            }
        }
        if (!success) gaps.add(op.key() + ": no 2xx answer");
    }

    private void fields(String where, JsonNode schema, boolean request, int depth) {
        if (depth > 6 || schema == null) return;
        JsonNode items = schema.path("items");
        if (!items.isMissingNode()) fields(where + "[]", items, request, depth + 1);
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            String name = where + "." + property.getKey();
            JsonNode p = property.getValue();
            if (!p.has("type") && !p.has("enum") && !p.has("oneOf") && !p.has("anyOf") && !p.has("allOf") && !p.has("const")) {
                gaps.add(name + ": no type");
            }
            if (!p.has("description")) gaps.add(name + ": no description");
            boolean leaf = !p.has("properties") && !p.has("items");
            if (request && leaf && !p.has("examples") && !p.has("example") && !p.has("enum") && !p.has("default")
                    && !p.path("type").asText().equals("boolean")) {
                gaps.add(name + ": no example");
            }
            fields(name, p, request, depth + 1);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}

package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's OpenAPI document as it serves it ({@code /q/openapi}), read into the operations the generators walk.
 * References into {@code components/schemas} are resolved on the way, so that every schema the generators see is
 * whole. The platform's own endpoints under {@code /q/} are not the service's API and are left out.
 */
public final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;
    private final List<ApiOperation> operations;

    private ApiDocument(JsonNode root) {
        this.root = root;
        this.operations = readOperations();
    }

    /** Reads the document the service at {@code base} serves. */
    public static ApiDocument fetch(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + answer.statusCode());
            }
            return parse(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON OpenAPI document", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public ApiOperation operation(String key) {
        return operations.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the document has no operation " + key));
    }

    /** What a client's developer would miss in the document: empty when nothing is missing. */
    public List<String> gaps() {
        return new DocumentGaps(this).find();
    }

    /** The schema with every {@code $ref} into the components replaced by what it names (cycles cut at depth 12). */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || depth > 12) return schema;
        if (schema.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            if (schema.has("$ref")) {
                JsonNode target = root.at(schema.get("$ref").asText().substring(1));
                copy.setAll((ObjectNode) resolve(target, depth + 1));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!f.getKey().equals("$ref")) copy.set(f.getKey(), resolve(f.getValue(), depth + 1));
            }
            return copy;
        }
        if (schema.isArray()) {
            var copy = JSON.createArrayNode();
            schema.forEach(item -> copy.add(resolve(item, depth + 1)));
            return copy;
        }
        return schema;
    }

    private List<ApiOperation> readOperations() {
        List<ApiOperation> found = new ArrayList<>();
        JsonNode paths = root.path("paths");
        paths.fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/q/")) return;
            JsonNode item = paths.get(path);
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op != null) found.add(operation(path, method.toUpperCase(), item, op));
            }
        });
        return List.copyOf(found);
    }

    private ApiOperation operation(String path, String method, JsonNode item, JsonNode op) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                JsonNode example = param.has("example") ? param.get("example") : param.path("schema").path("examples").path(0);
                parameters.add(new ApiOperation.Parameter(param.path("in").asText(), param.path("name").asText(),
                        param.path("required").asBoolean(false), param.path("schema"),
                        example.isMissingNode() || example.isNull() ? null : example.asText()));
            }
        }
        List<String> bodyTypes = new ArrayList<>();
        JsonNode bodySchema = null;
        JsonNode content = resolve(op.path("requestBody")).path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            bodyTypes.add(type);
            if (type.contains("json") && bodySchema == null) bodySchema = resolve(content.get(type).path("schema"));
        }
        List<String> answers = new ArrayList<>();
        op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) r.getValue().path("content").fieldNames().forEachRemaining(answers::add);
        });
        return new ApiOperation(method, path, method + " " + path, op.path("operationId").asText(null),
                roles(op), List.copyOf(parameters), bodySchema, List.copyOf(bodyTypes), List.copyOf(answers));
    }

    private static Set<String> roles(JsonNode op) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : op.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
            // a requirement with no scopes still requires a token: any role then
            if (roles.isEmpty() && requirement.size() > 0) roles.add(ApiScene.ANY_ROLE);
        }
        return Set.copyOf(roles);
    }
}

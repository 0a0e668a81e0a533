package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A call of an operation as a well-behaved client would make it: the scene's identifiers in the path, its query (or
 * the required query parameters' examples), the caller's token, a fresh Idempotency-Key, and the scene's body (or one
 * made from the schema's examples with the scene's field values). The generators start from it and break one thing.
 */
final class ValidCalls {

    private final ApiScene scene;
    private final Exemplars exemplars;

    ValidCalls(ApiScene scene) {
        this.scene = scene;
        this.exemplars = new Exemplars(scene.fieldValues);
    }

    ApiRequest of(ApiOperation op, Caller caller) {
        ApiRequest request = ApiRequest.of(op, "valid", path(op, null, null), query(op));
        String token = scene.token(caller);
        if (token != null) request = request.header("Authorization", token);
        request = request.header("Accept", accept(op));
        if (op.hasHeader("Idempotency-Key")) request = request.header("Idempotency-Key", UUID.randomUUID().toString());
        if (op.takesBody()) {
            String type = op.takesJson() ? "application/json" : op.bodyTypes().get(0);
            request = request.body(Mutations.bytes(body(op)), type);
        }
        return request;
    }

    /** The path with the scene's identifiers, and {@code replacement} (already encoded) for the parameter named. */
    String path(ApiOperation op, String parameter, String replacement) {
        String path = op.path();
        for (ApiOperation.Parameter p : op.in("path")) {
            String value = p.name().equals(parameter) ? replacement
                    : URLEncoder.encode(scene.pathValue(op, p), StandardCharsets.UTF_8).replace("+", "%20");
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    String query(ApiOperation op) {
        if (scene.queries.containsKey(op.key())) return scene.queries.get(op.key());
        List<String> parts = new ArrayList<>();
        for (ApiOperation.Parameter p : op.in("query")) {
            if (!p.required()) continue;
            String value = scene.fieldValues.getOrDefault(p.name(), p.example() != null ? p.example()
                    : Exemplars.text(p.schema()));
            parts.add(p.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    String body(ApiOperation op) {
        if (scene.bodies.containsKey(op.key())) return scene.bodies.get(op.key());
        if (op.bodySchema() == null) return "";
        return Mutations.write(exemplars.of(op.bodySchema()));
    }

    JsonNode bodyTree(ApiOperation op) {
        String body = body(op);
        return body.isEmpty() ? null : Mutations.read(body);
    }

    private static String accept(ApiOperation op) {
        if (op.answers().isEmpty()) return "application/json, application/problem+json";
        return op.answers().contains("application/json") ? "application/json, application/problem+json"
                : op.answers().get(0) + ", application/problem+json";
    }

    /** The caller a valid call is made by: a writer before a reader, the own scope before others. */
    static Caller allowed(ApiOperation op) {
        if (op.isPublic()) return Caller.ANONYMOUS;
        for (Caller c : List.of(Caller.DINSOS, Caller.TKPKD, Caller.OPERATOR_OWN, Caller.OPD_OWN, Caller.PARTNER_OWN,
                Caller.AUDITOR)) {
            if (op.roles().contains(c.role()) || op.roles().contains(ApiScene.ANY_ROLE)) return c;
        }
        return Caller.DINSOS;
    }
}

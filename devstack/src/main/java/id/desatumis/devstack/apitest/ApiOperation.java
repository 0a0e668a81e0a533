package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * One operation of a service's OpenAPI document, as the generators need it: where it is, who may call it (the roles
 * its bearer-JWT requirement names; none when it is public), its parameters, and the body it takes.
 *
 * @param key        {@code "POST /households/{id}/members"}, the name scenes use
 * @param roles      the roles of its security requirement; empty for a public operation
 * @param parameters its path, query and header parameters, with their schemas resolved
 * @param bodySchema the JSON schema of its body (resolved), or null when it takes none or not JSON
 * @param bodyTypes  the media types its body may have
 * @param answers    the media types its 2xx answers have
 */
public record ApiOperation(String method, String path, String key, String operationId, Set<String> roles,
                           List<Parameter> parameters, JsonNode bodySchema, List<String> bodyTypes,
                           List<String> answers) {

    /** A parameter: where it goes ({@code path}, {@code query}, {@code header}), its name, schema, and example. */
    public record Parameter(String in, String name, boolean required, JsonNode schema, String example) {
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public boolean takesBody() {
        return !bodyTypes.isEmpty();
    }

    public boolean takesJson() {
        return bodyTypes.stream().anyMatch(t -> t.contains("json"));
    }

    /** A live stream never ends: the generators leave it to its own tests. */
    public boolean streams() {
        return answers.contains("text/event-stream");
    }

    public List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    public boolean hasHeader(String name) {
        return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name));
    }
}

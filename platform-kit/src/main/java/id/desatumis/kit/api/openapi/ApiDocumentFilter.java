package id.desatumis.kit.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every service's OpenAPI document says the same way, so that a resource declares only what is its own (its
 * success answers, its 409s and 422s): the problem-details schema, and the refusals the platform gives every operation
 * of a kind. An operation with a body can be refused as malformed (400), too large (413) or of another media type
 * (415); one that answers with content as unacceptable to the client's Accept (406); one with path parameters as
 * unknown (404); one with a security requirement without a token (401) or to a role
 * it does not allow (403); one with {@code Idempotency-Key} as a key still in flight (409) or reused (422); one with
 * {@code If-Match} as stale (412). Every 4xx and 5xx answer carries the problem schema; an operation without a
 * security requirement is marked public ({@code security: []}). Runs when the document is built, so the stored
 * document and {@code /q/openapi} are the same.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        ProblemSchemas.addTo(components);
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getKey().startsWith("/q/")) continue;
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(path.getKey(), path.getValue(), operation);
            }
        }
    }

    private static void complete(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<String> parameters = parameterNames(item, operation);
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (body || !parameters.isEmpty()) {
            add(responses, "400", "The request breaks a rule: the problem names each field and the rule it breaks");
        }
        if (body) {
            add(responses, "413", "The body is larger than the service accepts");
            add(responses, "415", "The body is not of a media type the operation consumes");
        }
        if (answersWithContent(responses)) {
            add(responses, "406", "The Accept header names no media type the operation answers with");
        }
        if (path.contains("{")) add(responses, "404", "Nothing with that identifier is visible to the caller");
        if (secured) {
            add(responses, "401", "No valid bearer token: missing, expired, signed by another key, or for another audience");
            add(responses, "403", "The caller's role, desa, office or partner may not do this");
        } else {
            operation.setSecurity(new ArrayList<>());
        }
        if (parameters.contains("Idempotency-Key")) {
            add(responses, "409", "A request with the same Idempotency-Key is still being processed, or the state changed");
            add(responses, "422", "The Idempotency-Key was used before with another request");
        }
        if (parameters.contains("If-Match")) {
            add(responses, "412", "The If-Match version is not the current one");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                ProblemSchemas.describe(response.getValue());
            }
        }
    }

    private static boolean answersWithContent(APIResponses responses) {
        return responses.getAPIResponses() != null && responses.getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
    }

    private static List<String> parameterNames(PathItem item, Operation operation) {
        List<String> names = new ArrayList<>();
        for (List<Parameter> list : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list == null) continue;
            for (Parameter p : list) {
                if (p.getName() != null) names.add(p.getName());
            }
        }
        return names;
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}

package id.desatumis.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's OpenAPI document says what an office's developer needs to write a client without reading our code
 * (issue 12, item 10): operationIds, the real success answers with their headers and bodies, the body fields' rules
 * (required, patterns, enums, formats, lengths), the rate limit's 429, and nothing devstack's {@code ApiDocument}
 * finds missing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class OpenApiDocumentTest {

    /** The registry's own operations (the kit's shared ones are documented by the kit). */
    static final Set<String> OPERATION_IDS = Set.of("registerHousehold", "getHousehold", "addMember", "recordDeath",
            "recordDeparture", "changeHead", "relocateHousehold", "changeKkNumber", "splitHousehold", "mergeHousehold",
            "eraseHousehold", "erasePerson", "searchHouseholds", "listHouseholds", "getHouseholdHistory",
            "listIdentifierLookups", "submitImport", "getImport", "getReferenceCode", "reissueReferenceCode", "listKecamatan",
            "listDesa", "listDuplicateFlags", "resolveDuplicateFlag", "dciSyncSearch");

    @TestHTTPResource("/")
    URL base;

    ApiDocument document;

    @BeforeEach
    void read() throws Exception {
        document = ApiDocument.fetch(base.toURI());
    }

    JsonNode operation(String path, String method) {
        return document.root().path("paths").path(path).path(method);
    }

    JsonNode schema(String name) {
        return document.root().path("components").path("schemas").path(name);
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndASuccessAnswerWithItsSchema() {
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        JsonNode paths = document.root().path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            JsonNode op = m.getValue();
            if (!op.has("responses")) return;
            ids.add(op.path("operationId").asText(""));
            boolean success = false;
            for (var r : (Iterable<Map.Entry<String, JsonNode>>) () -> op.path("responses").fields()) {
                if (!r.getKey().startsWith("2")) continue;
                success = r.getKey().equals("204") || r.getValue().path("content").elements().hasNext()
                        && r.getValue().path("content").elements().next().has("schema");
            }
            if (!success && OPERATION_IDS.contains(op.path("operationId").asText())) {
                missing.add(m.getKey() + " " + path.getKey());
            }
        }));
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates().containsAll(OPERATION_IDS);
        assertThat(missing).isEmpty();
    }

    @Test
    void registrationAnswers201WithLocationETagAndTheNewIds() {
        JsonNode created = operation("/households", "post").path("responses").path("201");
        assertThat(created.path("headers").has("Location")).isTrue();
        assertThat(created.path("headers").has("ETag")).isTrue();
        JsonNode answer = document.resolve(created.path("content").path("application/json").path("schema"));
        assertThat(answer.path("required").toString()).contains("householdId", "version", "memberIds");
        assertThat(answer.path("properties").path("householdId").path("format").asText()).isEqualTo("uuid");
        assertThat(operation("/households", "post").path("responses").has("200")).isFalse();
        assertThat(operation("/households/{id}/splits", "post").path("responses").path("201").path("headers").has("Location"))
                .isTrue();
        assertThat(operation("/imports", "post").path("responses").path("202").path("headers").has("Location")).isTrue();
        assertThat(operation("/households/{id}", "get").path("responses").path("200").path("headers").has("ETag")).isTrue();
    }

    @Test
    void theRegistrationBodySaysItsRules() {
        JsonNode body = schema("RegisterHouseholdBody");
        assertThat(body.path("required").toString()).contains("kkNumber", "desaCode", "address", "members")
                .doesNotContain("desil");
        assertThat(body.at("/properties/kkNumber/pattern").asText()).isEqualTo("^[0-9]{16}$");
        assertThat(body.at("/properties/desaCode/pattern").asText()).isEqualTo("^33\\.14\\.[0-9]{2}\\.[0-9]{4}$");
        assertThat(body.at("/properties/address/maxLength").asInt()).isEqualTo(200);
        assertThat(body.at("/properties/members/maxItems").asInt()).isEqualTo(30);
        JsonNode member = schema("MemberBody");
        assertThat(member.path("required").toString()).contains("name", "sex", "birthDate", "relationship").doesNotContain("nik");
        assertThat(member.at("/properties/nik/pattern").asText()).isEqualTo("^[0-9]{16}$");
        assertThat(member.at("/properties/birthDate/format").asText()).isEqualTo("date");
        assertThat(member.at("/properties/sex/enum").toString()).isEqualTo("[\"M\",\"F\"]");
        Set<String> relationships = new HashSet<>();
        member.at("/properties/relationship/enum").forEach(v -> relationships.add(v.asText()));
        Set<String> domain = new HashSet<>();
        for (var r : id.desatumis.registry.domain.Relationship.values()) domain.add(r.name());
        assertThat(relationships).isEqualTo(domain);
    }

    @Test
    void identifierLookupsDeclareTheirRateLimit() {
        for (String path : List.of("/households/search", "/registry/sync/search")) {
            JsonNode tooMany = operation(path, "post").path("responses").path("429");
            assertThat(tooMany.path("headers").has("Retry-After")).as(path).isTrue();
            assertThat(tooMany.path("content").has("application/problem+json")).as(path).isTrue();
        }
        JsonNode dci = document.resolve(operation("/registry/sync/search", "post").at("/requestBody/content/application~1json/schema"));
        assertThat(dci.at("/properties/message/properties/search_request/maxItems").asInt()).isEqualTo(100);
    }

    @Test
    void commandsDeclareTheirConflictsAndStaleVersions() {
        for (String path : List.of("/households/{id}/members", "/households/{id}/deaths", "/households/{id}/splits",
                "/households/{id}/merges")) {
            JsonNode responses = operation(path, "post").path("responses");
            assertThat(responses.has("409")).as(path).isTrue();
            assertThat(responses.has("412")).as(path).isTrue();
        }
    }

    @Test
    void nothingAClientsDeveloperNeedsIsMissing() {
        // the registry's operations and the kit's shared ones it serves (documented by the kit)
        assertThat(document.gaps()).isEmpty();
    }

}

package id.desatumis.assistance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's OpenAPI document says what a client writer needs without reading the code (issue 12, item 10): every
 * operation named, its real success answer with a schema and the headers the code sets, the service's own refusals,
 * the request bodies' required fields, enumerations and patterns as the field readers check them.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class OpenApiDocumentTest {

    private static final Set<String> KIT_PATHS = Set.of("/admin/relay/parked-streams",
            "/admin/relay/parked-streams/{streamId}/release", "/audit/event-store/verification", "/problems",
            "/problems/{slug}");

    @TestHTTPResource("/")
    URL base;

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationOfTheServiceIsNamedAndAnswersWithASchema() {
        List<String> operationIds = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (KIT_PATHS.contains(path.getKey())) continue;
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                String id = o.path("operationId").asText("");
                if (!id.matches("[a-z][A-Za-z]+")) missing.add(name + ": operationId in camelCase, not " + id);
                operationIds.add(id);
                if (o.path("summary").asText("").isBlank()) missing.add(name + ": summary");
                if (o.path("tags").isEmpty()) missing.add(name + ": tag");
                boolean success = false;
                for (Map.Entry<String, JsonNode> r : o.get("responses").properties()) {
                    if (!r.getKey().startsWith("2")) continue;
                    success = r.getKey().equals("204")
                            || r.getValue().path("content").path("application/json").path("schema").has("$ref");
                }
                if (!success) missing.add(name + ": a 2xx answer with a schema");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(operations).isEqualTo(27);
        assertThat(new HashSet<>(operationIds)).hasSameSizeAs(operationIds);
        assertThat(document.at("/components/securitySchemes/bearerJwt/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void aPlanIsAnswered201WithLocationAndETagAndItsBodyRequiresWhatTheServiceRequires() {
        JsonNode plan = document.at("/paths/~1interventions/post");
        assertThat(plan.path("operationId").asText()).isEqualTo("planIntervention");
        JsonNode created = plan.at("/responses/201");
        assertThat(created.path("headers").has("Location")).isTrue();
        assertThat(created.path("headers").has("ETag")).isTrue();
        assertThat(schema(created.at("/content/application~1json/schema/$ref")).path("required"))
                .extracting(JsonNode::asText).contains("interventionId", "stage", "version", "plan");
        assertThat(plan.at("/responses/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");

        JsonNode body = schema(plan.at("/requestBody/content/application~1json/schema/$ref"));
        assertThat(body.path("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("needId", "source", "amount", "dueDate", "decisionNumber");
        assertThat(body.at("/properties/needId/format").asText()).isEqualTo("uuid");
        assertThat(body.at("/properties/dueDate/format").asText()).isEqualTo("date");
        assertThat(body.at("/properties/decisionNumber/pattern").asText()).isEqualTo("^[A-Za-z0-9./_-]{1,100}$");
        JsonNode source = schema(body.at("/properties/source/$ref"));
        assertThat(source.at("/properties/type/enum")).extracting(JsonNode::asText)
                .containsExactly("PLEDGE", "APBD", "APBDES", "APBN");
    }

    @Test
    void enumerationsPatternsAndLimitsAreTheFieldReadersOwn() {
        assertThat(document.at("/components/schemas/NeedKind/enum")).extracting(JsonNode::asText)
                .containsExactly("HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER",
                        "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE");
        JsonNode line = document.at("/components/schemas/BudgetLineRequest");
        assertThat(line.at("/properties/desaCode/pattern").asText()).isEqualTo("^33\\.14\\.[0-9]{2}\\.[0-9]{4}$");
        assertThat(line.at("/properties/ceilingRupiah/type").asText()).isEqualTo("integer");
        assertThat(line.at("/properties/ceilingRupiah/minimum").asLong()).isEqualTo(1);
        JsonNode dispute = document.at("/components/schemas/DisputeRequest");
        assertThat(dispute.at("/properties/ground/enum")).extracting(JsonNode::asText)
                .containsExactly("NOT_RECEIVED", "INCOMPLETE", "WRONG_ITEM", "ASKED_TO_PAY");
        assertThat(dispute.at("/properties/reason/maxLength").asInt()).isEqualTo(1000);
        assertThat(document.at("/components/schemas/EvidenceRequest/properties/photoSha256/pattern").asText())
                .isEqualTo("^[0-9a-fA-F]{64}$");
    }

    @Test
    void theStatusLookupIsPublicAndSaysItsRateLimit() {
        JsonNode lookup = document.at("/paths/~1status-lookups/post");
        assertThat(lookup.path("security").isArray() && lookup.path("security").isEmpty()).isTrue();
        assertThat(lookup.at("/responses/429/headers").has("Retry-After")).isTrue();
        assertThat(lookup.at("/responses/404/content/application~1problem+json").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1opd~1deliveries/post/parameters/0/required").asBoolean()).isTrue();
    }

    @Test
    void aClientsDeveloperMissesNothingDevstackLooksFor() throws Exception {
        assertThat(ApiDocument.fetch(base.toURI()).gaps()).isEmpty();
    }

    private JsonNode schema(JsonNode ref) {
        String name = ref.asText().substring("#/components/schemas/".length());
        return document.at("/components/schemas/" + name);
    }
}

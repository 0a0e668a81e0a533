package id.desatumis.partner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeUnit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what a client writer needs, and what the code does: every operation of the service's own
 * resources has its operationId, summary, tag and real success answer with a schema (201 with Location and ETag for
 * the creating commands), the bodies' required fields, the domain's enums and patterns; and the answers the service
 * really gives have the fields the document names as required.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class OpenApiDocumentTest {

    /** The tags of this service's own resources (the kit's shared ones are documented by the kit). */
    static final Set<String> OWN_TAGS = Set.of("Partners", "Pledges", "Forums", "Responsibility matrix");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode doc;

    @TestHTTPResource("/")
    URL base;

    /** Read once, in the first test (the application is not started before the first test runs). */
    @BeforeEach
    void read() throws Exception {
        if (doc != null) return;
        doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOwnOperationHasAnIdASummaryATagAndItsRealSuccessAnswer() {
        Set<String> ids = new HashSet<>();
        List<String> own = new ArrayList<>();
        operations().forEach((key, op) -> {
            String tag = op.path("tags").path(0).asText();
            if (!OWN_TAGS.contains(tag)) return;
            own.add(key);
            String id = op.path("operationId").asText();
            assertThat(id).as(key).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("unique " + id).isTrue();
            assertThat(op.path("summary").asText()).as(key).isNotBlank();
            List<String> success = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(s -> {
                if (s.startsWith("2")) success.add(s);
            });
            assertThat(success).as(key).isNotEmpty();
            for (String s : success) {
                JsonNode schema = op.path("responses").path(s).path("content").path("application/json").path("schema");
                assertThat(schema.isMissingNode()).as(key + " " + s + " has a schema").isFalse();
            }
            if (key.startsWith("post ")) {
                for (String s : success) {
                    JsonNode headers = op.path("responses").path(s).path("headers");
                    assertThat(headers.has("Location") && headers.has("ETag")).as(key + " " + s + " Location, ETag").isTrue();
                }
                assertThat(op.path("responses").has("409")).as(key).isTrue();
            }
        });
        assertThat(own).hasSize(26);
    }

    @Test
    void aClientsDeveloperMissesNothing() throws Exception {
        assertThat(ApiDocument.fetch(base.toURI()).gaps()).isEmpty();
    }

    @Test
    void theCreatingCommandsAnswer201WithLocationAndETag() {
        for (String key : List.of("post /partners", "post /forums", "post /partners/{id}/pledges",
                "post /matrix/{kind}/{areaCode}/assignments")) {
            JsonNode created = operations().get(key).path("responses").path("201");
            assertThat(created.path("headers").has("Location")).as(key).isTrue();
            assertThat(created.path("headers").has("ETag")).as(key).isTrue();
        }
        JsonNode registered = operations().get("post /partners").path("responses").path("201").path("content")
                .path("application/json").path("schema");
        JsonNode answer = resolve(registered);
        assertThat(texts(answer.path("required"))).contains("partnerId", "type", "name", "status", "version");
        assertThat(resolve(answer.path("properties").path("partnerId")).path("format").asText()).isEqualTo("uuid");
    }

    @Test
    void theBodiesSayWhatIsRequiredAndTheDomainsEnumsAndPatterns() {
        assertThat(texts(schema("PartnerRegistration").path("required"))).containsExactlyInAnyOrder("type", "name", "contactRole");
        assertThat(enumOf(schema("PartnerRegistration").path("properties").path("type"))).isEqualTo(names(PartnerType.values()));
        assertThat(texts(schema("ForumScheduling").path("required")))
                .containsExactlyInAnyOrder("type", "date", "place", "agenda", "areaCode");
        assertThat(enumOf(schema("ForumScheduling").path("properties").path("type"))).isEqualTo(names(ForumType.values()));
        assertThat(enumOf(schema("ForumAttendanceLine").path("properties").path("attendance")))
                .isEqualTo(names(Attendance.values()));
        assertThat(enumOf(schema("ForumDecisionApproves").path("properties").path("kind")))
                .isEqualTo(names(Approval.Kind.values()));
        assertThat(texts(schema("PledgeOffer").path("required")))
                .containsExactlyInAnyOrder("kinds", "scope", "capacity", "validFrom", "validUntil");
        assertThat(enumOf(schema("PledgeOffer").path("properties").path("kinds").path("items"))).isEqualTo(names(NeedKind.values()));
        assertThat(enumOf(schema("PledgeCapacity").path("properties").path("unit"))).isEqualTo(names(PledgeUnit.values()));
        assertThat(schema("PledgeCapacity").path("properties").path("rupiah").path("type").asText()).isEqualTo("integer");

        String area = schema("ForumScheduling").path("properties").path("areaCode").path("pattern").asText();
        assertThat(Pattern.compile(area).matcher("33.14").matches()).isTrue();
        assertThat(Pattern.compile(area).matcher("33.14.07").matches()).isTrue();
        assertThat(Pattern.compile(area).matcher("33.14.07.2001").matches()).isTrue();
        assertThat(Pattern.compile(area).matcher("33.15.07.2001").matches()).isFalse();
        String decision = schema("ForumDecision").path("properties").path("number").path("pattern").asText();
        assertThat(Pattern.compile(decision).matcher("MD/33.14.07.2001/2026/004").matches()).isTrue();
        assertThat(Pattern.compile(decision).matcher("MD 1").matches()).isFalse();
        assertThat(schema("ForumScheduling").path("properties").path("date").path("format").asText()).isEqualTo("date");
    }

    @Test
    void parametersHaveTheirTypesAndTheSchemeIsTheBearerJwt() {
        JsonNode list = operations().get("get /partners");
        JsonNode size = parameter(list, "size");
        assertThat(size.path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(200);
        assertThat(enumOf(parameter(list, "type").path("schema"))).isEqualTo(names(PartnerType.values()));
        JsonNode suspend = operations().get("post /partners/{id}/suspension");
        assertThat(parameter(suspend, "id").path("schema").path("format").asText()).isEqualTo("uuid");
        assertThat(parameter(suspend, "If-Match").path("schema").path("pattern").asText()).isNotBlank();
        assertThat(suspend.path("responses").has("412")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").path("bearerJwt").path("scheme").asText()).isEqualTo("bearer");
        // one path, one parameter name: the GET and POST of a partner's pledges are one path item
        assertThat(doc.path("paths").has("/partners/{id}/pledges")).isTrue();
        assertThat(doc.path("paths").has("/partners/{partnerId}/pledges")).isFalse();
        assertThat(doc.path("paths").path("/partners/{id}/pledges").has("post")).isTrue();
    }

    @Test
    void theAnswersHaveTheFieldsTheDocumentRequires() {
        var registered = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body("{\"type\":\"BAZNAS\",\"name\":\"Baznas Kabupaten Sragen\",\"contactRole\":\"Ketua Bidang\"}")
                .post("/partners").then().statusCode(201).header("Location", org.hamcrest.Matchers.notNullValue())
                .header("ETag", "\"1\"").extract();
        Map<String, Object> body = registered.jsonPath().getMap("");
        assertThat(body.keySet()).containsAll(texts(schema("PartnerAnswer").path("required")));
        String partner = (String) body.get("partnerId");
        Map<String, Object> pledge = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body("{\"kinds\":[\"HOUSE_REPAIR\"],\"scope\":{\"level\":\"KECAMATAN\",\"codes\":[\"33.14.07\"]},"
                        + "\"capacity\":{\"rupiah\":500000000,\"units\":25,\"unit\":\"HOUSE\"},\"validFrom\":\"2026-12-01\","
                        + "\"validUntil\":\"2099-11-30\"}")
                .post("/partners/" + partner + "/pledges").then().statusCode(201).extract().jsonPath().getMap("");
        assertThat(pledge.keySet()).containsAll(texts(schema("PledgeAnswer").path("required")));
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    out.put(op.getKey() + " " + path.getKey(), op.getValue());
                }
            });
        }
        return out;
    }

    private static JsonNode parameter(JsonNode op, String name) {
        for (JsonNode p : op.path("parameters")) {
            if (p.path("name").asText().equals(name)) return p;
        }
        throw new AssertionError("no parameter " + name);
    }

    private static JsonNode schema(String name) {
        JsonNode s = doc.path("components").path("schemas").path(name);
        assertThat(s.isMissingNode()).as("schema " + name).isFalse();
        return s;
    }

    private static JsonNode resolve(JsonNode s) {
        return s.has("$ref") ? schema(s.get("$ref").asText().replace("#/components/schemas/", "")) : s;
    }

    /** The enum of a schema, following a $ref (an enum is its own component). */
    private static List<String> enumOf(JsonNode s) {
        return texts(resolve(s).path("enum"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

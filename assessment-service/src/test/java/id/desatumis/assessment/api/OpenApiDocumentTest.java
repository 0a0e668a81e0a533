package id.desatumis.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.domain.Answers;
import id.desatumis.assessment.domain.Assessment;
import id.desatumis.assessment.domain.Criterion;
import id.desatumis.assessment.domain.NeedKind;
import id.desatumis.assessment.domain.PovertyClass;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what a client writer needs, and what the code does: each operation's id, summary and
 * success answer with its schema, the form's required fields, the domain's enums and patterns, and the shape of the
 * answers the service really gives.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class OpenApiDocumentTest {

    static final String DESA = "33.14.07.2005";
    /** The tags of this service's own resources (the kit's shared ones are documented by the kit). */
    static final Set<String> OWN_TAGS = Set.of("Assessments", "Assessment decisions", "Households", "Villages", "Policies");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void topic() throws Exception {
        Registry.topicExists();
    }

    static JsonNode document() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    static JsonNode schema(JsonNode doc, String name) {
        JsonNode s = doc.path("components").path("schemas").path(name);
        assertThat(s.isMissingNode()).as("schema " + name).isFalse();
        return s;
    }

    static JsonNode resolve(JsonNode doc, JsonNode s) {
        if (s.has("$ref")) return schema(doc, s.get("$ref").asText().replace("#/components/schemas/", ""));
        return s;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void everyOperationHasAnIdASummaryATagAndItsSuccessAnswerWithASchema() throws Exception {
        JsonNode doc = document();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next().getValue();
                if (!op.has("responses") || !OWN_TAGS.contains(op.path("tags").path(0).asText())) continue;
                operations++;
                String where = path.getKey();
                assertThat(op.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
                assertThat(ids.add(op.get("operationId").asText())).as("unique " + where).isTrue();
                assertThat(op.path("summary").asText()).as(where).isNotBlank();
                assertThat(op.path("description").asText()).as(where).isNotBlank();
                var success = new ArrayList<String>();
                op.get("responses").fieldNames().forEachRemaining(c -> { if (c.startsWith("2")) success.add(c); });
                assertThat(success).as(where).isNotEmpty();
                for (String code : success) {
                    assertThat(op.at("/responses/" + code + "/content/application~1json/schema").isMissingNode())
                            .as(where + " " + code).isFalse();
                }
                op.get("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("4")) {
                        assertThat(r.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                                .as(where + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
                    }
                });
                for (JsonNode p : op.path("parameters")) {
                    assertThat(p.path("description").asText()).as(where + " " + p.path("name")).isNotBlank();
                    assertThat(p.has("example") || p.has("examples")).as(where + " " + p.path("name")).isTrue();
                }
            }
        }
        assertThat(operations).isEqualTo(15);
        // what a client's developer would miss (devstack's check); the kit's shared resources are the kit's to document
        List<String> gaps = ApiDocument.fetch(base.toURI()).gaps();
        System.out.println("gaps of the kit's shared resources: " + gaps);
        assertThat(gaps).filteredOn(g -> !g.matches("(GET|POST) /(audit|admin|problems).*")).isEmpty();
        assertThat(doc.at("/components/securitySchemes/bearerJwt/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void theFormSaysItsRequiredFieldsEnumsAndPatternsAsTheCodeChecksThem() throws Exception {
        JsonNode doc = document();
        JsonNode submit = doc.at("/paths/~1assessments/post");
        assertThat(submit.path("operationId").asText()).isEqualTo("submitAssessment");
        for (String code : List.of("201", "200", "202")) {
            JsonNode r = submit.at("/responses/" + code);
            assertThat(r.at("/headers/Location").isMissingNode()).as(code).isFalse();
            assertThat(r.at("/headers/ETag").isMissingNode()).as(code).isFalse();
            assertThat(r.at("/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/FormOutcome");
        }
        assertThat(submit.at("/responses").has("409")).isTrue();
        assertThat(submit.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/AssessmentForm");

        JsonNode form = schema(doc, "AssessmentForm");
        assertThat(texts(form.get("required"))).containsExactlyInAnyOrder("assessmentId", "householdId", "desaCode",
                "visitDate", "assessor", "criteriaMet", "house", "members");
        assertThat(form.at("/properties/assessmentId/format").asText()).isEqualTo("uuid");
        assertThat(form.at("/properties/visitDate/format").asText()).isEqualTo("date");
        String desa = form.at("/properties/desaCode/pattern").asText();
        assertThat("33.14.07.2003").matches(desa.replace("^", "").replace("$", ""));
        assertThat("33.15.07.2003").doesNotMatch(desa.replace("^", "").replace("$", ""));
        assertThat(texts(form.at("/properties/criteriaMet/items/enum"))).isEqualTo(names(Criterion.values()));
        assertThat(form.at("/properties/members/maxItems").asInt()).isEqualTo(FormReader.MAX_MEMBERS);
        assertThat(form.at("/properties/desil/maximum").asInt()).isEqualTo(10);

        JsonNode house = schema(doc, "FormHouse");
        assertThat(house.get("required")).hasSize(10);
        Map<String, Enum<?>[]> houseEnums = Map.of("roof", Answers.Condition.values(), "walls", Answers.Condition.values(),
                "floor", Answers.Condition.values(), "roofMaterial", Answers.RoofMaterial.values(),
                "wallMaterial", Answers.WallMaterial.values(), "floorMaterial", Answers.FloorMaterial.values(),
                "electricity", Answers.Electricity.values(), "latrine", Answers.Latrine.values(),
                "water", Answers.WaterSource.values());
        houseEnums.forEach((field, values) ->
                assertThat(texts(house.at("/properties/" + field + "/enum"))).as(field).isEqualTo(names(values)));
        JsonNode member = schema(doc, "FormMember");
        assertThat(texts(member.get("required"))).containsExactlyInAnyOrder("memberId", "ageYears", "healthCover",
                "workStatus", "disability");
        assertThat(texts(member.at("/properties/schoolEnrolment/enum"))).isEqualTo(names(Answers.SchoolEnrolment.values()));
        assertThat(texts(member.at("/properties/healthCover/enum"))).isEqualTo(names(Answers.HealthCover.values()));
        assertThat(texts(member.at("/properties/workStatus/enum"))).isEqualTo(names(Answers.WorkStatus.values()));

        assertThat(texts(schema(doc, "NeedChange").at("/properties/kind/enum"))).isEqualTo(names(NeedKind.values()));
        assertThat(texts(schema(doc, "Need").at("/properties/kind/enum"))).isEqualTo(names(NeedKind.values()));
        assertThat(texts(schema(doc, "NeedCount").at("/properties/kind/enum"))).isEqualTo(names(NeedKind.values()));
        assertThat(texts(schema(doc, "FormOutcome").at("/properties/povertyClass/enum"))).isEqualTo(names(PovertyClass.values()));
        assertThat(texts(schema(doc, "StoredAssessment").at("/properties/status/enum")))
                .isEqualTo(names(Assessment.Status.values()));
        assertThat(texts(schema(doc, "ForumDecision").get("required"))).containsExactlyInAnyOrder("forumDate", "decisionNumber");

        JsonNode verify = doc.at("/paths/~1assessments~1{id}~1verification/post");
        assertThat(verify.path("operationId").asText()).isEqualTo("verifyAssessment");
        assertThat(verify.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
        assertThat(verify.at("/responses").has("412")).isTrue();
        assertThat(verify.at("/responses").has("409")).isTrue();
        assertThat(texts(doc.at("/paths/~1policies~1{version}/get/parameters/0/schema/enum")))
                .isEqualTo(id.desatumis.assessment.domain.Policy.PUBLISHED.stream().map(p -> p.version()).toList());
    }

    @Test
    void theAnswersTheServiceGivesHaveTheDocumentedShape() throws Exception {
        JsonNode doc = document();
        var h = Registry.register(pool, DESA, 3);
        var form = Forms.form(h, 10, true);
        String id = (String) form.get("assessmentId");
        String dinsos = Auth.dinsos();
        JsonNode stored = JSON.readTree(given().header("Authorization", Auth.operator(DESA)).contentType(ContentType.JSON)
                .body(form).post("/assessments").then().statusCode(201).extract().asString());
        conforms(doc, schema(doc, "FormOutcome"), stored, "FormOutcome");
        JsonNode read = JSON.readTree(given().header("Authorization", dinsos).get("/assessments/" + id).then().statusCode(200)
                .extract().asString());
        conforms(doc, schema(doc, "StoredAssessment"), read, "StoredAssessment");
        JsonNode decided = JSON.readTree(given().header("Authorization", dinsos).contentType(ContentType.JSON)
                .body(Map.of("forumDate", Forms.VISIT, "decisionNumber", "141/07/IX/2026"))
                .post("/assessments/" + id + "/verification").then().statusCode(200).extract().asString());
        conforms(doc, schema(doc, "DecisionOutcome"), decided, "DecisionOutcome");
        read = JSON.readTree(given().header("Authorization", dinsos).get("/assessments/" + id).then().statusCode(200)
                .extract().asString());
        conforms(doc, schema(doc, "StoredAssessment"), read, "StoredAssessment verified");
        conforms(doc, schema(doc, "HouseholdAssessments"), JSON.readTree(given().header("Authorization", dinsos)
                .get("/households/" + h.id() + "/assessments").then().statusCode(200).extract().asString()),
                        "HouseholdAssessments");
        conforms(doc, schema(doc, "Funnel"), JSON.readTree(given().header("Authorization", dinsos)
                .get("/villages/" + DESA + "/funnel").then().statusCode(200).extract().asString()), "Funnel");
        conforms(doc, schema(doc, "VillageNeeds"), JSON.readTree(given().header("Authorization", dinsos)
                .get("/villages/" + DESA + "/needs").then().statusCode(200).extract().asString()), "VillageNeeds");
        conforms(doc, schema(doc, "VerificationQueue"), JSON.readTree(given().header("Authorization", dinsos)
                .get("/villages/" + DESA + "/verification-queue").then().statusCode(200).extract().asString()),
                        "VerificationQueue");
        conforms(doc, schema(doc, "Policies"), JSON.readTree(given().get("/policies").then().statusCode(200)
                .extract().asString()), "Policies");
        var batch = Map.of("items", List.of(Forms.form(h, 3, false), Map.of("assessmentId", "not-a-uuid")));
        conforms(doc, schema(doc, "BatchOutcome"), JSON.readTree(given().header("Authorization",
                dinsos).contentType(ContentType.JSON)
                .body(batch).post("/assessments:batch").then().statusCode(200).extract().asString()), "BatchOutcome");
    }

    /** Every property the answer has is documented, every required one is there, and each documented enum holds. */
    static void conforms(JsonNode doc, JsonNode schema, JsonNode value, String at) {
        schema = resolve(doc, schema);
        if (value.isNull()) {
            assertThat(schema.path("type").toString()).as(at + " may be null").contains("null");
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!resolve(doc, option).path("type").asText().equals("null")) schema = resolve(doc, option);
            }
        }
        if (schema.has("enum")) assertThat(texts(schema.get("enum"))).as(at).contains(value.asText());
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            value.fieldNames().forEachRemaining(f -> assertThat(properties.has(f)).as(at + "." + f + " documented").isTrue());
            for (JsonNode r : schema.path("required")) assertThat(value.has(r.asText())).as(at + "." + r.asText()).isTrue();
            value.fields().forEachRemaining(f -> conforms(doc, properties.get(f.getKey()), f.getValue(), at + "." + f.getKey()));
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) conforms(doc, schema.get("items"), value.get(i), at + "[" + i + "]");
        }
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client writer needs from the service's OpenAPI document, read from {@code /q/openapi} as a client would:
 * every operation named and answering a success with its schema, the decisions' 201 with Location and ETag and their
 * bodies' required fields and patterns, the enums and patterns of the figures, and which operations are public.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private static JsonPath document;

    @TestHTTPResource("/")
    URI base;

    // in @BeforeEach: RestAssured knows the test port from then on
    @BeforeEach
    void read() {
        if (document != null) return;
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationOfTheServiceIsNamedTaggedAndAnswersASuccessWithItsSchema() {
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) continue;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                String id = (String) operation.get("operationId");
                assertThat(id).as(where).isNotBlank();
                ids.add(id);
                if (kits(path.getKey())) continue;
                operations++;
                assertThat(id).as(where + ": camelCase, not the class-method default").matches("[a-z][A-Za-z]+");
                assertThat((String) operation.get("summary")).as(where).isNotBlank();
                assertThat((String) operation.get("description")).as(where).isNotBlank();
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                var success = responses.entrySet().stream().filter(r -> r.getKey().startsWith("2")).toList();
                assertThat(success).as(where + ": a 2xx").isNotEmpty();
                for (var r : success) {
                    if (r.getKey().equals("204")) continue;
                    @SuppressWarnings("unchecked")
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) r.getValue().get("content");
                    assertThat(content).as(where + " " + r.getKey() + " content").isNotEmpty();
                    content.forEach((type, media) -> assertThat(media.get("schema")).as(where + " " + type).isNotNull());
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(operations).as("monitoring's own operations").isEqualTo(22);
    }

    @Test
    void aClientWriterMissesNothingInMonitoringsOwnOperations() {
        ApiDocument served = ApiDocument.fetch(base);
        // platform-kit's shared resources are the lead engineer's to describe (issue 12, item 10): their gaps are left
        // to platform-kit's own document test
        List<String> gaps = served.gaps().stream().filter(g -> !kits(g.substring(g.indexOf(' ') + 1))).toList();
        assertThat(gaps).isEmpty();
    }

    @Test
    void theDecisionsAnswer201WithLocationAndETagAndSayWhatTheirBodiesRequire() {
        for (String path : List.of("'/cohorts/{year}/intakes'", "'/desa/{code}/tuntas-declarations'")) {
            String created = "paths." + path + ".post.responses.'201'";
            assertThat(document.getMap(created + ".headers")).containsKeys("Location", "ETag", "Idempotent-Replayed");
            assertThat(document.getString(created + ".content.'application/json'.schema.$ref")).isNotBlank();
            assertThat(document.getMap("paths." + path + ".post.responses")).containsKeys("400", "401", "403", "404",
                    "409", "413", "415", "422");
            assertThat(document.getList("paths." + path + ".post.security.bearerJwt[0]")).containsExactly("tkpkd");
        }
        assertThat(document.getList("components.schemas.IntakeBody.required"))
                .containsExactlyInAnyOrder("desaCodes", "decisionNumber");
        assertThat(document.getString("components.schemas.IntakeBody.properties.desaCodes.items.pattern"))
                .isEqualTo("^33\\.14\\.[0-9]{2}\\.[0-9]{4}$");
        assertThat(document.getInt("components.schemas.IntakeBody.properties.desaCodes.maxItems")).isEqualTo(208);
        assertThat(document.getString("components.schemas.DeclarationBody.properties.decisionNumber.pattern"))
                .isEqualTo("^[A-Za-z0-9./_-]+$");
        assertThat(document.getInt("components.schemas.DeclarationBody.properties.decisionNumber.maxLength")).isEqualTo(100);
        assertThat(document.getList("components.schemas.TuntasDeclared.required")).contains("desaCode", "version");
    }

    @Test
    void theFiguresSayTheirEnumsPatternsAndFormats() {
        assertThat(document.getList("components.schemas.TuntasStatus.enum")).containsExactly("OPEN", "READY", "DECLARED");
        assertThat(document.getList("components.schemas.NeedStages.properties.kind.enum")).containsExactly(
                "HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL",
                "SKILLS_TRAINING", "FOOD_ASSISTANCE");
        assertThat(document.getList("components.schemas.Scorecard.properties.type.enum")).contains("OPD", "BAZNAS", "CSR");
        assertThat(document.getString("components.schemas.AreaFunnel.properties.areaCode.pattern"))
                .isEqualTo("^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$");
        assertThat(document.getString("components.schemas.Freshness.description")).isNotBlank();
        assertThat(document.getString("components.schemas.TimelineEvent.properties.eventId.$ref")).endsWith("/UUID");
        assertThat(document.getString("components.schemas.UUID.format")).isEqualTo("uuid");
        assertThat(document.getString("paths.'/households/{id}/timeline'.get.parameters.find { it.name == 'id' }.schema.format"))
                .isEqualTo("uuid");
        assertThat(document.getList("paths.'/areas/{code}/desa'.get.parameters.find { it.name == 'tuntas' }.schema.enum"))
                .containsExactly("OPEN", "READY", "DECLARED");
        assertThat(document.getMap("paths.'/desa/{code}/tuntas'.get.responses.'200'.content")).containsKeys(
                "application/json", "text/csv");
    }

    @Test
    void thePublicReportAndTheDashboardSessionArePublicAndEverythingElseNeedsABearerToken() {
        assertThat(document.getList("paths.'/public/desa/{code}/report'.get.security")).isEmpty();
        assertThat(document.getMap("paths.'/public/desa/{code}/report'.get.responses.'200'.headers"))
                .containsKey("Cache-Control");
        assertThat(document.getList("paths.'/dasbor/sesi'.post.security")).isEmpty();
        assertThat(document.getList("paths.'/scorecards/mine'.get.security.bearerJwt[0]")).containsExactlyInAnyOrder("opd", "partner");
        assertThat(document.getString("components.securitySchemes.bearerJwt.scheme")).isEqualTo("bearer");
        assertThat(document.getMap("paths.'/admin/projections/rebuilds'.post.responses.'202'.headers")).containsKey("Location");
    }

    /** A path of platform-kit's shared resources (the lead engineer documents those), not monitoring's own. */
    private static boolean kits(String path) {
        return path.startsWith("/admin/relay/") || path.startsWith("/audit/") || path.startsWith("/problems");
    }
}

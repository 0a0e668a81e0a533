package id.desatumis.assessment.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.apitest.ApiScene;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The scene the generated API tests walk: real households of the own desa announced as the registry would, and a
 * stored assessment waiting for verification for each command, so that valid calls reach the rules (and the own
 * caller's are let through) rather than stop at "not found".
 */
final class ApiScenes {

    static final String OWN_DESA = "33.14.07.2006";
    static final String OTHER_DESA = "33.14.08.2002";
    /** Submits the setup's forms: not the generators' callers (apitest-*), so those may verify them. */
    static final String SETUP = "staf-setup";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiScenes() {
    }

    /** Fresh objects for one test class: each command's assessment waits for verification when the walk begins. */
    static ApiScene.Builder scene(URI base, Pool pool) {
        String setup = "Bearer " + DevStack.shared().tokens().mint(SETUP, "dinsos", null, null, null);
        var scene = ApiScene.builder(base)
                .eventCount(() -> pool.query("SELECT count(*) FROM events").execute().await().indefinitely()
                        .iterator().next().getLong(0))
                .desa(OWN_DESA, OTHER_DESA)
                // a problem page this service serves (the kit's shared resource, walked with the rest)
                .path("GET /problems/{slug}", "slug", "assessment-exists");
        Registry.Household read = null;
        for (String command : List.of("verification", "rejection", "return", "needs", "struck-needs", "results")) {
            var h = Registry.register(pool, OWN_DESA, 3);
            var form = Forms.form(h, 10, true);
            given().header("Authorization", setup).contentType(ContentType.JSON).body(form).post("/assessments")
                    .then().statusCode(201);
            String id = (String) form.get("assessmentId");
            scene.path("POST /assessments/{id}/" + command, "id", id);
            if (command.equals("needs")) {
                // a need the policy did not derive (member 0 is 40 and employed)
                scene.body("POST /assessments/{id}/needs", json(Map.of("kind", "SKILLS_TRAINING",
                        "memberId", h.members().get(0).toString(), "reason", "the forum heard the factory closed")));
            }
            if (command.equals("struck-needs")) {
                // one the policy derived (member 1 has no health cover)
                scene.body("POST /assessments/{id}/struck-needs", json(Map.of("kind", "HEALTH_COVER",
                        "memberId", h.members().get(1).toString(), "reason", "the forum saw a KIS card issued in August")));
            }
            if (read == null) {
                read = h;
                scene.path("GET /assessments/{id}", "id", id);
                scene.path("GET /households/{id}/assessments", "id", h.id().toString());
            }
        }
        var fresh = Registry.register(pool, OWN_DESA, 2);
        scene.body("POST /assessments", json(Forms.form(fresh, 9, true)));
        scene.body("POST /assessments:batch", json(Map.of("items", List.of(Forms.form(fresh, 4, false)))));
        return scene;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}

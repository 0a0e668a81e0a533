package id.desatumis.registry.api;

import id.desatumis.devstack.apitest.ApiScene;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import org.awaitility.Awaitility;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The scene devstack's generated API tests walk the registry's document in (issue 12, items 11 and 12): real
 * households of the own desa made through the REST API, each destructive operation on a household of its own, a
 * likely-duplicate flag, a finished import, and valid bodies for the commands, so that valid calls reach the rules.
 */
final class RegistryApiScene {

    static final String KECAMATAN = "33.14.07";

    private RegistryApiScene() {
    }

    record Made(String id, List<String> members, Map<String, Object> body, List<String> flags) {
    }

    static Made register(Map<String, Object> body) {
        Response r = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households");
        r.then().statusCode(201);
        return new Made(r.jsonPath().getString("householdId"), r.jsonPath().getList("memberIds"), body,
                r.jsonPath().getList("likelyDuplicateFlags"));
    }

    static Made register() {
        return register(People.household(People.DESA_A));
    }

    static long events(Pool pool) {
        return pool.query("SELECT count(*) FROM events").execute()
                .map(r -> r.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }

    @SuppressWarnings("unchecked")
    static String field(Made made, int member, String name) {
        return (String) ((List<Map<String, Object>>) made.body().get("members")).get(member).get(name);
    }

    /** A family of the national list, imported and finished (so no import runs in the background during a walk). */
    static String[] importedFamily() {
        String kk = People.kk();
        LocalDate born = LocalDate.of(1975, 3, 14);
        String nik = People.nik("M", born);
        String csv = "kk_number,nik,name,sex,birth_date,relationship,desa_code,address,desil\n"
                + kk + "," + nik + ",Warga Impor " + kk.substring(12) + ",M," + born + ",HEAD," + People.DESA_A
                + ",Dukuh Ngrampal RT 03 RW 01,2\n";
        Response r = given().header("Authorization", Auth.dinsos()).contentType("text/csv").body(csv).post("/imports");
        r.then().statusCode(202);
        String id = r.jsonPath().getString("importId");
        String status = Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", Auth.dinsos()).get("/imports/" + id).jsonPath().getString("status"),
                        s -> s.equals("done") || s.equals("failed"));
        if (!status.equals("done")) throw new IllegalStateException("the setup's import ended " + status);
        return new String[]{id, csv};
    }

    static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every operation with real objects of the own desa; the destructive ones on households made for them, last. */
    static ApiScene scene(URI base, Pool pool) {
        return builder(base, pool).build();
    }

    /** The scene's builder, for a test that says more (which other-scope callers an operation lets through). */
    static ApiScene.Builder builder(URI base, Pool pool) {
        Made household = register();
        Made duplicate = register();
        Made erased = register();
        Made person = register();
        // a likely duplicate: the same name and birth date as the household's wife, another NIK
        Map<String, Object> lookalike = People.household(People.DESA_A);
        @SuppressWarnings("unchecked")
        var wife = ((List<Map<String, Object>>) lookalike.get("members")).get(1);
        wife.put("name", field(household, 1, "name"));
        Made flagged = register(lookalike);
        if (flagged.flags().isEmpty()) throw new IllegalStateException("the setup's lookalike raised no flag");
        String[] imported = importedFamily();
        String today = LocalDate.now().toString();

        return ApiScene.builder(base)
                .eventCount(() -> events(pool))
                .desa(People.DESA_A, People.DESA_B)
                .path("id", household.id())
                .path("code", KECAMATAN)
                .path("flagId", flagged.flags().get(0))
                .path("GET /imports/{id}", "id", imported[0])
                .path("POST /households/{id}/erasure", "id", erased.id())
                .path("POST /households/{id}/members/{memberId}/erasure", "id", person.id())
                .path("POST /households/{id}/members/{memberId}/erasure", "memberId", person.members().get(2))
                .field("desaCode", People.DESA_A)
                .field("value", field(household, 0, "nik"))
                .query("GET /households", "desaCode=" + People.DESA_A)
                .query("GET /duplicate-flags", "desaCode=" + People.DESA_A)
                .body("POST /households", json(People.household(People.DESA_A)))
                .body("POST /households/search", json(Map.of("name", "Warga", "desaCode", People.DESA_A)))
                .body("POST /households/{id}/members", json(People.member("CHILD", "F", LocalDate.of(2019, 5, 6))))
                .body("POST /households/{id}/deaths", json(Map.of("memberId", household.members().get(2), "dateOfDeath", today)))
                .body("POST /households/{id}/departures", json(Map.of("memberId", household.members().get(1), "date", today)))
                .body("POST /households/{id}/head", json(Map.of("newHeadMemberId", household.members().get(1),
                        "formerHeadRelationship", "HUSBAND")))
                .body("POST /households/{id}/kk-number", json(Map.of("kkNumber", People.kk(), "reason", "KK baru")))
                .body("POST /households/{id}/relocations", json(Map.of("desaCode", People.DESA_A,
                        "address", "Dukuh Ngrampal RT 03 RW 01")))
                .body("POST /households/{id}/splits", json(Map.of("kkNumber", People.kk(), "desaCode", People.DESA_A,
                        "address", "Dukuh Krajan RT 02 RW 02",
                        "members", List.of(Map.of("memberId", household.members().get(1), "relationship", "HEAD")))))
                .body("POST /households/{id}/reference-code", json(Map.of("reason", "kuitansi hilang")))
                .body("POST /households/{id}/merges", json(Map.of("duplicateId", duplicate.id(), "reason", "terdaftar dua kali")))
                .body("POST /households/{id}/erasure", json(Map.of("legalBasis", "UU 27/2022 Pasal 8")))
                .body("POST /households/{id}/members/{memberId}/erasure", json(Map.of("legalBasis", "UU 27/2022 Pasal 8")))
                .body("POST /duplicate-flags/{flagId}/resolution", json(Map.of("outcome", "dismissed", "reason", "orang berbeda")))
                // the same family again: refused whole (its KK number is registered), so a valid upload creates nothing
                .body("POST /imports", imported[1])
                // the DCI search and the identifier-lookup trace are not about one desa, office or partner
                .unscoped("POST /registry/sync/search")
                .last("POST /households/{id}/members/{memberId}/erasure", "POST /households/{id}/merges",
                        "POST /households/{id}/erasure");
    }
}

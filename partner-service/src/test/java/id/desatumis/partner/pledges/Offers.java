package id.desatumis.partner.pledges;

import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.ForumType;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Pledge requests as a partner's system would send them. */
final class Offers {

    static final String KECAMATAN = "33.14.07";
    static final String DESA = "33.14.07.2003";
    static final String OTHER_KECAMATAN = "33.14.01";

    private Offers() {
    }

    /** Rp50 million and 10 houses for house repair in kecamatan 33.14.07, this year. */
    static Map<String, Object> houses() {
        Map<String, Object> capacity = new HashMap<>(Map.of("rupiah", 50_000_000L, "units", 10, "unit", "HOUSE"));
        Map<String, Object> body = new HashMap<>();
        body.put("kinds", List.of("HOUSE_REPAIR"));
        body.put("scope", new HashMap<>(Map.of("level", "KECAMATAN", "codes", List.of(KECAMATAN))));
        body.put("capacity", capacity);
        body.put("validFrom", LocalDate.now().minusDays(1).toString());
        body.put("validUntil", LocalDate.now().plusMonths(6).toString());
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> capacity(Map<String, Object> body) {
        return (Map<String, Object>) body.get("capacity");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> scope(Map<String, Object> body) {
        return (Map<String, Object>) body.get("scope");
    }

    static ValidatableResponse offer(String token, UUID partnerId, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) request.header("Authorization", token);
        return request.post("/partners/" + partnerId + "/pledges").then();
    }

    /** Offered by the partner itself; the new pledge's id. */
    static UUID offered(String token, UUID partnerId, Map<String, Object> body) {
        return UUID.fromString(offer(token, partnerId, body).statusCode(201).extract().path("pledgeId"));
    }

    /** Offered by the partner and accepted by TKPKD on a decision of its coordination meeting; the pledge's id. */
    static UUID accepted(Pool pool, UUID partnerId, Map<String, Object> body) {
        UUID pledge = offered(Auth.partner(partnerId), partnerId, body);
        String decision = Fixtures.pledgeDecision(pool, ForumType.TKPKD_COORDINATION, "33.14", pledge);
        command(Auth.tkpkd(), pledge, "acceptance", Map.of("decisionNumber", decision)).statusCode(200);
        return pledge;
    }

    static ValidatableResponse command(String token, UUID pledgeId, String action, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) request.header("Authorization", token);
        return request.post("/pledges/" + pledgeId + "/" + action).then();
    }
}

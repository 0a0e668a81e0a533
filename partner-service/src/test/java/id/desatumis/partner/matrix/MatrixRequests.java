package id.desatumis.partner.matrix;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The matrix's endpoints as the tests call them. */
final class MatrixRequests {

    private MatrixRequests() {
    }

    static Map<String, Object> assignment(UUID lead, List<UUID> supporting, String decision, String effectiveFrom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadPartnerId", lead == null ? null : lead.toString());
        body.put("supportingPartnerIds", supporting.stream().map(UUID::toString).toList());
        body.put("decisionNumber", decision);
        body.put("effectiveFrom", effectiveFrom);
        return body;
    }

    static Map<String, Object> clearance(String decision, String effectiveFrom, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionNumber", decision);
        body.put("effectiveFrom", effectiveFrom);
        body.put("reason", reason);
        return body;
    }

    static ValidatableResponse assign(String token, String kind, String area, Object body) {
        return post(token, "/matrix/" + kind + "/" + area + "/assignments", body);
    }

    static ValidatableResponse clear(String token, String kind, String area, Object body) {
        return post(token, "/matrix/" + kind + "/" + area + "/clearances", body);
    }

    static ValidatableResponse get(String token, String path) {
        var request = given();
        if (token != null) request.header("Authorization", token);
        return request.get(path).then();
    }

    static ValidatableResponse post(String token, String path, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) request.header("Authorization", token);
        return request.post(path).then();
    }
}

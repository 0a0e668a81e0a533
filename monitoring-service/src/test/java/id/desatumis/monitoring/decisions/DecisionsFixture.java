package id.desatumis.monitoring.decisions;

import id.desatumis.devstack.DevStack;
import io.restassured.response.ValidatableResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Tokens, requests and distances of the decision tests. The desa are Tangen's (33.14.19) and Jenar's (33.14.20): this
 * helper's own, no other test of the build publishes about them; the intakes are of 2024, a year the demo's story
 * (2022, 2023) leaves alone.
 */
final class DecisionsFixture {

    static final String REGENCY = "33.14";
    static final int YEAR = 2024;

    private DecisionsFixture() {
    }

    static String tkpkd() {
        return token("sekretariat-tkpkd", "tkpkd", null, null, null);
    }

    /** Every role but tkpkd's: none of them records tkpkd's decisions (an operator not even for its own desa). */
    static List<String> refused(String desaCode) {
        return List.of(token("staf-dinsos", "dinsos", null, null, null), token("auditor-1", "auditor", null, null, null),
                token("operator-" + desaCode, "village-operator", List.of(desaCode), null, null),
                token("staf-dpupr", "opd", null, "DPUPR", null),
                token("staf-mitra", "partner", null, null, UUID.randomUUID().toString()));
    }

    static String token(String subject, String role, List<String> desa, String opd, String partnerId) {
        return "Bearer " + DevStack.shared().tokens().mint(subject, role, desa, opd, partnerId);
    }

    static ValidatableResponse intake(String token, Object year, Object body) {
        return post(token, "/cohorts/" + year + "/intakes", body, null);
    }

    static ValidatableResponse intake(String token, Object year, Object body, String idempotencyKey) {
        return post(token, "/cohorts/" + year + "/intakes", body, idempotencyKey);
    }

    static Map<String, Object> intakeOf(String decisionNumber, String... desaCodes) {
        return Map.of("desaCodes", List.of(desaCodes), "decisionNumber", decisionNumber);
    }

    static ValidatableResponse declare(String token, String desaCode, Object body) {
        return post(token, "/desa/" + desaCode + "/tuntas-declarations", body, null);
    }

    static ValidatableResponse declare(String token, String desaCode, Object body, String idempotencyKey) {
        return post(token, "/desa/" + desaCode + "/tuntas-declarations", body, idempotencyKey);
    }

    static Map<String, Object> citing(String decisionNumber) {
        return Map.of("decisionNumber", decisionNumber);
    }

    private static ValidatableResponse post(String token, String path, Object body, String idempotencyKey) {
        var request = given().contentType("application/json");
        if (token != null) request = request.header("Authorization", token);
        if (idempotencyKey != null) request = request.header("Idempotency-Key", idempotencyKey);
        if (body instanceof String raw) request = request.body(raw);
        else if (body != null) request = request.body(body);
        return request.post(path).then();
    }
}

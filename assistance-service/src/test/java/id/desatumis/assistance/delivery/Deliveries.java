package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Requests of the delivery endpoints, for the tests: bodies, and posting them with a token (or none). */
final class Deliveries {

    static final String PHOTO_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Deliveries() {
    }

    /** A delivery of that many units (and rupiah, when not null), today. */
    static Map<String, Object> units(long units) {
        return report(Given.today(), null, units, null);
    }

    static Map<String, Object> rupiah(long rupiah) {
        return report(Given.today(), rupiah, null, null);
    }

    static Map<String, Object> report(LocalDate on, Long rupiah, Long units, Integer tranche) {
        Map<String, Object> amount = new HashMap<>();
        if (rupiah != null) amount.put("rupiah", rupiah);
        if (units != null) amount.put("units", units);
        Map<String, Object> b = new HashMap<>();
        b.put("deliveredOn", on.toString());
        b.put("description", "Paket sembako: beras 10 kg, minyak goreng 2 liter");
        b.put("amount", amount);
        if (tranche != null) b.put("tranche", tranche);
        b.put("evidence", evidence());
        return b;
    }

    static Map<String, Object> evidence() {
        Map<String, Object> e = new HashMap<>();
        e.put("documentNumber", "BAST/2026/" + UUID.randomUUID().toString().substring(0, 6));
        // not a UUID: one in about two thousand has the shape of a card number (4 digits, then three groups of 4
        // digits), which the personal-number rule refuses, and a batch of 500 such reports failed one time in five
        e.put("photoReference", "s3://evidence/foto-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".jpg");
        e.put("photoSha256", PHOTO_SHA256);
        return e;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> b = new HashMap<>(body);
        if (value == null) b.remove(field);
        else b.put(field, value);
        return b;
    }

    static Map<String, Object> verification() {
        return Map.of("confirmedBy", "HEAD_OF_HOUSEHOLD", "confirmedOn", Given.today().toString(), "method", "THUMBPRINT");
    }

    static Map<String, Object> dispute(String ground) {
        return Map.of("ground", ground, "reason", "the family says the package never came");
    }

    static Map<String, Object> resolution(String resolution) {
        return Map.of("resolution", resolution, "reason", "checked with the village head and the office");
    }

    static ValidatableResponse report(String token, UUID interventionId, Object body) {
        return post(token, "/interventions/" + interventionId + "/deliveries", body);
    }

    static ValidatableResponse on(String token, UUID interventionId, UUID deliveryId, String action, Object body) {
        return post(token, "/interventions/" + interventionId + "/deliveries/" + deliveryId + "/" + action, body);
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return request(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static ValidatableResponse get(String token, String path) {
        return request(token).get(path).then();
    }

    static RequestSpecification request(String token) {
        RequestSpecification r = given();
        return token == null ? r : r.header("Authorization", token);
    }

    /** The delivery id of a 201 answer. */
    static UUID reported(ValidatableResponse answer) {
        return UUID.fromString(answer.statusCode(201).extract().path("deliveryId"));
    }

    /** An APBD line of the office with this ceiling, opened by Dinas Sosial (a code no other test uses). */
    static UUID budgetLine(String opdCode, long ceilingRupiah) {
        return UUID.fromString(post(Auth.dinsos(), "/budget-lines", Map.of("fund", "APBD",
                        "code", "1.06.03." + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "fiscalYear", Given.today().getYear(), "ownerOpdCode", opdCode,
                        "name", "Rehabilitasi rumah tidak layak huni", "ceilingRupiah", ceilingRupiah))
                .statusCode(201).extract().<String>path("lineId"));
    }
}

package id.desatumis.partner.partners;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Requests of the partner commands, for the tests: bodies with unique office codes, and posting them. */
public final class Partners {

    private Partners() {
    }

    /** A unique office code, so tests sharing one database never collide. */
    public static String opdCode() {
        return "OPD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> opd(String opdCode) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", "OPD");
        b.put("name", "Dinas Pekerjaan Umum dan Penataan Ruang");
        b.put("opdCode", opdCode);
        b.put("contactRole", "Kepala Bidang Perumahan");
        return b;
    }

    public static Map<String, Object> csr() {
        Map<String, Object> b = new HashMap<>();
        b.put("type", "CSR");
        b.put("name", "Bank Jateng Cabang Sragen");
        b.put("contactRole", "Pemimpin Cabang");
        return b;
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) request = request.header("Authorization", token);
        return request.post(path).then();
    }

    /** A request that broke one field rule: 400 naming the field and the rule, whose page the service serves. */
    public static void refusedForOneFieldRule(ValidatableResponse answer, String field, String rule) {
        answer.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
        given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(400));
    }

    /** A registered partner's id. */
    public static String register(String token, Map<String, Object> body) {
        return post(token, "/partners", body).statusCode(201).extract().path("partnerId");
    }
}

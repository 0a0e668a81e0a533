package id.desatumis.partner.partners;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

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

    /** A registered partner's id. */
    public static String register(String token, Map<String, Object> body) {
        return post(token, "/partners", body).statusCode(201).extract().path("partnerId");
    }
}

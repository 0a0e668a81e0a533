package id.desatumis.assistance.budget;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Requests of the budget line endpoints, for the tests: bodies with unique codes (tests share one database). */
public final class BudgetRequests {

    public static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    public static final String DESA = "33.14.07.2003";
    public static final String OTHER_DESA = "33.14.07.2004";

    private BudgetRequests() {
    }

    /** A code no other test uses: digits and capitals in dotted groups, as budgets print them. */
    public static String code() {
        return "1.06.02." + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A unique office code. */
    public static String opdCode() {
        return "OPD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An APBD line of the office, with this ceiling. */
    public static Map<String, Object> apbd(String opdCode, long ceilingRupiah) {
        Map<String, Object> b = new HashMap<>();
        b.put("fund", "APBD");
        b.put("code", code());
        b.put("fiscalYear", YEAR);
        b.put("ownerOpdCode", opdCode);
        b.put("name", "Rehabilitasi rumah tidak layak huni");
        b.put("ceilingRupiah", ceilingRupiah);
        return b;
    }

    /** An APBDES line of the desa. */
    public static Map<String, Object> apbdes(String desaCode, String code, long ceilingRupiah) {
        Map<String, Object> b = new HashMap<>();
        b.put("fund", "APBDES");
        b.put("code", code);
        b.put("fiscalYear", YEAR);
        b.put("desaCode", desaCode);
        b.put("name", "Bantuan jamban sehat");
        b.put("ceilingRupiah", ceilingRupiah);
        return b;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> b = new HashMap<>(body);
        if (value == null) b.remove(field);
        else b.put(field, value);
        return b;
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        RequestSpecification r = given().contentType(ContentType.JSON).body(body);
        if (token != null) r = r.header("Authorization", token);
        return r.post(path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        RequestSpecification r = given();
        if (token != null) r = r.header("Authorization", token);
        return r.get(path).then();
    }

    /** A new line's id. */
    public static String open(String token, Map<String, Object> body) {
        return post(token, "/budget-lines", body).statusCode(201).extract().path("lineId");
    }

    public static Map<String, Object> imported(List<Map<String, Object>> items) {
        return Map.of("items", items);
    }

    /** A request that broke one field rule: 400 naming the field and the rule, whose page the service serves. */
    public static void refusedFor(ValidatableResponse answer, String field, String rule) {
        answer.statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
        given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(400));
    }
}

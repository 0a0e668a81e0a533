package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Each rule broken alone, through the API: the answer's type is that rule's own problem type. */
@QuarkusTest
class RegistrationRulesApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("members")).get(i);
    }

    private static Arguments rule(String rule, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(rule, field, breakIt);
    }

    static Stream<Arguments> rules() {
        // the head is a man born 1979-04-21 in kecamatan 33.14.07
        return Stream.of(
                rule("nik-format", "members[0].nik", b -> member(b, 0).put("nik", "33140721047")),
                rule("nik-kecamatan-unknown", "members[0].nik", b -> member(b, 0).put("nik", "9999992104790001")),
                rule("nik-date-invalid", "members[0].nik", b -> member(b, 0).put("nik", "3314073204790001")),
                rule("nik-sex-mismatch", "members[0].nik", b -> member(b, 0).put("nik", "3314076104790001")),
                rule("nik-birth-date-mismatch", "members[0].nik", b -> member(b, 0).put("nik", "3314072204790001")),
                rule("nik-serial-invalid", "members[0].nik", b -> member(b, 0).put("nik", "3314072104790000")),
                rule("nik-required", "members[0].nik", b -> member(b, 0).remove("nik")),
                rule("nik-duplicate-in-request", "members[3].nik", b -> {
                    Map<String, Object> twin = new HashMap<>(member(b, 0));
                    twin.put("relationship", "OTHER_RELATIVE");
                    @SuppressWarnings("unchecked") var members = (List<Map<String, Object>>) b.get("members");
                    members.add(twin);
                }),
                rule("kk-format", "kkNumber", b -> b.put("kkNumber", "33140727112")),
                rule("kk-region-unknown", "kkNumber", b -> b.put("kkNumber", "9999992711260001")),
                rule("kk-serial-invalid", "kkNumber", b -> b.put("kkNumber", "3314072711260000")),
                rule("desa-format", "desaCode", b -> b.put("desaCode", "3314072003")),
                rule("desa-unknown", "desaCode", b -> b.put("desaCode", "33.14.07.2999")),
                rule("head-exactly-one", "members", b -> member(b, 0).put("relationship", "HUSBAND")),
                rule("date-in-future", "members[2].birthDate", b -> member(b, 2).put("birthDate", LocalDate.now().plusYears(1).toString())),
                rule("date-format", "members[0].birthDate", b -> member(b, 0).put("birthDate", "21-04-1979")),
                rule("sex", "members[0].sex", b -> member(b, 0).put("sex", "X")),
                rule("relationship", "members[1].relationship", b -> member(b, 1).put("relationship", "COUSIN")),
                rule("required", "address", b -> b.remove("address")),
                rule("desil-range", "desil", b -> b.put("desil", "11")),
                rule("max-length", "address", b -> b.put("address", "x".repeat(201))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aRequestBreakingOneRuleGetsThatRulesProblemType(String rule, String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = People.household(People.DESA_A);
        breakIt.accept(body);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + rule))
                .body("errors.size()", equalTo(1))
                .body("errors[0].rule", equalTo(rule))
                .body("errors[0].field", equalTo(field));
        given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(400));
    }
}

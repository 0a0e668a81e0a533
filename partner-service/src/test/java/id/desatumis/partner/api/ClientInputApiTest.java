package id.desatumis.partner.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, every endpoint answers a 2xx or a 4xx problem, never a 5xx: malformed ids in paths and
 * bodies, bodies of every JSON type, wrong types in fields, nulls in lists, huge and fractional numbers, dates of any
 * year, control characters in texts, garbage in If-Match, Idempotency-Key and query parameters. Each group runs on
 * a partner, pledge and forum of its own, so that what one request changes does not hide what the next would do.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ClientInputApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final String OFFER = "{\"kinds\":[\"HOUSE_REPAIR\"],\"scope\":{\"level\":\"KECAMATAN\",\"codes\":"
            + "[\"33.14.07\"]},\"capacity\":{\"rupiah\":1000},\"validFrom\":\"%s\",\"validUntil\":\"%s\"}";
    private static final List<String> TEXTS = List.of("a\\u0000b", "a\\u001bb", "a\\ud800b", "x".repeat(5000));

    private final List<String> serverErrors = new ArrayList<>();
    private String partner;
    private String pledge;
    private String forum;

    @BeforeEach
    void fresh() {
        partner = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body("{\"type\":\"CSR\",\"name\":\"Probe\",\"contactRole\":\"r\"}").post("/partners").then()
                .statusCode(201).extract().path("partnerId");
        pledge = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(OFFER.formatted(TODAY, TODAY.plusMonths(3))).post("/partners/" + partner + "/pledges").then()
                .statusCode(201).extract().path("pledgeId");
        forum = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(forumBody(TODAY.minusDays(1).toString(), "p", "a")).post("/forums").then().statusCode(201)
                .extract().path("forumId");
    }

    @Test
    void malformedIdsInPathsAreAnsweredAsNothingThere() {
        for (String id : List.of("x", "1-1-1-1-1", "%00", "x".repeat(3000), "%20", "00000000-0000-0000-0000-000000000000")) {
            post("/partners/" + id + "/suspension", "{\"reason\":\"r\"}");
            post("/partners/" + id + "/pledges", OFFER.formatted(TODAY, TODAY.plusMonths(3)));
            post("/pledges/" + id + "/acceptance", "{\"decisionNumber\":\"X\"}");
            post("/pledges/" + id + "/withdrawal", "{\"entire\":true,\"reason\":\"r\"}");
            post("/forums/" + id + "/invitations", "{\"partnerIds\":[\"" + partner + "\"]}");
            for (String path : List.of("/partners/" + id, "/partners/" + id + "/pledges", "/partners/" + id + "/allocations",
                    "/pledges/" + id, "/forums/" + id, "/decisions/" + id, "/matrix/" + id + "/33.14",
                    "/matrix/HOUSE_REPAIR/" + id, "/matrix/HOUSE_REPAIR/" + id + "/history", "/matrix?partnerId=" + id)) {
                get(path);
            }
        }
        assertNoServerError();
    }

    @Test
    void bodiesOfEveryJsonTypeAndHeadersOfEveryShapeAreRefusedAsProblems() {
        for (String path : commandPaths()) {
            for (String body : List.of("", "null", "[]", "1", "\"s\"", "{", "{}", "true", "{\"a\":{\"b\":[1,2,{}]}}")) {
                post(path, body);
            }
            for (String ifMatch : List.of("garbage", "\"99999999999999999999\"", "*", "W/\"1\"", "\"-1\"")) {
                send("POST", path, "{}", ifMatch, null);
            }
            send("POST", path, "{}", null, "k".repeat(5000));
            send("POST", path, "{}", null, " ");
        }
        assertNoServerError();
    }

    @Test
    void textsWithControlCharactersOrOfAnyLengthAreFieldErrors() {
        for (String t : TEXTS) {
            fresh();
            post("/partners", "{\"type\":\"CSR\",\"name\":\"" + t + "\",\"contactRole\":\"" + t + "\"}");
            post("/partners", "{\"type\":\"OPD\",\"name\":\"n\",\"opdCode\":\"" + t + "\",\"contactRole\":\"r\"}");
            post("/pledges/" + pledge + "/acceptance", "{\"decisionNumber\":\"" + t + "\"}");
            post("/pledges/" + pledge + "/withdrawal", "{\"rupiah\":1,\"reason\":\"" + t + "\"}");
            post("/pledges/" + pledge + "/decline", "{\"reason\":\"" + t + "\"}");
            post("/forums", forumBody(TODAY.toString(), t, t));
            post("/forums/" + forum + "/decisions", "{\"number\":\"N/" + UUID.randomUUID() + "\",\"text\":\"" + t
                    + "\",\"approves\":{\"kind\":\"OTHER\",\"reference\":\"" + t + "\"}}");
            post("/forums/" + forum + "/decisions", "{\"number\":\"" + t + "\",\"text\":\"t\",\"approves\":{\"kind\":\"OTHER\"}}");
            post("/matrix/HOUSE_REPAIR/33.14/clearances", "{\"decisionNumber\":\"X\",\"effectiveFrom\":\"2090-01-01\","
                    + "\"reason\":\"" + t + "\"}");
            post("/matrix/HOUSE_REPAIR/33.14/assignments", "{\"leadPartnerId\":\"" + partner + "\",\"decisionNumber\":\""
                    + t + "\",\"effectiveFrom\":\"2090-01-01\"}");
            post("/partners/" + partner + "/pledges", "{\"kinds\":[\"" + t + "\"],\"scope\":{\"level\":\"" + t
                    + "\",\"codes\":[\"" + t + "\"]},\"capacity\":{\"units\":1,\"unit\":\"" + t + "\"},\"validFrom\":\""
                    + TODAY + "\",\"validUntil\":\"" + TODAY.plusMonths(3) + "\"}");
            get("/decisions/" + t.replace("\\u", "%5Cu"));
            post("/partners/" + partner + "/suspension", "{\"reason\":\"" + t + "\"}");
        }
        assertNoServerError();
    }

    @Test
    void datesOfAnyYearAreFieldErrors() {
        for (String day : List.of("-5000-01-01", "+999999-12-31", "0001-01-01", "-0001-01-01", "+10000-01-01", "9999-12-31",
                "2026-02-30", "20260101", "+999999999-12-31")) {
            post("/partners/" + partner + "/pledges", OFFER.formatted(day, TODAY.plusMonths(3)));
            post("/partners/" + partner + "/pledges", OFFER.formatted(TODAY, day));
            post("/forums", forumBody(day, "p", "a"));
            post("/matrix/HOUSE_REPAIR/33.14/assignments", "{\"leadPartnerId\":\"" + partner
                    + "\",\"decisionNumber\":\"X\",\"effectiveFrom\":\"" + day + "\"}");
            for (String query : List.of("/forums?from=", "/forums?to=", "/attendance?from=", "/matrix?at=", "/matrix/gaps?at=",
                    "/matrix/HOUSE_REPAIR/33.14?at=")) {
                get(query + day);
            }
        }
        assertNoServerError();
    }

    @Test
    void numbersOfAnySizeOrTypeAreFieldErrors() {
        for (String n : List.of("1e400", "-1e400", "1.5", "9223372036854775808", "-9223372036854775809", "1e-400", "0.0",
                "1E+18", "\"12\"", "[1]", "{}", "true", "-0", "1e2147483647", "1e-2147483648")) {
            post("/partners/" + partner + "/pledges", ("{\"kinds\":[\"HOUSE_REPAIR\"],\"scope\":{\"level\":\"KECAMATAN\","
                    + "\"codes\":[\"33.14.07\"]},\"capacity\":{\"rupiah\":%s,\"units\":%s,\"unit\":\"HOUSE\"},"
                    + "\"validFrom\":\"%s\",\"validUntil\":\"%s\"}").formatted(n, n, TODAY, TODAY.plusMonths(3)));
            post("/pledges/" + pledge + "/withdrawal", "{\"rupiah\":" + n + ",\"units\":" + n + ",\"reason\":\"r\"}");
            post("/pledges/" + pledge + "/withdrawal", "{\"entire\":" + n + ",\"reason\":\"r\"}");
        }
        assertNoServerError();
    }

    @Test
    void listsWithNullsOrWrongTypesAreFieldErrors() {
        for (String list : List.of("[null]", "[1]", "[[]]", "[{}]", "[\"\"]", "null", "\"x\"", "{}")) {
            post("/partners/" + partner + "/pledges", ("{\"kinds\":%s,\"scope\":{\"level\":\"KECAMATAN\",\"codes\":%s},"
                    + "\"capacity\":{\"rupiah\":5},\"validFrom\":\"%s\",\"validUntil\":\"%s\"}")
                    .formatted(list, list, TODAY, TODAY.plusMonths(3)));
            post("/forums/" + forum + "/invitations", "{\"partnerIds\":" + list + "}");
            post("/forums/" + forum + "/attendance", "{\"attendance\":" + list + "}");
            post("/matrix/HOUSE_REPAIR/33.14/assignments", "{\"leadPartnerId\":\"" + partner + "\",\"supportingPartnerIds\":"
                    + list + ",\"decisionNumber\":\"X\",\"effectiveFrom\":\"2090-01-01\"}");
        }
        assertNoServerError();
    }

    @Test
    void queryParametersOfAnyShapeAreFieldErrors() {
        for (String q : List.of("page=-1", "page=99999999999", "size=0", "size=abc", "size=201", "type=xyz", "kind=xyz",
                "area=xyz", "area=33.14.99.9999", "from=2026-12-01&to=2026-01-01", "area=%00", "page=%00", "area=")) {
            for (String list : List.of("/partners?", "/partners/" + partner + "/pledges?",
                    "/partners/" + partner + "/allocations?", "/forums?", "/attendance?")) {
                get(list + q);
            }
        }
        for (String q : List.of("size=0", "size=abc", "page=-1", "page=99999999999", "kind=xyz", "within=xyz",
                "within=33.14.07.2003", "at=garbage", "partnerId=xyz", "within=")) {
            get("/matrix?" + q);
            get("/matrix/gaps?" + q);
        }
        for (String n : List.of("x".repeat(101), "%2F", "a%20b", "..", "%00", "MD%2F33.14%2F1", "a/b/c/d/e")) {
            get("/decisions/" + n);
        }
        assertNoServerError();
    }

    private List<String> commandPaths() {
        return List.of("/partners", "/partners/" + partner + "/suspension", "/partners/" + partner + "/reinstatement",
                "/partners/" + partner + "/pledges", "/pledges/" + pledge + "/acceptance", "/pledges/" + pledge + "/decline",
                "/pledges/" + pledge + "/withdrawal", "/forums", "/forums/" + forum + "/invitations",
                "/forums/" + forum + "/attendance", "/forums/" + forum + "/decisions",
                "/matrix/HOUSE_REPAIR/33.14/assignments", "/matrix/HOUSE_REPAIR/33.14/clearances");
    }

    private static String forumBody(String date, String place, String agenda) {
        return "{\"type\":\"TKPKD_COORDINATION\",\"areaCode\":\"33.14\",\"date\":\"" + date + "\",\"place\":\"" + place
                + "\",\"agenda\":\"" + agenda + "\"}";
    }

    private void post(String path, String body) {
        send("POST", path, body, null, null);
    }

    private void get(String path) {
        send("GET", path, null, null, null);
    }

    private void send(String method, String path, String body, String ifMatch, String key) {
        RequestSpecification r = given().header("Authorization", Auth.dinsos()).urlEncodingEnabled(false);
        if (body != null) r = r.contentType(ContentType.JSON).body(body);
        if (ifMatch != null) r = r.header("If-Match", ifMatch);
        if (key != null) r = r.header("Idempotency-Key", key);
        Response answer = method.equals("GET") ? r.get(path) : r.post(path);
        if (answer.statusCode() >= 500) {
            serverErrors.add(answer.statusCode() + " " + method + " " + path.substring(0, Math.min(path.length(), 120))
                    + (body == null ? "" : " " + body.substring(0, Math.min(body.length(), 200))));
        }
    }

    private void assertNoServerError() {
        assertThat(serverErrors).as("requests answered with a server error").isEmpty();
    }
}

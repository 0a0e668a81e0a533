package id.desatumis.assistance.api;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, every endpoint of assistance-service answers a 2xx or a 4xx application/problem+json, never
 * a 5xx: malformed JSON and bodies of every JSON type, wrong types and unknown fields, huge, negative and fractional
 * numbers, dates of any year, over-long texts and bodies, bad UUIDs in paths, bodies and query parameters, unknown
 * enumeration values, pages of any size, garbage in If-Match and Idempotency-Key. Ids that parse are random: each
 * body is read and checked before what it names is looked for, so what a body holds is answered either way.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ClientInputApiTest {

    private static final String DESA = "33.14.07.2003";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final List<String> BODIES = List.of("", "null", "[]", "1", "\"s\"", "{", "{}", "true", "{\"a\":{\"b\":[1,2,{}]}}",
            "{\"unknownField\":1}", "{\"reason\":\"r\",\"unknownField\":{}}", "[{}]", "{\"items\":[null]}");
    private static final List<String> NUMBERS = List.of("1e30", "-1e30", "1e400", "1.5", "1000.5", "9223372036854775808",
            "9223372036854775807", "-9223372036854775809", "-1", "0", "0.0", "1E+18", "\"12\"", "[1]", "{}", "true", "null",
            "-0", "1e2147483647", "1e-2147483648");
    private static final List<String> TEXTS = List.of("a\\u0000b", "a\\u001bb", "a\\ud800b", "x".repeat(5000), "", " ");
    private static final List<String> BAD_IDS = List.of("x", "1-1-1-1-1", "%00", "x".repeat(3000), "%20",
            "00000000-0000-0000-0000-000000000000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz");
    private static final List<String> DAYS = List.of("-5000-01-01", "+999999-12-31", "0001-01-01", "+10000-01-01",
            "9999-12-31", "2026-02-30", "20260101", "+999999999-12-31", "x");

    private final List<String> wrong = new ArrayList<>();
    private final String intervention = UUID.randomUUID().toString();
    private final String delivery = UUID.randomUUID().toString();
    private final String household = UUID.randomUUID().toString();
    private final String need = UUID.randomUUID().toString();
    private final String line = UUID.randomUUID().toString();

    @AfterEach
    void noServerErrorAndEveryRefusalAProblem() {
        assertThat(wrong).as("requests answered with a server error, or refused without a problem").isEmpty();
    }

    @Test
    void bodiesOfEveryJsonTypeAndHeadersOfEveryShapeAreRefusedAsProblems() {
        for (Command c : commands()) {
            for (String body : BODIES) send(c, body, null, null);
            send(c, "{\"x\":\"" + "x".repeat(3_000_000) + "\"}", null, null);
            for (String ifMatch : List.of("garbage", "\"99999999999999999999\"", "*", "W/\"1\"", "\"-1\"", "\"1.5\"")) {
                send(c, "{}", ifMatch, null);
            }
            send(c, "{}", null, "k".repeat(5000));
            send(c, "{}", null, " ");
        }
    }

    @Test
    void malformedIdsInPathsAreAnsweredAsNothingThere() {
        for (String id : BAD_IDS) {
            post(Auth.dinsos(), "/interventions/" + id + "/resourcing", "{}");
            post(Auth.dinsos(), "/interventions/" + id + "/cancellation", "{\"reason\":\"r\"}");
            post(Auth.dinsos(), "/interventions/" + id + "/deliveries", report("{\"rupiah\":1}", TODAY.toString()));
            post(Auth.operator(DESA), "/interventions/" + id + "/deliveries/" + delivery + "/verification", verification());
            post(Auth.operator(DESA), "/interventions/" + intervention + "/deliveries/" + id + "/verification", verification());
            post(Auth.operator(DESA), "/interventions/" + id + "/deliveries/" + id + "/dispute",
                    "{\"ground\":\"NOT_RECEIVED\",\"reason\":\"r\"}");
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries/" + id + "/resolution",
                    "{\"resolution\":\"ACCEPT\",\"reason\":\"r\"}");
            post(Auth.dinsos(), "/budget-lines/" + id + "/ceiling-revisions", "{\"ceilingRupiah\":1,\"reason\":\"r\"}");
            post(Auth.dinsos(), "/households/" + id + "/needs/" + need + "/closure", "{\"reason\":\"REFUSED\"}");
            post(Auth.dinsos(), "/households/" + household + "/needs/" + id + "/closure", "{\"reason\":\"REFUSED\"}");
            for (String path : List.of("/interventions/" + id, "/interventions/" + id + "/deliveries",
                    "/interventions/" + id + "/deliveries/" + delivery, "/interventions/" + intervention + "/deliveries/" + id,
                    "/budget-lines/" + id, "/budget-lines/" + id + "/commitments", "/households/" + id + "/needs",
                    "/responsibility-leads/HOUSE_REPAIR/" + id, "/responsibility-leads/" + id + "/" + DESA)) {
                get(Auth.dinsos(), path);
            }
        }
    }

    @Test
    void numbersOfAnySizeOrTypeAreFieldErrors() {
        for (String n : NUMBERS) {
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":" + n + ",\"units\":" + n + "}", "[]"));
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", "[{\"number\":" + n + ",\"rupiah\":" + n
                    + ",\"due\":\"" + TODAY.plusMonths(1) + "\"}]"));
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", "[]").replace("\"code\":\"L\"",
                    "\"code\":\"L\",\"fiscalYear\":" + n));
            post(Auth.dinsos(), "/interventions/" + intervention + "/resourcing",
                    "{\"source\":{\"type\":\"APBD\",\"code\":\"L\",\"fiscalYear\":" + n + "}}");
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries", report("{\"rupiah\":" + n + ",\"units\":" + n
                    + "}", TODAY.toString()));
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries", report("{\"rupiah\":1}", TODAY.toString())
                    .replace("\"tranche\":1", "\"tranche\":" + n));
            post(Auth.opd("OPD-X"), "/opd/deliveries", "{\"items\":[" + batchItem("{\"rupiah\":" + n + "}") + "]}");
            post(Auth.opd("OPD-X"), "/opd/unplanned-deliveries", unplanned("{\"rupiah\":" + n + ",\"units\":" + n + "}"));
            post(Auth.dinsos(), "/budget-lines", line("\"fiscalYear\":" + n + ",\"ceilingRupiah\":" + n));
            post(Auth.dinsos(), "/budget-lines/imports", "{\"items\":[{" + line("\"fiscalYear\":" + n
                    + ",\"ceilingRupiah\":" + n).substring(1) + "]}");
            post(Auth.dinsos(), "/budget-lines/" + line + "/ceiling-revisions", "{\"ceilingRupiah\":" + n + ",\"reason\":\"r\"}");
            post(Auth.dinsos(), "/interventions", "{\"needId\":" + n + "}");
            post(Auth.dinsos(), "/households/" + household + "/needs/" + need + "/closure", "{\"reason\":" + n + "}");
            lookUp("{\"referenceCode\":" + n + "}");
        }
    }

    @Test
    void textsDatesAndEnumerationsOfAnyShapeAreFieldErrors() {
        for (String t : TEXTS) {
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", "[]").replace("\"D/1\"", "\"" + t + "\"")
                    .replace("\"APBD\"", "\"" + t + "\""));
            post(Auth.dinsos(), "/interventions/" + intervention + "/cancellation", "{\"reason\":\"" + t + "\"}");
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries", report("{\"rupiah\":1}", TODAY.toString())
                    .replace("\"desc\"", "\"" + t + "\"").replace("\"DOC-1\"", "\"" + t + "\""));
            post(Auth.operator(DESA), "/interventions/" + intervention + "/deliveries/" + delivery + "/verification",
                    "{\"confirmedBy\":\"" + t + "\",\"confirmedOn\":\"" + t + "\",\"method\":\"" + t + "\"}");
            post(Auth.operator(DESA), "/interventions/" + intervention + "/deliveries/" + delivery + "/dispute",
                    "{\"ground\":\"" + t + "\",\"reason\":\"" + t + "\"}");
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries/" + delivery + "/resolution",
                    "{\"resolution\":\"" + t + "\",\"reason\":\"" + t + "\"}");
            post(Auth.dinsos(), "/budget-lines", line("\"fiscalYear\":2026,\"ceilingRupiah\":1").replace("\"L-1\"", "\"" + t + "\"")
                    .replace("\"APBD\"", "\"" + t + "\""));
            post(Auth.dinsos(), "/households/" + household + "/needs/" + need + "/closure",
                    "{\"reason\":\"" + t + "\",\"note\":\"" + t + "\"}");
            post(Auth.opd("OPD-X"), "/opd/unplanned-deliveries", unplanned("{\"rupiah\":1}").replace("\"HOUSE_REPAIR\"",
                    "\"" + t + "\"").replace("\"P\"", "\"" + t + "\""));
            lookUp("{\"referenceCode\":\"" + t + "\"}");
        }
        for (String day : DAYS) {
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", "[]").replace(TODAY.plusMonths(2).toString(), day));
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries", report("{\"rupiah\":1}", day));
            post(Auth.operator(DESA), "/interventions/" + intervention + "/deliveries/" + delivery + "/verification",
                    verification().replace(TODAY.toString(), day));
            get(Auth.opd("OPD-X"), "/opd/interventions?since=" + day);
        }
    }

    @Test
    void listsWithNullsOrWrongTypesAreFieldErrors() {
        for (String list : List.of("[null]", "[1]", "[[]]", "[{}]", "[\"\"]", "null", "\"x\"", "{}", "1")) {
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", list));
            post(Auth.dinsos(), "/budget-lines/imports", "{\"items\":" + list + "}");
            post(Auth.opd("OPD-X"), "/opd/deliveries", "{\"items\":" + list + "}");
            post(Auth.dinsos(), "/interventions", plan(list, "[]"));
            post(Auth.dinsos(), "/interventions", plan("{\"rupiah\":3}", "[]").replace("{\"type\":\"APBD\",\"code\":\"L\"}", list));
            post(Auth.dinsos(), "/interventions/" + intervention + "/deliveries", report(list, TODAY.toString()));
        }
        post(Auth.opd("OPD-X"), "/opd/deliveries", "{\"items\":[" + String.join(",", Collections.nCopies(501,
                batchItem("{\"rupiah\":1}"))) + "]}");
    }

    @Test
    void queryParametersOfAnyShapeAreFieldErrors() {
        for (String q : List.of("page=-1", "page=99999999999", "size=0", "size=-5", "size=abc", "size=100000", "size=1.5",
                "page=%00", "kind=xyz", "stage=xyz", "status=xyz", "desa=xyz", "desa=%00", "desa=", "type=xyz", "fund=xyz",
                "fiscalYear=abc", "fiscalYear=99999999999", "actorId=xyz", "householdId=xyz", "householdId=%00",
                "since=garbage", "ownerOpdCode=" + "x".repeat(500), "desaCode=xyz")) {
            for (String list : List.of("/interventions?", "/needs?", "/actors?", "/budget-lines?",
                    "/budget-lines/" + line + "/commitments?")) {
                get(Auth.dinsos(), list + q);
            }
            get(Auth.opd("OPD-X"), "/opd/interventions?" + q);
            get(Auth.opd("OPD-X"), "/opd/overdue?" + q);
        }
        for (String p : List.of("HOUSE_REPAIR/xyz", "xyz/" + DESA, "HOUSE_REPAIR/%00", "HOUSE_REPAIR/" + "3".repeat(500))) {
            get(Auth.dinsos(), "/responsibility-leads/" + p);
        }
    }

    /** Every command, with the caller who may send it. */
    private List<Command> commands() {
        String on = "/interventions/" + intervention + "/deliveries/" + delivery;
        return List.of(new Command(Auth.dinsos(), "/interventions"),
                new Command(Auth.dinsos(), "/interventions/" + intervention + "/resourcing"),
                new Command(Auth.dinsos(), "/interventions/" + intervention + "/cancellation"),
                new Command(Auth.dinsos(), "/interventions/" + intervention + "/deliveries"),
                new Command(Auth.operator(DESA), on + "/verification"),
                new Command(Auth.operator(DESA), on + "/dispute"),
                new Command(Auth.dinsos(), on + "/resolution"),
                new Command(Auth.dinsos(), "/budget-lines"),
                new Command(Auth.dinsos(), "/budget-lines/imports"),
                new Command(Auth.dinsos(), "/budget-lines/" + line + "/ceiling-revisions"),
                new Command(Auth.dinsos(), "/households/" + household + "/needs/" + need + "/closure"),
                new Command(Auth.opd("OPD-X"), "/opd/deliveries"),
                new Command(Auth.opd("OPD-X"), "/opd/unplanned-deliveries"),
                new Command(null, "/status-lookups"));
    }

    private String plan(String amount, String tranches) {
        return "{\"needId\":\"" + need + "\",\"source\":{\"type\":\"APBD\",\"code\":\"L\"},\"amount\":" + amount
                + ",\"tranches\":" + tranches + ",\"dueDate\":\"" + TODAY.plusMonths(2) + "\",\"decisionNumber\":\"D/1\"}";
    }

    private static String report(String amount, String day) {
        return "{\"deliveredOn\":\"" + day + "\",\"description\":\"desc\",\"amount\":" + amount + ",\"tranche\":1,"
                + "\"evidence\":{\"documentNumber\":\"DOC-1\",\"photoReference\":\"p\",\"photoSha256\":\"" + "a".repeat(64) + "\"}}";
    }

    private String batchItem(String amount) {
        return report(amount, TODAY.toString()).replaceFirst("\\{", "{\"interventionId\":\"" + intervention + "\",");
    }

    private String unplanned(String amount) {
        return "{\"householdId\":\"" + household + "\",\"kind\":\"HOUSE_REPAIR\",\"programme\":\"P\",\"deliveredOn\":\"" + TODAY
                + "\",\"description\":\"d\",\"amount\":" + amount + ",\"evidence\":{\"documentNumber\":\"DOC\"}}";
    }

    private static String verification() {
        return "{\"confirmedBy\":\"HEAD\",\"confirmedOn\":\"" + TODAY + "\",\"method\":\"SIGNATURE\"}";
    }

    private static String line(String numbers) {
        return "{\"fund\":\"APBD\",\"code\":\"L-1\",\"ownerOpdCode\":\"DINSOS\",\"desaCode\":\"" + DESA + "\",\"name\":\"n\","
                + numbers + "}";
    }

    private record Command(String token, String path) {
    }

    private void post(String token, String path, String body) {
        send(token, "POST", path, body, null, null);
    }

    private void get(String token, String path) {
        send(token, "GET", path, null, null, null);
    }

    private void lookUp(String body) {
        send(null, "POST", "/status-lookups", body, null, null);
    }

    private void send(String token, String method, String path, String body, String ifMatch, String key) {
        RequestSpecification r = given().urlEncodingEnabled(false);
        // each lookup from an address of its own: the rate limit is not what this test probes
        r = token == null ? r.header("X-Forwarded-For", "10.9." + Math.floorMod(UUID.randomUUID().hashCode(), 250) + "."
                + Math.floorMod(UUID.randomUUID().hashCode(), 250))
                : r.header("Authorization", token);
        if (body != null) r = r.contentType(ContentType.JSON).body(body);
        if (ifMatch != null) r = r.header("If-Match", ifMatch);
        if (key != null) r = r.header("Idempotency-Key", key);
        Response answer = method.equals("GET") ? r.get(path) : r.post(path);
        int status = answer.statusCode();
        String type = answer.contentType() == null ? "" : answer.contentType();
        // 414: a path too long for the HTTP server, refused before any resource reads it
        if (status >= 500 || status >= 400 && status != 414 && !type.startsWith("application/problem+json")) {
            wrong.add(status + " " + type + " " + method + " " + path.substring(0, Math.min(path.length(), 120))
                    + (body == null ? "" : " " + body.substring(0, Math.min(body.length(), 200))));
        }
    }

    private void send(Command c, String body, String ifMatch, String key) {
        send(c.token(), "POST", c.path(), body, ifMatch, key);
    }
}

package id.desatumis.partner.forums;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.partners.Partners;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static id.desatumis.partner.forums.ForumRequests.DESA;
import static id.desatumis.partner.forums.ForumRequests.HELD;
import static id.desatumis.partner.forums.ForumRequests.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Every field rule of the forum commands, each broken alone: a 400 naming the field and the rule, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ForumValidationApiTest {

    /** A musyawarah desa held already, one actor invited: every body below is valid for it but for the rule broken. */
    static String forum;
    static String actor;

    /** Once, when the application is up (a static @BeforeAll runs before RestAssured knows its port). */
    @BeforeEach
    void aForumWithAnInvitedActor() {
        if (forum != null) return;
        forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
        actor = ForumRequests.invited(Auth.operator(DESA), forum, 1).get(0);
    }

    private static Arguments rule(String action, String rule, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(action, rule, field, breakIt);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> body, String list) {
        return ((List<Map<String, Object>>) body.get(list)).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> approves(Map<String, Object> body) {
        return (Map<String, Object>) body.get("approves");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("", "required", "type", b -> b.remove("type")),
                rule("", "forum-type-unknown", "type", b -> b.put("type", "RAPAT_RT")),
                rule("", "required", "date", b -> b.remove("date")),
                rule("", "date-format", "date", b -> b.put("date", "12-03-2026")),
                rule("", "date-format", "date", b -> b.put("date", "2026-02-30")),
                // a year before the common era, or of five digits and more: read back as another day, or not stored
                rule("", "date-format", "date", b -> b.put("date", "-0001-01-01")),
                rule("", "date-format", "date", b -> b.put("date", "+10000-01-01")),
                rule("", "date-format", "date", b -> b.put("date", "1999-12-31")),
                rule("", "required", "place", b -> b.put("place", " ")),
                rule("", "max-length", "place", b -> b.put("place", "x".repeat(201))),
                // NUL is stored neither in text nor in jsonb: it failed in the database (500) before it was a rule
                rule("", "text-control-character", "place", b -> b.put("place", "a\u0000b")),
                rule("", "required", "agenda", b -> b.remove("agenda")),
                rule("", "max-length", "agenda", b -> b.put("agenda", "x".repeat(4001))),
                rule("", "required", "areaCode", b -> b.remove("areaCode")),
                rule("", "area-unknown", "areaCode", b -> b.put("areaCode", "33.14.07.2999")),
                rule("", "area-unknown", "areaCode", b -> b.put("areaCode", "33.15")),
                rule("", "area-unknown", "areaCode", b -> b.put("areaCode", "3314072003")),
                rule("/invitations", "required", "partnerIds", b -> b.put("partnerIds", List.of())),
                rule("/invitations", "required", "partnerIds", b -> b.remove("partnerIds")),
                rule("/invitations", "id-format", "partnerIds[0]", b -> b.put("partnerIds", List.of("not-an-id"))),
                rule("/invitations", "required", "partnerIds[0]", b -> b.put("partnerIds", Collections.singletonList(null))),
                rule("/invitations", "max-size", "partnerIds", b -> b.put("partnerIds",
                        Stream.generate(() -> UUID.randomUUID().toString()).limit(501).toList())),
                rule("/attendance", "required", "attendance", b -> b.remove("attendance")),
                rule("/attendance", "id-format", "attendance[0].partnerId", b -> first(b, "attendance").put("partnerId", "1-1-1-1-1")),
                rule("/attendance", "required", "attendance[0].attendance", b -> first(b, "attendance").remove("attendance")),
                rule("/attendance", "attendance-unknown", "attendance[0].attendance",
                        b -> first(b, "attendance").put("attendance", "LATE")),
                rule("/attendance", "max-length", "attendance[0].representedBy",
                        b -> first(b, "attendance").put("representedBy", "x".repeat(201))),
                rule("/decisions", "required", "number", b -> b.remove("number")),
                rule("/decisions", "decision-number-format", "number", b -> b.put("number", "MD 2026 004")),
                rule("/decisions", "decision-number-format", "number", b -> b.put("number", "9".repeat(101))),
                rule("/decisions", "required", "text", b -> b.put("text", "")),
                rule("/decisions", "max-length", "text", b -> b.put("text", "x".repeat(4001))),
                rule("/decisions", "text-control-character", "text", b -> b.put("text", "a\u0000b")),
                rule("/decisions", "decision-number-format", "number", b -> b.put("number", "a b")),
                // a control character is refused as such in every text, before the field's own format
                rule("/decisions", "text-control-character", "number", b -> b.put("number", "a\u0000b")),
                rule("/decisions", "required", "approves.kind", b -> b.remove("approves")),
                rule("/decisions", "approval-kind-unknown", "approves.kind", b -> approves(b).put("kind", "BUDGET")),
                rule("/decisions", "max-length", "approves.reference", b -> approves(b).put("reference", "x".repeat(201))));
    }

    /** A body that passes every field rule of the action. */
    static Map<String, Object> valid(String action) {
        return switch (action) {
            case "" -> ForumRequests.musdes(DESA, HELD);
            case "/invitations" -> new HashMap<>(Map.of("partnerIds", new ArrayList<>(List.of(actor))));
            case "/attendance" -> new HashMap<>(Map.of("attendance", List.of(ForumRequests.line(actor, "PRESENT", null))));
            default -> {
                Map<String, Object> d = new HashMap<>(ForumRequests.decision(ForumRequests.number("MD"), "OTHER", "x"));
                d.put("approves", new HashMap<>(approves(d)));
                yield d;
            }
        };
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @MethodSource("rules")
    void aRequestBreakingOneFieldRuleIsRefusedNamingFieldAndRule(String action, String rule, String field,
                                                                   Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = valid(action);
        breakIt.accept(body);
        String path = action.isEmpty() ? "/forums" : "/forums/" + forum + action;
        Partners.refusedForOneFieldRule(Partners.post(Auth.operator(DESA), path, body), field, rule);
    }

    @Test
    void theValidBodiesAreAccepted() {
        for (String action : List.of("", "/invitations", "/attendance", "/decisions")) {
            String path = action.isEmpty() ? "/forums" : "/forums/" + forum + action;
            Partners.post(Auth.operator(DESA), path, valid(action)).statusCode(action.isEmpty() ? 201 : 200);
        }
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        Partners.post(Auth.dinsos(), "/forums", Map.of("type", "X", "date", "soon")).statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "date", "place", "agenda", "areaCode"));
        post(Auth.dinsos(), forum, "/attendance", Map.of("attendance", List.of(Map.of("attendance", "LATE"), Map.of())))
                .statusCode(400).body("errors.field", containsInAnyOrder("attendance[0].partnerId",
                        "attendance[0].attendance", "attendance[1].partnerId", "attendance[1].attendance"));
        post(Auth.operator(DESA), forum, "/decisions", "").statusCode(400)
                .body("errors.field", containsInAnyOrder("number", "text", "approves.kind"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFields() {
        post(Auth.dinsos(), forum, "/invitations", "{\"partnerIds\": [").statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        post(Auth.dinsos(), forum, "/invitations", Map.of("partnerIds", actor)).statusCode(400)
                .body("type", equalTo("/problems/malformed-request")).body("errors[0].field", equalTo("partnerIds"));
        post(Auth.operator(DESA), forum, "/decisions", Map.of("number", "MD/1", "text", "t", "approves", "PLEDGE"))
                .statusCode(400).body("type", equalTo("/problems/malformed-request")).body("errors[0].field", equalTo("approves"));
        post(Auth.dinsos(), forum, "/attendance", Map.of("attendance", Map.of("partnerId", actor))).statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        Map<String, Object> extra = ForumRequests.musdes(DESA, HELD);
        extra.put("chairedBy", "Kepala Desa");
        Partners.post(Auth.operator(DESA), "/forums", extra).statusCode(201);
    }

    @Test
    void everyStateRuleIsServedAsAProblemPage() {
        Map<String, Integer> rules = Map.of("forum-area-level", 400, "actor-listed-twice", 400, "representative-required", 400,
                "representative-refused", 400, "forum-exists", 409, "forum-unknown", 404, "forum-not-held-yet", 409,
                "not-invited", 409, "decision-number-taken", 409, "forum-organised-by-district", 403);
        rules.forEach((rule, status) -> given().get("/problems/" + rule).then().statusCode(200).body("status", equalTo(status)));
        given().get("/problems/forum-decided-by-desa").then().statusCode(200).body("status", equalTo(403));
    }
}

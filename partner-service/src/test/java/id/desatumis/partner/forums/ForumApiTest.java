package id.desatumis.partner.forums;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.partners.Partners;
import id.desatumis.partner.persistence.ForumDecisions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.desatumis.partner.forums.ForumRequests.AHEAD;
import static id.desatumis.partner.forums.ForumRequests.DESA;
import static id.desatumis.partner.forums.ForumRequests.HELD;
import static id.desatumis.partner.forums.ForumRequests.KECAMATAN;
import static id.desatumis.partner.forums.ForumRequests.REGENCY;
import static id.desatumis.partner.forums.ForumRequests.attendance;
import static id.desatumis.partner.forums.ForumRequests.line;
import static id.desatumis.partner.forums.ForumRequests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A forum's life through the API: scheduled, actors invited, attendance and decisions recorded, and the state rules. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ForumApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    ForumDecisions decisions;

    @Test
    void eachForumIsScheduledForItsAreaAndAnsweredWithItsVersion() {
        Response r = given().header("Authorization", Auth.tkpkd()).contentType(ContentType.JSON)
                .body(ForumRequests.forum("TKPKD_COORDINATION", REGENCY, AHEAD)).post("/forums");
        r.then().statusCode(201).header("ETag", "\"1\"")
                .body("type", equalTo("TKPKD_COORDINATION")).body("areaCode", equalTo(REGENCY))
                .body("date", equalTo(AHEAD.toString())).body("place", equalTo("Balai Desa"))
                .body("agenda", equalTo("Verifikasi daftar rumah tangga miskin"))
                .body("invited", empty()).body("attendance", empty()).body("decisions", empty())
                .body("version", equalTo(1)).body("recorded", contains("ForumScheduled"));
        assertThat(r.header("Location")).isEqualTo("/forums/" + r.jsonPath().getString("forumId"));
        ForumRequests.schedule(Auth.dinsos(), ForumRequests.forum("MUSYAWARAH_KECAMATAN", KECAMATAN, HELD));
        ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
    }

    @Test
    void anAreaOfAnotherLevelThanTheForumsIsRefused() {
        Partners.post(Auth.tkpkd(), "/forums", ForumRequests.forum("TKPKD_COORDINATION", KECAMATAN, AHEAD)).statusCode(400)
                .body("type", equalTo("/problems/forum-area-level")).body("errors[0].field", equalTo("areaCode"));
        Partners.post(Auth.dinsos(), "/forums", ForumRequests.forum("MUSYAWARAH_KECAMATAN", DESA, AHEAD)).statusCode(400)
                .body("type", equalTo("/problems/forum-area-level"));
        Partners.post(Auth.dinsos(), "/forums", ForumRequests.forum("MUSYAWARAH_DESA", KECAMATAN, AHEAD)).statusCode(400)
                .body("type", equalTo("/problems/forum-area-level"));
    }

    @Test
    void registeredActorsAreInvitedOnceSuspendedOnesToo() {
        String forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, AHEAD));
        String pln = Partners.register(Auth.dinsos(), Partners.csr());
        String baznas = Partners.register(Auth.dinsos(), Partners.csr());
        Partners.post(Auth.dinsos(), "/partners/" + baznas + "/suspension", Map.of("reason", "r")).statusCode(200);
        post(Auth.operator(DESA), forum, "/invitations", Map.of("partnerIds", List.of(pln, baznas, pln))).statusCode(200)
                .header("ETag", "\"2\"").body("invited", contains(pln, baznas)).body("recorded", contains("ActorsInvited"));
        post(Auth.dinsos(), forum, "/invitations", Map.of("partnerIds", List.of(baznas))).statusCode(200)
                .header("ETag", "\"2\"").body("recorded", empty());
        post(Auth.dinsos(), forum, "/invitations", Map.of("partnerIds", List.of(pln, UUID.randomUUID().toString())))
                .statusCode(409).body("type", equalTo("/problems/partner-unknown"))
                .body("errors[0].field", equalTo("partnerIds[1]"));
    }

    @Test
    void attendanceOfInvitedActorsIsRecordedOnceTheForumHasMetAndCanBeCorrected() {
        String forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
        List<String> actors = ForumRequests.invited(Auth.operator(DESA), forum, 3);
        post(Auth.operator(DESA), forum, "/attendance", attendance(line(actors.get(0), "PRESENT", null),
                line(actors.get(1), "REPRESENTED", "Sekretaris Dinas"), line(actors.get(2), "ABSENT_WITHOUT_NOTICE", null)))
                .statusCode(200).header("ETag", "\"5\"")
                .body("attendance.partnerId", contains(actors.toArray()))
                .body("attendance.attendance", contains("PRESENT", "REPRESENTED", "ABSENT_WITHOUT_NOTICE"))
                .body("attendance[1].representedBy", equalTo("Sekretaris Dinas"))
                .body("attendance[0].representedBy", nullValue());
        post(Auth.dinsos(), forum, "/attendance", attendance(line(actors.get(2), "ABSENT_WITH_NOTICE", null),
                line(actors.get(0), "PRESENT", null)))
                .statusCode(200).header("ETag", "\"6\"").body("recorded", contains("AttendanceRecorded"))
                .body("attendance[2].attendance", equalTo("ABSENT_WITH_NOTICE"));
    }

    @Test
    void attendanceIsForInvitedActorsAfterTheForumHasMetWithARepresentativeOnlyWhenRepresented() {
        String held = ForumRequests.schedule(Auth.dinsos(), ForumRequests.forum("MUSYAWARAH_KECAMATAN", KECAMATAN, HELD));
        List<String> actors = ForumRequests.invited(Auth.dinsos(), held, 1);
        String stranger = Partners.register(Auth.dinsos(), Partners.csr());
        post(Auth.dinsos(), held, "/attendance", attendance(line(stranger, "PRESENT", null))).statusCode(409)
                .body("type", equalTo("/problems/not-invited")).body("errors[0].field", equalTo("attendance[0].partnerId"));
        post(Auth.dinsos(), held, "/attendance", attendance(line(actors.get(0), "REPRESENTED", null))).statusCode(400)
                .body("type", equalTo("/problems/representative-required"))
                .body("errors[0].field", equalTo("attendance[0].representedBy"));
        post(Auth.dinsos(), held, "/attendance", attendance(line(actors.get(0), "PRESENT", "Kepala Seksi"))).statusCode(400)
                .body("type", equalTo("/problems/representative-refused"));
        post(Auth.dinsos(), held, "/attendance", attendance(line(actors.get(0), "PRESENT", null), line(actors.get(0), "PRESENT", null)))
                .statusCode(400).body("type", equalTo("/problems/actor-listed-twice"))
                .body("errors[0].field", equalTo("attendance[1].partnerId"));
        post(Auth.dinsos(), held, "/attendance", attendance(line(stranger, "REPRESENTED", null))).statusCode(400)
                .body("type", equalTo("/problems/validation-failed")).body("errors.size()", equalTo(2));

        String ahead = ForumRequests.schedule(Auth.dinsos(), ForumRequests.forum("MUSYAWARAH_KECAMATAN", KECAMATAN, AHEAD));
        List<String> invited = ForumRequests.invited(Auth.dinsos(), ahead, 1);
        post(Auth.dinsos(), ahead, "/attendance", attendance(line(invited.get(0), "PRESENT", null))).statusCode(409)
                .body("type", equalTo("/problems/forum-not-held-yet"));
    }

    @Test
    void theDesasOperatorRecordsItsMusyawarahsDecisionUnderAProgrammeWideNumber() {
        String forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
        String number = ForumRequests.number("MD/" + DESA);
        post(Auth.operator(DESA), forum, "/decisions", ForumRequests.decision(number, "VERIFICATION_LIST", "VL-2026-01"))
                .statusCode(200).header("ETag", "\"2\"").body("recorded", contains("DecisionRecorded"))
                .body("decisions[0].number", equalTo(number)).body("decisions[0].approves.kind", equalTo("VERIFICATION_LIST"))
                .body("decisions[0].approves.reference", equalTo("VL-2026-01"))
                .body("decisions[0].decidedOn", equalTo(HELD.toString()));
        var cited = decisions.find(pool, number).await().atMost(PATIENCE);
        assertThat(cited.forumType()).isEqualTo(ForumType.MUSYAWARAH_DESA);
        assertThat(cited.area().code()).isEqualTo(DESA);
        assertThat(cited.approves()).isEqualTo(new Approval(Approval.Kind.VERIFICATION_LIST, "VL-2026-01"));

        post(Auth.operator(DESA), forum, "/decisions", ForumRequests.decision(number, "OTHER", null)).statusCode(409)
                .body("type", equalTo("/problems/decision-number-taken")).body("errors[0].field", equalTo("number"));
        String another = ForumRequests.schedule(Auth.tkpkd(), ForumRequests.forum("TKPKD_COORDINATION", REGENCY, HELD));
        post(Auth.tkpkd(), another, "/decisions", ForumRequests.decision(number, "PLEDGE", null)).statusCode(409)
                .body("type", equalTo("/problems/decision-number-taken"));
    }

    @Test
    void districtDecisionsAreRecordedByTkpkdOrDinasSosialOnceTheForumHasMet() {
        String tkpkd = ForumRequests.schedule(Auth.tkpkd(), ForumRequests.forum("TKPKD_COORDINATION", REGENCY, HELD));
        post(Auth.tkpkd(), tkpkd, "/decisions", ForumRequests.decision(ForumRequests.number("TKPKD"), "RESPONSIBILITY",
                "HOUSE_REPAIR@33.14")).statusCode(200);
        String kecamatan = ForumRequests.schedule(Auth.dinsos(), ForumRequests.forum("MUSYAWARAH_KECAMATAN", KECAMATAN, HELD));
        post(Auth.dinsos(), kecamatan, "/decisions", ForumRequests.decision(ForumRequests.number("MK"), "PLEDGE", null))
                .statusCode(200);
        String ahead = ForumRequests.schedule(Auth.tkpkd(), ForumRequests.forum("TKPKD_COORDINATION", REGENCY, AHEAD));
        post(Auth.tkpkd(), ahead, "/decisions", ForumRequests.decision(ForumRequests.number("TKPKD"), "PLEDGE", null))
                .statusCode(409).body("type", equalTo("/problems/forum-not-held-yet"));
    }

    @Test
    void ofConcurrentDecisionsUnderOneNumberExactlyOneIsRecorded() {
        String number = ForumRequests.number("TKPKD");
        List<String> forums = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forums.add(ForumRequests.schedule(Auth.tkpkd(), ForumRequests.forum("TKPKD_COORDINATION", REGENCY, HELD)));
        }
        List<CompletableFuture<Integer>> all = forums.stream().map(f -> CompletableFuture.supplyAsync(() ->
                given().header("Authorization", Auth.tkpkd()).contentType(ContentType.JSON)
                        .body(ForumRequests.decision(number, "PLEDGE", null)).post("/forums/" + f + "/decisions").statusCode()))
                .toList();
        List<Integer> statuses = all.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void aForumNotScheduledIsNotFound() {
        String none = UUID.randomUUID().toString();
        post(Auth.dinsos(), none, "/invitations", Map.of("partnerIds", List.of(UUID.randomUUID().toString()))).statusCode(404);
        post(Auth.dinsos(), "not-a-uuid", "/attendance", attendance(line(none, "PRESENT", null))).statusCode(404)
                .contentType("application/problem+json");
        post(Auth.tkpkd(), none, "/decisions", ForumRequests.decision(ForumRequests.number("X"), "OTHER", null)).statusCode(404);
    }

    @Test
    void aStaleIfMatchIsRefusedAndAnIdempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        var body = ForumRequests.musdes(DESA, HELD);
        Response first = given().header("Authorization", Auth.operator(DESA)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/forums");
        first.then().statusCode(201);
        String forum = first.jsonPath().getString("forumId");
        given().header("Authorization", Auth.operator(DESA)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/forums").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("forumId", equalTo(forum));
        given().header("Authorization", Auth.operator(DESA)).header("If-Match", "\"4\"").contentType(ContentType.JSON)
                .body(ForumRequests.decision(ForumRequests.number("MD"), "OTHER", null)).post("/forums/" + forum + "/decisions")
                .then().statusCode(412).header("ETag", "\"1\"");
        given().header("Authorization", Auth.operator(DESA)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(ForumRequests.decision(ForumRequests.number("MD"), "OTHER", null)).post("/forums/" + forum + "/decisions")
                .then().statusCode(200).header("ETag", "\"2\"");
    }
}

package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.desatumis.partner.views.Places.DESA;
import static id.desatumis.partner.views.Places.FAR_DESA;
import static id.desatumis.partner.views.Places.KECAMATAN;
import static id.desatumis.partner.views.Places.NEIGHBOUR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Forums by area and period with attendance counts, one forum with every actor and its decisions, decisions by
 * number, and attendance per actor. A village operator sees its desa's only.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ForumQueryApiTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;

    /** A day of its own for each test's forums, so that a period filter sees only them. */
    static LocalDate ownDay() {
        return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
    }

    @Test
    void anAreaMatchesItsForumsThoseWithinItAndThoseHoldingItInThePeriodLatestFirst() {
        LocalDate day = ownDay();
        UUID desa = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day);
        UUID neighbour = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, NEIGHBOUR, day);
        UUID kecamatan = streams.forumScheduled(ForumType.MUSYAWARAH_KECAMATAN, KECAMATAN, day);
        UUID regency = streams.forumScheduled(ForumType.TKPKD_COORDINATION, "33.14", day);
        UUID far = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, FAR_DESA, day);
        UUID dayBefore = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day.minusDays(1));
        db.awaitProjected("forum-" + dayBefore);
        String period = "&from=" + day + "&to=" + day;

        given().header("Authorization", Auth.tkpkd()).get("/forums?area=" + DESA + period).then().statusCode(200)
                .body("items.forumId", containsInAnyOrder(desa.toString(), kecamatan.toString(), regency.toString()))
                .body("total", equalTo(3)).body("freshness.eventsBehind", notNullValue());
        given().header("Authorization", Auth.tkpkd()).get("/forums?area=" + KECAMATAN + period).then()
                .body("items.forumId", containsInAnyOrder(desa.toString(), neighbour.toString(), kecamatan.toString(),
                        regency.toString()));
        given().header("Authorization", Auth.tkpkd()).get("/forums?area=33.14" + period).then().body("total", equalTo(5));
        given().header("Authorization", Auth.tkpkd()).get("/forums?from=" + day + "&to=" + day + "&size=2").then()
                .body("total", equalTo(5)).body("items.size()", equalTo(2));
        given().header("Authorization", Auth.dinsos()).get("/forums?area=" + DESA + "&from=" + day.minusDays(1) + "&to=" + day)
                .then().body("total", equalTo(4)).body("items[3].forumId", equalTo(dayBefore.toString()));
        given().header("Authorization", Auth.dinsos()).get("/forums?area=" + FAR_DESA + "&to=" + day + "&from=" + day).then()
                .body("items.forumId", containsInAnyOrder(far.toString(), regency.toString()));
    }

    @Test
    void aForumShowsEveryActorsAttendanceAndItsDecisionsAndTheListCountsThem() {
        LocalDate day = ownDay();
        UUID dpu = streams.registered(PartnerType.OPD, "DPU PR", "DPU-" + UUID.randomUUID());
        UUID dinkes = streams.registered(PartnerType.OPD, "Dinas Kesehatan", "DINKES-" + UUID.randomUUID());
        UUID baznas = streams.registered(PartnerType.BAZNAS, "Baznas", null);
        UUID pemdes = streams.registered(PartnerType.PEMDES, "Pemdes Cemeng", null);
        UUID forum = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day);
        streams.invited(forum, dpu, dinkes, baznas);
        streams.attended(forum, dpu, Attendance.PRESENT);
        streams.attended(forum, dinkes, Attendance.ABSENT_WITHOUT_NOTICE);
        streams.attended(forum, pemdes, Attendance.REPRESENTED);
        String number = streams.decided(forum, ForumType.MUSYAWARAH_DESA, DESA, day);
        db.awaitProjected("forum-" + forum);

        given().header("Authorization", Auth.operator(DESA)).get("/forums/" + forum).then().statusCode(200)
                .body("type", equalTo("MUSYAWARAH_DESA")).body("date", equalTo(day.toString()))
                .body("place", equalTo("Balai Desa")).body("areaCode", equalTo(DESA))
                .body("actors.name", contains("Baznas", "DPU PR", "Dinas Kesehatan", "Pemdes Cemeng"))
                .body("actors.invited", contains(true, true, true, false))
                .body("actors.attendance", contains(null, "PRESENT", "ABSENT_WITHOUT_NOTICE", "REPRESENTED"))
                .body("actors[3].representedBy", equalTo("Sekretaris")).body("actors[0].representedBy", nullValue())
                .body("attendance.invited", equalTo(3)).body("attendance.present", equalTo(1))
                .body("attendance.represented", equalTo(1)).body("attendance.absentWithoutNotice", equalTo(1))
                .body("attendance.notRecorded", equalTo(1))
                .body("decisions.number", contains(number)).body("decisions[0].approves.kind", equalTo("VERIFICATION_LIST"))
                .body("freshness.eventsBehind", notNullValue());
        given().header("Authorization", Auth.dinsos()).get("/forums?from=" + day + "&to=" + day).then()
                .body("items[0].attendance.invited", equalTo(3)).body("items[0].attendance.present", equalTo(1))
                .body("items[0].decisions", equalTo(1));
    }

    @Test
    void aDecisionIsFoundByItsNumberWithItsSlashesAsTheyAreOrEncoded() {
        LocalDate day = ownDay();
        UUID forum = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day);
        String number = streams.decided(forum, ForumType.MUSYAWARAH_DESA, DESA, day);
        db.awaitProjected("forum-" + forum);

        given().header("Authorization", Auth.auditor()).get("/decisions/" + number).then().statusCode(200)
                .body("number", equalTo(number)).body("forumId", equalTo(forum.toString()))
                .body("areaCode", equalTo(DESA)).body("decidedOn", equalTo(day.toString()))
                .body("text", equalTo("Menyetujui daftar verifikasi")).body("approves.kind", equalTo("VERIFICATION_LIST"))
                .body("freshness.eventsBehind", notNullValue()).header("X-Projection-Events-Behind", notNullValue());
        given().header("Authorization", Auth.auditor()).urlEncodingEnabled(false)
                .get("/decisions/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).then().statusCode(200)
                .body("number", equalTo(number));
        given().header("Authorization", Auth.auditor()).get("/decisions/MD/" + DESA + "/2026/none").then().statusCode(404);
    }

    @Test
    void attendancePerActorCountsEachWayOfTakingPartTheMostOftenAbsentFirst() {
        LocalDate day = ownDay();
        UUID faithful = streams.registered(PartnerType.OPD, "Bappeda", "BAPPEDA-" + UUID.randomUUID());
        UUID absentee = streams.registered(PartnerType.OPD, "Disnaker", "DISNAKER-" + UUID.randomUUID());
        UUID first = streams.forumScheduled(ForumType.TKPKD_COORDINATION, "33.14", day);
        UUID second = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day);
        UUID third = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, FAR_DESA, day);
        for (UUID f : List.of(first, second, third)) streams.invited(f, faithful, absentee);
        streams.attended(first, faithful, Attendance.PRESENT);
        streams.attended(second, faithful, Attendance.REPRESENTED);
        streams.attended(first, absentee, Attendance.ABSENT_WITH_NOTICE);
        streams.attended(second, absentee, Attendance.ABSENT_WITHOUT_NOTICE);
        streams.attended(third, absentee, Attendance.ABSENT_WITHOUT_NOTICE);
        db.awaitProjected("forum-" + first, "forum-" + second, "forum-" + third);
        String period = "?from=" + day + "&to=" + day;

        given().header("Authorization", Auth.tkpkd()).get("/attendance" + period).then().statusCode(200)
                .body("total", equalTo(2)).body("items.partnerId", contains(absentee.toString(), faithful.toString()))
                .body("items[0].name", equalTo("Disnaker")).body("items[0].type", equalTo("OPD"))
                .body("items[0].invited", equalTo(3)).body("items[0].absent", equalTo(3))
                .body("items[0].absentWithNotice", equalTo(1)).body("items[0].absentWithoutNotice", equalTo(2))
                .body("items[1].present", equalTo(1)).body("items[1].represented", equalTo(1))
                .body("items[1].notRecorded", equalTo(1)).body("items[1].absent", equalTo(0))
                .body("freshness.eventsBehind", notNullValue());
        given().header("Authorization", Auth.dinsos()).get("/attendance" + period + "&area=" + FAR_DESA).then()
                .body("items[0].invited", equalTo(2)).body("items[0].absent", equalTo(2));
        // a village operator counts the forums of its desa only
        given().header("Authorization", Auth.operator(DESA)).get("/attendance" + period).then().statusCode(200)
                .body("items.invited", contains(1, 1)).body("items[0].absentWithoutNotice", equalTo(1));
        given().header("Authorization", Auth.dinsos()).get("/attendance" + period + "&size=1&page=1").then()
                .body("items.partnerId", contains(faithful.toString())).body("total", equalTo(2));
    }

    @Test
    void aVillageOperatorSeesTheForumsAndDecisionsOfItsDesaOnlyAndPartnersAndThePublicNone() {
        LocalDate day = ownDay();
        UUID own = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, day);
        UUID neighbour = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, NEIGHBOUR, day);
        UUID kecamatan = streams.forumScheduled(ForumType.MUSYAWARAH_KECAMATAN, KECAMATAN, day);
        String ownDecision = streams.decided(own, ForumType.MUSYAWARAH_DESA, DESA, day);
        String neighbourDecision = streams.decided(neighbour, ForumType.MUSYAWARAH_DESA, NEIGHBOUR, day);
        String kecamatanDecision = streams.decided(kecamatan, ForumType.MUSYAWARAH_KECAMATAN, KECAMATAN, day);
        db.awaitProjected("forum-" + own, "forum-" + neighbour, "forum-" + kecamatan);
        String operator = Auth.operator(DESA);
        String period = "from=" + day + "&to=" + day;

        given().header("Authorization", operator).get("/forums?" + period).then().statusCode(200)
                .body("items.forumId", contains(own.toString())).body("total", equalTo(1));
        given().header("Authorization", operator).get("/forums?area=" + KECAMATAN + "&" + period).then()
                .body("items.forumId", contains(own.toString()));
        given().header("Authorization", operator).get("/forums?area=" + NEIGHBOUR + "&" + period).then().body("total", equalTo(0));
        given().header("Authorization", operator).get("/forums/" + own).then().statusCode(200);
        given().header("Authorization", operator).get("/forums/" + neighbour).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", operator).get("/forums/" + kecamatan).then().statusCode(404);
        given().header("Authorization", operator).get("/decisions/" + ownDecision).then().statusCode(200);
        given().header("Authorization", operator).get("/decisions/" + neighbourDecision).then().statusCode(404);
        given().header("Authorization", operator).get("/decisions/" + kecamatanDecision).then().statusCode(404);
        given().header("Authorization", Auth.operator(NEIGHBOUR)).get("/forums/" + neighbour).then().statusCode(200);

        UUID partner = UUID.randomUUID();
        for (String path : List.of("/forums", "/forums/" + own, "/decisions/" + ownDecision, "/attendance")) {
            given().header("Authorization", Auth.partner(partner)).get(path).then().statusCode(403)
                    .body("type", equalTo("/problems/forbidden"));
            given().header("Authorization", Auth.opd("BAPPEDA")).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            for (String staff : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor())) {
                given().header("Authorization", staff).get(path).then().statusCode(200);
            }
        }
    }

    @Test
    void badParametersAreNamedWithTheirRule() {
        for (String list : List.of("/forums", "/attendance")) {
            given().header("Authorization", Auth.dinsos()).get(list + "?from=2026-13-01").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                    .body("errors[0].rule", equalTo("date-format"));
            given().header("Authorization", Auth.dinsos()).get(list + "?from=-5000-01-01&to=+999999-12-31").then()
                    .statusCode(400).body("errors.field", contains("from", "to")).body("errors.rule", everyItem(equalTo("date-format")));
            given().header("Authorization", Auth.dinsos()).get(list + "?from=2026-03-02&to=2026-03-01").then().statusCode(400)
                    .body("errors[0].field", equalTo("to")).body("errors[0].rule", equalTo("period-reversed"));
            given().header("Authorization", Auth.dinsos()).get(list + "?area=33.14.99").then().statusCode(400)
                    .body("errors[0].rule", equalTo("area-unknown"));
            given().header("Authorization", Auth.dinsos()).get(list + "?to=yesterday&page=-3&size=0").then().statusCode(400)
                    .body("errors.field", hasItems("to", "page", "size"));
            given().header("Authorization", Auth.dinsos()).get(list + "?from=2026-03-01&to=2026-03-01").then().statusCode(200);
        }
        given().header("Authorization", Auth.dinsos()).get("/forums/12").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/decisions/" + "x".repeat(121)).then().statusCode(400)
                .body("errors[0].rule", equalTo("decision-number-format"));
    }
}

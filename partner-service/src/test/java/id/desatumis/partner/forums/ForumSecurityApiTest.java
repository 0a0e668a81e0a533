package id.desatumis.partner.forums;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.partners.Partners;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.forums.ForumRequests.DESA;
import static id.desatumis.partner.forums.ForumRequests.HELD;
import static id.desatumis.partner.forums.ForumRequests.KECAMATAN;
import static id.desatumis.partner.forums.ForumRequests.OTHER_DESA;
import static id.desatumis.partner.forums.ForumRequests.REGENCY;
import static id.desatumis.partner.forums.ForumRequests.attendance;
import static id.desatumis.partner.forums.ForumRequests.line;
import static id.desatumis.partner.forums.ForumRequests.post;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may change which forum: Dinas Sosial and TKPKD any (but a musyawarah desa's decisions), a village operator its own
 * desa's musyawarah desa only (404 for another desa's or a district forum, 403 for a new one outside its desa);
 * partners, offices, auditors and the public none.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ForumSecurityApiTest {

    static List<String> neverAllowed() {
        return List.of(Auth.opd(Partners.opdCode()), Auth.partner(UUID.randomUUID()), Auth.auditor(),
                Auth.token("someone", "public", null, null, null));
    }

    /** The four commands on a forum held already, each with a body valid for it. */
    static Map<String, Object> commands(String actor) {
        return Map.of("/invitations", Map.of("partnerIds", List.of(actor)),
                "/attendance", attendance(line(actor, "PRESENT", null)),
                "/decisions", ForumRequests.decision(ForumRequests.number("MD"), "OTHER", null));
    }

    @Test
    void noTokenIs401AndPartnersOfficesAuditorsAndThePublicAre403OnEveryCommand() {
        String forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
        String actor = ForumRequests.invited(Auth.operator(DESA), forum, 1).get(0);
        Partners.post(null, "/forums", ForumRequests.musdes(DESA, HELD)).statusCode(401).body("type", equalTo("/problems/unauthorized"));
        commands(actor).forEach((action, body) -> post(null, forum, action, body).statusCode(401));
        for (String token : neverAllowed()) {
            Partners.post(token, "/forums", ForumRequests.musdes(DESA, HELD)).statusCode(403).body("type", equalTo("/problems/forbidden"));
            commands(actor).forEach((action, body) -> post(token, forum, action, body).statusCode(403)
                    .body("type", equalTo("/problems/forbidden")));
        }
    }

    @Test
    void aVillageOperatorSchedulesOnlyItsOwnDesasMusyawarahDesa() {
        Partners.post(Auth.operator(DESA), "/forums", ForumRequests.musdes(OTHER_DESA, HELD)).statusCode(403)
                .body("type", equalTo("/problems/outside-village-scope"));
        Partners.post(Auth.operator(DESA), "/forums", ForumRequests.forum("TKPKD_COORDINATION", REGENCY, HELD)).statusCode(403)
                .body("type", equalTo("/problems/forum-organised-by-district")).body("errors[0].field", equalTo("type"));
        Partners.post(Auth.operator(DESA), "/forums", ForumRequests.forum("MUSYAWARAH_KECAMATAN", KECAMATAN, HELD)).statusCode(403)
                .body("type", equalTo("/problems/forum-organised-by-district"));
        Partners.post(Auth.operator(DESA), "/forums", ForumRequests.musdes(DESA, HELD)).statusCode(201);
    }

    @Test
    void anotherDesasForumAndDistrictForumsAreUnknownToAVillageOperator() {
        String theirs = ForumRequests.schedule(Auth.operator(OTHER_DESA), ForumRequests.musdes(OTHER_DESA, HELD));
        String theirActor = ForumRequests.invited(Auth.operator(OTHER_DESA), theirs, 1).get(0);
        String district = ForumRequests.schedule(Auth.tkpkd(), ForumRequests.forum("TKPKD_COORDINATION", REGENCY, HELD));
        String districtActor = ForumRequests.invited(Auth.tkpkd(), district, 1).get(0);
        commands(theirActor).forEach((action, body) -> post(Auth.operator(DESA), theirs, action, body).statusCode(404)
                .body("type", equalTo("/problems/not-found")));
        commands(districtActor).forEach((action, body) -> post(Auth.operator(DESA), district, action, body).statusCode(404));
        // unknown, not forbidden: the same answer as a forum that does not exist
        post(Auth.operator(DESA), UUID.randomUUID().toString(), "/invitations", Map.of("partnerIds", List.of(theirActor)))
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void theDesasOperatorAloneRecordsItsMusyawarahsDecisionsWhileDistrictStaffMayInviteAndRecordAttendance() {
        String forum = ForumRequests.schedule(Auth.dinsos(), ForumRequests.musdes(DESA, HELD));
        String actor = ForumRequests.invited(Auth.tkpkd(), forum, 1).get(0);
        post(Auth.tkpkd(), forum, "/attendance", attendance(line(actor, "PRESENT", null))).statusCode(200);
        for (String staff : List.of(Auth.dinsos(), Auth.tkpkd())) {
            post(staff, forum, "/decisions", ForumRequests.decision(ForumRequests.number("MD"), "OTHER", null)).statusCode(403)
                    .body("type", equalTo("/problems/forum-decided-by-desa"));
        }
        commands(actor).forEach((action, body) -> post(Auth.operator(DESA), forum, action, body).statusCode(200));
    }

    @Test
    void districtDecisionsAreRecordedByDinasSosialAndTkpkd() {
        for (String type : List.of("TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN")) {
            String area = type.startsWith("TKPKD") ? REGENCY : KECAMATAN;
            String forum = ForumRequests.schedule(Auth.dinsos(), ForumRequests.forum(type, area, HELD));
            for (String staff : List.of(Auth.dinsos(), Auth.tkpkd())) {
                post(staff, forum, "/decisions", ForumRequests.decision(ForumRequests.number("D"), "PLEDGE", null)).statusCode(200);
            }
        }
    }
}

package id.desatumis.partner.api;

import id.desatumis.devstack.apitest.ApiScene;
import id.desatumis.partner.Auth;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

/**
 * The real objects the generated API tests (issue 12, items 11 and 12) call the document's operations on, made through
 * the service's REST API as its users would: the own office registered as an OPD (the scene's own partner is that
 * OPD, so that its partner token and its office's opd token act for the same actor) and another office's; a spare
 * partner to suspend and reinstate; pledges of the own partner, one per command so that one command's effect (an
 * acceptance, a decline, a withdrawal) does not hide another's rules; a TKPKD coordination with the decisions that
 * approve pledges and responsibilities for the whole regency; the own desa's musyawarah desa with its own decision;
 * and a lead of the matrix in the own desa.
 */
final class ApiScenes {

    /** A desa of the own operator, and one of another kecamatan: the other operator sees neither it nor its kecamatan. */
    static final String OWN_DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.01.2001";
    static final String KIND = "HOUSE_REPAIR";

    private ApiScenes() {
    }

    static ApiScene.Builder scene(URI base, Pool pool) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String ownOffice = "OPD-" + run;
        String otherOffice = "OPD-X" + run;
        String own = register("{\"type\":\"OPD\",\"name\":\"Dinas Perumahan " + run + "\",\"opdCode\":\"" + ownOffice
                + "\",\"contactRole\":\"Kepala Bidang Perumahan\"}");
        String other = register("{\"type\":\"OPD\",\"name\":\"Dinas Kesehatan " + run + "\",\"opdCode\":\"" + otherOffice
                + "\",\"contactRole\":\"Sekretaris Dinas\"}");
        String spare = register("{\"type\":\"CSR\",\"name\":\"PT Sragen Makmur " + run + "\",\"contactRole\":\"Humas\"}");
        String offer = "{\"kinds\":[\"" + KIND + "\"],\"scope\":{\"level\":\"KECAMATAN\",\"codes\":[\"33.14.07\"]},"
                + "\"capacity\":{\"rupiah\":500000000,\"units\":25,\"unit\":\"HOUSE\"},\"validFrom\":\"" + today
                + "\",\"validUntil\":\"" + today.plusYears(1) + "\"}";
        String read = offer(own, offer);
        String accepted = offer(own, offer);
        String declined = offer(own, offer);
        String withdrawn = offer(own, offer);

        String district = created(Auth.tkpkd(), "/forums", "{\"type\":\"TKPKD_COORDINATION\",\"date\":\"" + today.minusDays(1)
                + "\",\"place\":\"Bappeda\",\"agenda\":\"Rencana aksi 2027\",\"areaCode\":\"33.14\"}", "forumId");
        String pledges = "TKPKD/33.14/" + today.getYear() + "/P" + run;
        String responsibilities = "TKPKD/33.14/" + today.getYear() + "/R" + run;
        decide(Auth.tkpkd(), district, pledges, "PLEDGE");
        decide(Auth.tkpkd(), district, responsibilities, "RESPONSIBILITY");

        String operator = Auth.operator(OWN_DESA);
        String village = created(operator, "/forums", forum(today), "forumId");
        given().header("Authorization", operator).contentType(ContentType.JSON).body("{\"partnerIds\":[\"" + own + "\"]}")
                .post("/forums/" + village + "/invitations").then().statusCode(200);
        String villageDecision = "MD/" + OWN_DESA + "/" + today.getYear() + "/" + run;
        decide(operator, village, villageDecision, "OTHER");

        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(assignment(own, responsibilities, today)).post("/matrix/" + KIND + "/" + OWN_DESA + "/assignments")
                .then().statusCode(oneOf(200, 201)); // 200 when an earlier test class set the cell already

        return ApiScene.builder(base)
                .eventCount(() -> pool.query("SELECT count(*) FROM events").execute().await().indefinitely()
                        .iterator().next().getLong(0))
                .desa(OWN_DESA, OTHER_DESA)
                .office(ownOffice, otherOffice)
                .partner(own, other)
                .path("id", own)
                .path("kind", KIND)
                .path("areaCode", OWN_DESA)
                .path("number", villageDecision)
                .path("slug", "not-found")
                .path("streamId", "pledge-" + UUID.randomUUID())
                // after the suspension (walked in the order of the paths), so that it reinstates a suspended partner
                .last("POST /partners/{id}/reinstatement")
                .path("POST /partners/{id}/suspension", "id", spare)
                .path("POST /partners/{id}/reinstatement", "id", spare)
                .path("GET /pledges/{id}", "id", read)
                .path("POST /pledges/{id}/acceptance", "id", accepted)
                .path("POST /pledges/{id}/decline", "id", declined)
                .path("POST /pledges/{id}/withdrawal", "id", withdrawn)
                .path("GET /forums/{id}", "id", village)
                .path("POST /forums/{id}/invitations", "id", village)
                .path("POST /forums/{id}/attendance", "id", village)
                // a musyawarah desa's decisions are its desa operator's alone (403 forum-decided-by-desa to Dinas
                // Sosial and TKPKD, a rule of the domain, not of their role): the walk records decisions on the
                // district forum, which Dinas Sosial and TKPKD record and a village operator is not shown (404)
                .path("POST /forums/{id}/decisions", "id", district)
                .body("POST /partners", "{\"type\":\"CSR\",\"name\":\"Yayasan Peduli Sragen\",\"contactRole\":\"Ketua\"}")
                .body("POST /partners/{id}/suspension", "{\"reason\":\"Laporan penyaluran belum diserahkan\"}")
                .body("POST /partners/{id}/reinstatement", "{\"reason\":\"Laporan penyaluran diserahkan\"}")
                .body("POST /partners/{id}/pledges", offer)
                .body("POST /pledges/{id}/acceptance", "{\"decisionNumber\":\"" + pledges + "\"}")
                .body("POST /pledges/{id}/decline", "{\"reason\":\"Di luar prioritas tahun ini\"}")
                .body("POST /pledges/{id}/withdrawal", "{\"rupiah\":1000,\"reason\":\"Anggaran dialihkan\"}")
                .body("POST /forums", forum(today))
                .body("POST /forums/{id}/invitations", "{\"partnerIds\":[\"" + own + "\"]}")
                .body("POST /forums/{id}/attendance", "{\"attendance\":[{\"partnerId\":\"" + own
                        + "\",\"attendance\":\"PRESENT\"}]}")
                .body("POST /forums/{id}/decisions", "{\"number\":\"TKPKD/33.14/" + today.getYear() + "/N" + run
                        + "\",\"text\":\"Hasil rapat koordinasi\",\"approves\":{\"kind\":\"OTHER\"}}")
                .body("POST /matrix/{kind}/{areaCode}/assignments", assignment(other, responsibilities, today))
                .body("POST /matrix/{kind}/{areaCode}/clearances", "{\"decisionNumber\":\"" + responsibilities
                        + "\",\"effectiveFrom\":\"" + today + "\",\"reason\":\"Diserahkan ke Pemerintah Desa\"}");
    }

    private static String forum(LocalDate today) {
        return "{\"type\":\"MUSYAWARAH_DESA\",\"date\":\"" + today.minusDays(1) + "\",\"place\":\"Balai Desa\","
                + "\"agenda\":\"Musyawarah desa penetapan sasaran\",\"areaCode\":\"" + OWN_DESA + "\"}";
    }

    private static String assignment(String lead, String decision, LocalDate today) {
        return "{\"leadPartnerId\":\"" + lead + "\",\"decisionNumber\":\"" + decision + "\",\"effectiveFrom\":\"" + today
                + "\"}";
    }

    static String register(String body) {
        return created(Auth.dinsos(), "/partners", body, "partnerId");
    }

    private static String offer(String partner, String body) {
        return created(Auth.dinsos(), "/partners/" + partner + "/pledges", body, "pledgeId");
    }

    private static void decide(String token, String forum, String number, String approves) {
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"number\":\"" + number + "\",\"text\":\"Disetujui\",\"approves\":{\"kind\":\"" + approves + "\"}}")
                .post("/forums/" + forum + "/decisions").then().statusCode(200);
    }

    private static String created(String token, String path, String body, String id) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path(id);
    }
}

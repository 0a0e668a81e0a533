package id.desatumis.partner.forums;

import id.desatumis.partner.Auth;
import id.desatumis.partner.partners.Partners;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Forum requests for the tests: bodies, forums held already or still ahead, unique decision numbers. */
final class ForumRequests {

    static final String DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.01.2001";
    static final String KECAMATAN = "33.14.07";
    static final String REGENCY = "33.14";
    /** Sragen's date, as the service's "today". */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate HELD = TODAY.minusDays(3);
    static final LocalDate AHEAD = TODAY.plusDays(30);

    private ForumRequests() {
    }

    static Map<String, Object> forum(String type, String areaCode, LocalDate date) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", type);
        b.put("areaCode", areaCode);
        b.put("date", date.toString());
        b.put("place", "Balai Desa");
        b.put("agenda", "Verifikasi daftar rumah tangga miskin");
        return b;
    }

    static Map<String, Object> musdes(String desa, LocalDate date) {
        return forum("MUSYAWARAH_DESA", desa, date);
    }

    /** A scheduled forum's id. */
    static String schedule(String token, Map<String, Object> body) {
        return Partners.post(token, "/forums", body).statusCode(201).extract().path("forumId");
    }

    static ValidatableResponse post(String token, String forumId, String action, Object body) {
        return Partners.post(token, "/forums/" + forumId + action, body);
    }

    /** Registers this many partners, invites them, and gives their ids. */
    static List<String> invited(String token, String forumId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) ids.add(Partners.register(Auth.dinsos(), Partners.csr()));
        post(token, forumId, "/invitations", Map.of("partnerIds", ids)).statusCode(200);
        return ids;
    }

    static Map<String, Object> line(String partnerId, String attendance, String representedBy) {
        Map<String, Object> l = new HashMap<>();
        l.put("partnerId", partnerId);
        l.put("attendance", attendance);
        if (representedBy != null) l.put("representedBy", representedBy);
        return l;
    }

    @SafeVarargs
    static Map<String, Object> attendance(Map<String, Object>... lines) {
        return Map.of("attendance", List.of(lines));
    }

    static String number(String prefix) {
        return prefix + "/" + UUID.randomUUID().toString().substring(0, 8) + "/2026/004";
    }

    static Map<String, Object> decision(String number, String kind, String reference) {
        Map<String, Object> approves = new HashMap<>();
        approves.put("kind", kind);
        if (reference != null) approves.put("reference", reference);
        return Map.of("number", number, "text", "Daftar penerima bantuan RTLH disepakati", "approves", approves);
    }
}

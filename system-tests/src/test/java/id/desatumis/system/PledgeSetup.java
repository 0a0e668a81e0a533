package id.desatumis.system;

import id.desatumis.devstack.DevStack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What partner-service must hold before assistance-service plans from a pledge, made through its REST API as its users
 * make it: an office (OPD) registered by Dinas Sosial, a TKPKD forum of the regency whose decisions make the office the
 * lead for a kind and accept its pledges, and the pledges themselves, offered by the office's own token.
 */
final class PledgeSetup {

    /** partner-service's address now (a test that restarts it finds it on another port). */
    private final Supplier<String> partnerUrl;
    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String opdCode = "DPUPR-" + run;
    final String dinsos = token("staf-dinsos", "dinsos", null);
    final String tkpkd = token("sekretariat-tkpkd", "tkpkd", null);
    final String office = token("staf-dpupr", "opd", opdCode);
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    String officeId;
    String forumId;
    String decisionNumber;
    private int decisions;

    PledgeSetup(Supplier<String> partnerUrl) {
        this.partnerUrl = partnerUrl;
    }

    private static String token(String subject, String role, String opd) {
        return DevStack.shared().tokens().mint(subject, role, null, opd, null);
    }

    /** The office, the regency's forum, and the office as the regency's lead for the kind from January. */
    PledgeSetup officeLeading(String kind, String regency) throws Exception {
        officeId = post("/partners", dinsos, 201, Map.of("type", "OPD", "name", "Dinas Pekerjaan Umum " + run,
                "opdCode", opdCode, "contactRole", "Kepala Bidang Cipta Karya")).body().get("partnerId").asText();
        forumId = post("/forums", tkpkd, 201, Map.of("type", "TKPKD_COORDINATION", "date", today.toString(),
                "place", "Ruang Rapat Bappeda Sragen", "agenda", "Sanitasi layak", "areaCode", regency))
                .body().get("forumId").asText();
        decisionNumber = decide(Map.of("kind", "RESPONSIBILITY", "reference", kind + "@" + regency));
        // 201 for the cell's first lead, 200 for a later one (the tests of one run share the regency's cell)
        var lead = Http.post(partnerUrl.get() + "/matrix/" + kind + "/" + regency + "/assignments", tkpkd, Map.of("leadPartnerId",
                officeId, "decisionNumber", decisionNumber, "effectiveFrom", LocalDate.of(today.getYear(), 1, 1).toString()));
        assertThat(lead.status()).as(lead.raw()).isIn(200, 201);
        return this;
    }

    /** A pledge of the office of so many units in the kecamatan, offered and accepted on a decision of the forum. */
    String acceptedPledge(String kind, String unit, String kecamatan, int units) throws Exception {
        String pledgeId = post("/partners/" + officeId + "/pledges", office, 201, Map.of("kinds", List.of(kind),
                "scope", Map.of("level", "KECAMATAN", "codes", List.of(kecamatan)),
                "capacity", Map.of("units", units, "unit", unit),
                "validFrom", LocalDate.of(today.getYear(), 1, 1).toString(),
                "validUntil", LocalDate.of(today.getYear(), 12, 31).toString())).body().get("pledgeId").asText();
        String accepting = decide(Map.of("kind", "PLEDGE"));
        var accepted = post("/pledges/" + pledgeId + "/acceptance", tkpkd, 200, Map.of("decisionNumber", accepting));
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        return pledgeId;
    }

    /** A decision of the forum approving interventions' plans, to cite when planning. */
    String planDecision() throws Exception {
        return decide(Map.of("kind", "INTERVENTION_PLAN"));
    }

    /** The pledge as the office reads it: capacity, reserved, consumed, remaining. */
    Http.Answer pledgeOfOffice(String pledgeId) throws Exception {
        return Http.get(partnerUrl.get() + "/pledges/" + pledgeId, office);
    }

    private String decide(Map<String, String> approves) throws Exception {
        String number = "TKPKD/33.14/" + today.getYear() + "/" + run + "-" + (++decisions);
        post("/forums/" + forumId + "/decisions", tkpkd, 200, Map.of("number", number,
                "text", "Keputusan rapat koordinasi " + number, "approves", approves));
        return number;
    }

    private Http.Answer post(String path, String token, int status, Object body) throws Exception {
        var answer = Http.post(partnerUrl.get() + path, token, body);
        assertThat(answer.status()).as(path + ": " + answer.raw()).isEqualTo(status);
        return answer;
    }
}

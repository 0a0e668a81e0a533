package id.desatumis.assistance.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What partner-service must hold before interventions are planned from a pledge, made through its REST API as the
 * programme's users make it: Dinas Sosial registers an office (OPD) of its own code for this run; TKPKD holds a
 * coordination meeting for the regency whose decisions make the office the regency's lead for the kind, accept its
 * pledge and approve the interventions' plans; the office offers the pledge (far more houses than any run plans) with
 * its own token. A fresh office each run: the matrix's latest assignment makes it the lead from today.
 */
final class ProgrammeSetup {

    /** What a run plans with: the office answering for the kind, its accepted pledge, the decision to cite. */
    record Programme(UUID officeId, String opdCode, UUID pledgeId, String planDecision) {
    }

    static final String KIND = "HOUSE_REPAIR";
    static final String REGENCY = "33.14";
    static final String KECAMATAN = "33.14.07";
    static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");
    private static final long HOUSES = 100_000_000L;

    private final Rest rest;
    private final String dinsos;
    private final String tkpkd;
    private final String run;
    private final LocalDate today = LocalDate.now(SRAGEN);
    private int decisions;

    ProgrammeSetup(Rest rest, RunningPlatform platform, String run) {
        this.rest = rest;
        this.run = run;
        this.dinsos = platform.staff("bench-dinsos", "dinsos");
        this.tkpkd = platform.staff("bench-tkpkd", "tkpkd");
    }

    Programme create(RunningPlatform platform) throws Exception {
        String opdCode = "BENCH-" + run;
        UUID office = id(post("/partners", dinsos, 201, Map.of("type", "OPD", "name", "Dinas Perumahan Bench " + run,
                "opdCode", opdCode, "contactRole", "Kepala Bidang Perumahan"), "partnerId"));
        String forum = post("/forums", tkpkd, 201, Map.of("type", "TKPKD_COORDINATION", "date", today.toString(),
                "place", "Ruang Rapat Bappeda Sragen", "agenda", "Rehabilitasi rumah tidak layak huni", "areaCode", REGENCY),
                "forumId");
        String responsibility = decide(forum, Map.of("kind", "RESPONSIBILITY", "reference", KIND + "@" + REGENCY));
        // 201 the first time the regency's cell is set, 200 after (an earlier run's office led it)
        Rest.Answer assigned = rest.probe(RunningPlatform.PARTNER_URL + "/matrix/" + KIND + "/" + REGENCY + "/assignments",
                tkpkd, Map.of("leadPartnerId", office.toString(), "decisionNumber", responsibility,
                        "effectiveFrom", today.toString()));
        if (assigned.status() != 201 && assigned.status() != 200) {
            throw new IllegalStateException("the matrix assignment answered " + assigned.status() + ": " + assigned.body());
        }
        String officeToken = platform.office("bench-office-" + run, opdCode);
        UUID pledge = id(post("/partners/" + office + "/pledges", officeToken, 201, Map.of("kinds", List.of(KIND),
                "scope", Map.of("level", "KECAMATAN", "codes", List.of(KECAMATAN)),
                "capacity", Map.of("units", HOUSES, "unit", "HOUSE"),
                "validFrom", today.minusDays(1).toString(), "validUntil", today.plusYears(1).toString()), "pledgeId"));
        post("/pledges/" + pledge + "/acceptance", tkpkd, 200, Map.of("decisionNumber", decide(forum, Map.of("kind", "PLEDGE"))),
                "status");
        return new Programme(office, opdCode, pledge, decide(forum, Map.of("kind", "INTERVENTION_PLAN")));
    }

    private String decide(String forum, Map<String, String> approves) {
        String number = "TKPKD/" + REGENCY + "/" + today.getYear() + "/BENCH-" + run + "-" + (++decisions);
        rest.post(RunningPlatform.PARTNER_URL + "/forums/" + forum + "/decisions", tkpkd, Map.of("number", number,
                "text", "Keputusan rapat koordinasi " + number, "approves", approves), 200);
        return number;
    }

    private String post(String path, String token, int expected, Object body, String field) {
        return rest.post(RunningPlatform.PARTNER_URL + path, token, body, expected).path(field).asText();
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }
}

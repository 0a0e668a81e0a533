package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DemoProgramme.Village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forums of the programme in partner-service, with invitations, attendance (some offices absent without notice, as
 * the study found) and decisions: TKPKD's coordination meetings of 2022 and 2023, a musyawarah kecamatan, and the
 * musyawarah desa of each desa. A forum is found again by its type, area, date and place; inviting and recording the
 * same attendance again changes nothing there; a decision recorded already is not recorded again.
 */
final class DemoForums {

    record Decision(String number, String text, String approves) {
    }

    /**
     * @param attendance every invited actor's attendance by key; an actor missing from it was PRESENT;
     *                   "REPRESENTED:role" names the representative's role
     * @param decidedBy  who records the decisions: "tkpkd", "dinsos", or a desa code (its operator)
     */
    record Forum(String type, LocalDate date, String place, String agenda, String areaCode, List<String> invited,
                 Map<String, String> attendance, List<Decision> decisions, String decidedBy) {
    }

    private final DemoContext demo;
    private final DemoActors actors;

    DemoForums(DemoContext demo, DemoActors actors) {
        this.demo = demo;
        this.actors = actors;
    }

    /** Records each forum, one after the other (a forum's commands go one by one on its stream). */
    void hold(String label, List<Forum> forums) {
        demo.run.each(label, forums, this::hold);
    }

    private String hold(Forum f) {
        String token = "tkpkd".equals(f.decidedBy()) ? demo.tokens.tkpkd() : demo.tokens.dinsos();
        String forumId = find(f);
        boolean fresh = forumId == null;
        if (fresh) {
            DemoHttp.Answer a = demo.http.post(demo.partner + "/forums", token, DemoHttp.map("type", f.type(), "date", f.date().toString(),
                    "place", f.place(), "agenda", f.agenda(), "areaCode", f.areaCode()), "demo-forum-" + f.type() + "-" + f.areaCode() + "-" + f.date());
            if (!a.ok()) throw new IllegalStateException(f.agenda() + ": " + a);
            forumId = a.text("forumId");
        }
        String url = demo.partner + "/forums/" + forumId;
        List<String> ids = f.invited().stream().map(actors::id).toList();
        ok(demo.http.post(url + "/invitations", token, Map.of("partnerIds", ids), null), f);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String key : f.invited()) {
            String how = f.attendance().getOrDefault(key, "PRESENT");
            String[] parts = how.split(":", 2);
            lines.add(DemoHttp.map("partnerId", actors.id(key), "attendance", parts[0], "representedBy", parts.length > 1 ? parts[1] : null));
        }
        ok(demo.http.post(url + "/attendance", token, Map.of("attendance", lines), null), f);
        Set<String> recorded = new HashSet<>();
        for (JsonNode d : demo.http.get(url, token).body().path("decisions")) recorded.add(d.path("number").asText());
        String decider = "tkpkd".equals(f.decidedBy()) ? demo.tokens.tkpkd() : "dinsos".equals(f.decidedBy())
                ? demo.tokens.dinsos() : demo.tokens.operator(f.decidedBy(), "sekdes");
        for (Decision d : f.decisions()) {
            if (recorded.contains(d.number())) continue;
            DemoHttp.Answer a = demo.http.post(url + "/decisions", decider, DemoHttp.map("number", d.number(), "text", d.text(),
                    "approves", DemoHttp.map("kind", d.approves())), null);
            if (!a.ok() && !a.is("decision-number-taken")) throw new IllegalStateException(d.number() + ": " + a);
        }
        return fresh ? "held" : "there already";
    }

    private static void ok(DemoHttp.Answer a, Forum f) {
        if (!a.ok()) throw new IllegalStateException(f.agenda() + ": " + a);
    }

    private String find(Forum f) {
        DemoHttp.Answer a = demo.http.get(demo.partner + "/forums?size=200&area=" + f.areaCode(), demo.tokens.dinsos());
        for (JsonNode i : a.body().path("items")) {
            if (f.type().equals(i.path("type").asText()) && f.date().toString().equals(i.path("date").asText())
                    && f.place().equals(i.path("place").asText())) {
                return i.path("forumId").asText();
            }
        }
        return null;
    }

    /** TKPKD's first meeting: the 2022 intake, the responsibility matrix, the partners' pledges, regency-wide plans. */
    static Forum tkpkd2022() {
        List<String> invited = new ArrayList<>(List.of("dinsos", "bappeda", "dinkes", "disdik", "dpupr", "dperkim", "disnaker", "diskop",
                "pemdes-cemeng", "pemdes-kadipiro", "pemdes-jabung", "baznas", "bank-jateng", "bkk", "pln", "lazismu", "lazisnu",
                "pmi", "gnota", "forum-csr", "uns"));
        Map<String, String> att = new LinkedHashMap<>();
        att.put("disnaker", "ABSENT_WITHOUT_NOTICE");
        att.put("gnota", "ABSENT_WITHOUT_NOTICE");
        att.put("disdik", "REPRESENTED:Sekretaris Dinas");
        att.put("pln", "ABSENT_WITH_NOTICE");
        return new Forum("TKPKD_COORDINATION", DemoProgramme.TKPKD_2022, "Ruang Sukowati, Sekretariat Daerah Kabupaten Sragen",
                "Rapat koordinasi TKPKD: desa sasaran Desa Tumis 2022, matriks tanggung jawab, komitmen mitra", DemoProgramme.REGENCY,
                invited, att, List.of(
                new Decision(DemoProgramme.INTAKE_2022_DECISION, "Desa sasaran Desa Tumis 2022: Cemeng, Kadipiro dan Jabung", "OTHER"),
                new Decision(DemoProgramme.MATRIX_DECISION, "Matriks tanggung jawab penanganan kebutuhan rumah tangga miskin", "RESPONSIBILITY"),
                new Decision(DemoProgramme.PLEDGES_DECISION, "Penerimaan komitmen mitra (Baznas, LAZ, CSR, BUMN, BUMD, perguruan tinggi)", "PLEDGE"),
                new Decision(DemoProgramme.REGENCY_PLANS_DECISION, "Rencana intervensi lintas desa: PBI-JKN daerah dan Program Sembako",
                        "INTERVENTION_PLAN")), "tkpkd");
    }

    static Forum tkpkd2023() {
        List<String> invited = new ArrayList<>(List.of("dinsos", "bappeda", "dinkes", "disdik", "dpupr", "dperkim", "disnaker", "diskop",
                "pemdes-gilirejo-baru", "pemdes-ngargotirto", "pemdes-jekani", "baznas", "bank-jateng", "pln", "forum-csr"));
        Map<String, String> att = new LinkedHashMap<>();
        att.put("disnaker", "ABSENT_WITHOUT_NOTICE");
        att.put("dpupr", "ABSENT_WITHOUT_NOTICE");
        att.put("bank-jateng", "ABSENT_WITH_NOTICE");
        return new Forum("TKPKD_COORDINATION", DemoProgramme.TKPKD_2023, "Ruang Sukowati, Sekretariat Daerah Kabupaten Sragen",
                "Rapat koordinasi TKPKD: evaluasi 2022 dan desa sasaran Desa Tumis 2023", DemoProgramme.REGENCY, invited, att, List.of(
                new Decision(DemoProgramme.INTAKE_2023_DECISION, "Desa sasaran Desa Tumis 2023: Gilirejo Baru, Ngargotirto dan Jekani", "OTHER"),
                new Decision(DemoProgramme.PLEDGES_2023_DECISION, "Penerimaan komitmen mitra untuk desa sasaran 2023", "PLEDGE")), "tkpkd");
    }

    static Forum jabung() {
        Map<String, String> att = Map.of("baznas", "ABSENT_WITH_NOTICE");
        return new Forum("MUSYAWARAH_DESA", DemoProgramme.JABUNG_FORUM, "Balai Desa Jabung",
                "Sosialisasi Desa Tumis dan pembentukan Tim Gotong Royong", DemoProgramme.JABUNG,
                List.of("pemdes-jabung", "dinsos", "baznas"), att,
                List.of(new Decision(DemoProgramme.JABUNG_DECISION, "Pembentukan Tim Gotong Royong Desa Jabung", "OTHER")), DemoProgramme.JABUNG);
    }

    /** The musyawarah desa that verified the list of poor households. */
    static Forum verification(Village v) {
        Map<String, String> att = v == DemoProgramme.CEMENG ? Map.of("dperkim", "ABSENT_WITHOUT_NOTICE")
                : Map.of("baznas", "ABSENT_WITH_NOTICE", "dinsos", "REPRESENTED:Pendamping PKH");
        return new Forum("MUSYAWARAH_DESA", v.verificationForum(), "Balai Desa " + v.name(),
                "Verifikasi hasil pendataan rumah tangga miskin", v.desaCode(),
                List.of("pemdes-" + v.key(), "tgr-" + v.key(), "dinsos", "dperkim", "baznas"), att,
                List.of(new Decision(v.verificationDecision(), "Penetapan daftar rumah tangga miskin hasil verifikasi", "VERIFICATION_LIST")),
                v.desaCode());
    }

    /** The musyawarah desa that approved the intervention plans. */
    static Forum plans(Village v) {
        List<String> invited = List.of("pemdes-" + v.key(), "tgr-" + v.key(), "dinsos", "dperkim", "dpupr", "dinkes", "disdik", "diskop",
                "pln", "bank-jateng", "bkk", "baznas", "lazismu", "lazisnu", "gnota", "forum-csr", "pmi", "uns");
        Map<String, String> att = v == DemoProgramme.CEMENG
                ? Map.of("dpupr", "ABSENT_WITHOUT_NOTICE", "pln", "REPRESENTED:Supervisor Pelayanan", "lazismu", "ABSENT_WITH_NOTICE")
                : Map.of("disdik", "ABSENT_WITHOUT_NOTICE", "diskop", "ABSENT_WITHOUT_NOTICE", "uns", "ABSENT_WITH_NOTICE",
                        "gnota", "ABSENT_WITHOUT_NOTICE");
        return new Forum("MUSYAWARAH_DESA", v.planForum(), "Balai Desa " + v.name(), "Rencana intervensi gotong royong Desa Tumis",
                v.desaCode(), invited, att,
                List.of(new Decision(v.planDecision(), "Rencana intervensi per kebutuhan, pelaksana dan sumber dana", "INTERVENTION_PLAN")),
                v.desaCode());
    }

    static Forum sambungmacan() {
        return new Forum("MUSYAWARAH_KECAMATAN", DemoProgramme.SAMBUNGMACAN_FORUM, "Pendopo Kecamatan Sambungmacan",
                "Pelatihan keterampilan kerja bagi warga miskin usia produktif", DemoProgramme.CEMENG.kecamatanCode(),
                List.of("disnaker", "uns", "pemdes-cemeng", "dinsos"), Map.of("dinsos", "ABSENT_WITH_NOTICE"),
                List.of(new Decision(DemoProgramme.SAMBUNGMACAN_PLANS_DECISION, "Rencana pelatihan keterampilan kerja Kecamatan Sambungmacan",
                        "INTERVENTION_PLAN")), "dinsos");
    }
}

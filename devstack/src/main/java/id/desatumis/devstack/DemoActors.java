package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 2a: the programme's actors registered in partner-service, one of every type: the offices of TKPKD (OPD), the
 * village government of each desa of both intakes (PEMDES), a CSR forum, PLN (BUMN), Bank Jateng and BPR BKK
 * Karangmalang (BUMD), Baznas and two LAZ, PMI and GNOTA (NGO), a university, and each assessed desa's Tim Gotong Royong
 * (community). Names are organisations', never people's. One registered before (by name) is not registered again.
 */
final class DemoActors {

    /** An actor: the demo's key for it, and where its staff's tokens point (office code, desa). */
    record Actor(String key, String type, String name, String opdCode, String desaCode, String contactRole) {
    }

    record Registered(Actor actor, String partnerId) {
    }

    static final List<Actor> ALL = actors();

    private final DemoContext demo;
    private final Map<String, Registered> byKey = new ConcurrentHashMap<>();

    DemoActors(DemoContext demo) {
        this.demo = demo;
    }

    private static List<Actor> actors() {
        List<Actor> a = new ArrayList<>();
        a.add(opd("dinsos", "Dinas Sosial Kabupaten Sragen", "DINSOS", "Kepala Bidang Penanganan Fakir Miskin"));
        a.add(opd("bappeda", "Badan Perencanaan Pembangunan Daerah (Bappeda)", "BAPPEDA", "Sekretaris TKPKD"));
        a.add(opd("dinkes", "Dinas Kesehatan", "DINKES", "Kepala Bidang Pelayanan Kesehatan"));
        a.add(opd("disdik", "Dinas Pendidikan dan Kebudayaan", "DISDIK", "Kepala Bidang Pembinaan SD"));
        a.add(opd("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "Kepala Bidang Cipta Karya"));
        a.add(opd("dperkim", "Dinas Perumahan dan Kawasan Permukiman", "DPERKIM", "Kepala Bidang Perumahan"));
        a.add(opd("disnaker", "Dinas Tenaga Kerja", "DISNAKER", "Kepala Bidang Pelatihan Kerja"));
        a.add(opd("diskop", "Dinas Koperasi dan UMKM", "DISKOPUMKM", "Kepala Bidang Usaha Mikro"));
        Map<String, String> desa = new java.util.LinkedHashMap<>();
        desa.put("cemeng", DemoProgramme.CEMENG.desaCode());
        desa.put("kadipiro", DemoProgramme.KADIPIRO.desaCode());
        desa.put("jabung", DemoProgramme.JABUNG);
        desa.put("gilirejo-baru", DemoProgramme.INTAKE_2023.get(0));
        desa.put("ngargotirto", DemoProgramme.INTAKE_2023.get(1));
        desa.put("jekani", DemoProgramme.INTAKE_2023.get(2));
        desa.forEach((key, code) -> a.add(new Actor("pemdes-" + key, "PEMDES", "Pemerintah Desa " + title(key), null, code, "Kepala Desa")));
        a.add(partner("forum-csr", "CSR", "Forum CSR Kabupaten Sragen", "Sekretariat Forum CSR"));
        a.add(partner("pln", "BUMN", "PT PLN (Persero) UP3 Sragen", "Manajer UP3"));
        a.add(partner("bank-jateng", "BUMD", "Bank Jateng Cabang Sragen", "Pemimpin Cabang"));
        a.add(partner("bkk", "BUMD", "PT BPR BKK Karangmalang", "Direktur Utama"));
        a.add(partner("baznas", "BAZNAS", "Baznas Kabupaten Sragen", "Ketua Baznas"));
        a.add(partner("lazismu", "LAZ", "Lazismu Sragen", "Manajer Program"));
        a.add(partner("lazisnu", "LAZ", "NU Care-Lazisnu Sragen", "Manajer Program"));
        a.add(partner("pmi", "NGO", "PMI Kabupaten Sragen", "Kepala Markas"));
        a.add(partner("gnota", "NGO", "GNOTA Kabupaten Sragen", "Ketua Pengurus"));
        a.add(partner("uns", "UNIVERSITY", "Universitas Sebelas Maret (LPPM)", "Koordinator KKN Tematik"));
        a.add(new Actor("tgr-cemeng", "COMMUNITY", "Tim Gotong Royong Desa Cemeng", null, DemoProgramme.CEMENG.desaCode(), "Ketua Tim"));
        a.add(new Actor("tgr-kadipiro", "COMMUNITY", "Tim Gotong Royong Desa Kadipiro", null, DemoProgramme.KADIPIRO.desaCode(), "Ketua Tim"));
        return List.copyOf(a);
    }

    private static Actor opd(String key, String name, String code, String contact) {
        return new Actor(key, "OPD", name, code, null, contact);
    }

    private static Actor partner(String key, String type, String name, String contact) {
        return new Actor(key, type, name, null, null, contact);
    }

    private static String title(String key) {
        StringBuilder sb = new StringBuilder();
        for (String w : key.split("-")) sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return sb.toString();
    }

    void register() {
        Map<String, String> known = new HashMap<>();
        for (int page = 0; ; page++) {
            DemoHttp.Answer a = demo.http.get(demo.partner + "/partners?size=200&page=" + page, demo.tokens.dinsos());
            if (!a.ok()) throw new IllegalStateException("partners: " + a);
            for (JsonNode p : a.body().path("items")) known.put(p.path("name").asText(), p.path("partnerId").asText());
            if (a.body().path("items").size() < 200) break;
        }
        demo.run.each("partner: actors", ALL, actor -> {
            String id = known.get(actor.name());
            if (id != null) {
                byKey.put(actor.key(), new Registered(actor, id));
                return "there already";
            }
            DemoHttp.Answer a = demo.http.post(demo.partner + "/partners", demo.tokens.dinsos(), DemoHttp.map("type", actor.type(),
                    "name", actor.name(), "opdCode", actor.opdCode(), "contactRole", actor.contactRole()), "demo-partner-" + actor.key());
            if (!a.ok()) throw new IllegalStateException(actor.name() + ": " + a);
            byKey.put(actor.key(), new Registered(actor, a.text("partnerId")));
            return "registered";
        });
    }

    String id(String key) {
        Registered r = byKey.get(key);
        if (r == null) throw new IllegalStateException("no actor " + key);
        return r.partnerId();
    }

    Actor actor(String key) {
        return byKey.get(key).actor();
    }

    /** The actor whose partner id this is. */
    Actor byId(String partnerId) {
        return byKey.values().stream().filter(r -> r.partnerId().equals(partnerId)).map(Registered::actor).findFirst()
                .orElseThrow(() -> new IllegalStateException("no actor " + partnerId));
    }

    /** The token with which an actor reports its own deliveries. */
    String reporterToken(Actor a) {
        return switch (a.type()) {
            case "OPD" -> demo.tokens.opd(a.opdCode());
            case "PEMDES" -> demo.tokens.operator(a.desaCode(), "kasi-kesra");
            default -> demo.tokens.partner(id(a.key()));
        };
    }

    /** The token with which an actor speaks for itself about its pledges. */
    String ownToken(String key) {
        Actor a = actor(key);
        return "OPD".equals(a.type()) ? demo.tokens.opd(a.opdCode()) : "PEMDES".equals(a.type()) || "COMMUNITY".equals(a.type())
                ? demo.tokens.dinsos() : demo.tokens.partner(id(key));
    }
}

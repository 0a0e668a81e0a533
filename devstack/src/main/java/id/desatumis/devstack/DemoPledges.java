package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 2c: the partners' pledges, offered by each partner for itself (a village's Tim Gotong Royong through Dinas
 * Sosial) and accepted by TKPKD on its decision; one 2023 offer still waits for TKPKD and one was declined. Bank Jateng's
 * and BPR BKK Karangmalang's CSR, with the APBD lines (see {@link DemoBudget}), make the study's Rp4.71 bn for Cemeng and
 * Kadipiro. Lazismu's food packages for Kadipiro are deliberately fewer than the plans made on them: partner-service refuses the rest
 * as insufficient, and those interventions wait for another source. A pledge offered before is found again by its
 * partner, kinds and area.
 */
final class DemoPledges {

    record Pledge(String key, String partner, List<String> kinds, String level, List<String> codes, Long rupiah, Long units,
                  String unit, String decision, String declined) {
    }

    private static final List<String> BOTH = List.of(DemoProgramme.CEMENG.desaCode(), DemoProgramme.KADIPIRO.desaCode());
    private static final List<String> REGENCY = List.of(DemoProgramme.REGENCY);

    static final List<Pledge> ALL = List.of(
            accepted("baznas-rtlh", "baznas", List.of("HOUSE_REPAIR"), "REGENCY", REGENCY, 1_100_000_000L, null, null),
            accepted("baznas-pangan", "baznas", List.of("FOOD_ASSISTANCE"), "REGENCY", REGENCY, 40_000_000L, 160L, "PACKAGE"),
            accepted("bank-jateng", "bank-jateng", List.of("HOUSE_REPAIR", "BUSINESS_CAPITAL"), "DESA", BOTH, 900_000_000L, null, null),
            accepted("bkk", "bkk", List.of("BUSINESS_CAPITAL"), "DESA", BOTH, 160_000_000L, null, null),
            accepted("pln", "pln", List.of("ELECTRICITY"), "REGENCY", REGENCY, 312_500_000L, 250L, "CONNECTION"),
            accepted("forum-csr", "forum-csr", List.of("SANITATION"), "KECAMATAN",
                    List.of(DemoProgramme.KADIPIRO.kecamatanCode(), DemoProgramme.CEMENG.kecamatanCode()), 350_000_000L, 100L, "LATRINE"),
            accepted("pmi", "pmi", List.of("SANITATION"), "DESA", BOTH, null, 50L, "LATRINE"),
            accepted("gnota", "gnota", List.of("EDUCATION"), "REGENCY", REGENCY, 90_000_000L, 60L, "SCHOLARSHIP"),
            accepted("lazisnu", "lazisnu", List.of("EDUCATION"), "REGENCY", REGENCY, 30_000_000L, null, null),
            accepted("lazismu", "lazismu", List.of("FOOD_ASSISTANCE"), "DESA", List.of(DemoProgramme.KADIPIRO.desaCode()), null, 15L, "PACKAGE"),
            accepted("uns", "uns", List.of("SKILLS_TRAINING"), "DESA", BOTH, null, 40L, "PERSON"),
            accepted("tgr-cemeng", "tgr-cemeng", List.of("HOUSE_REPAIR"), "DESA", List.of(DemoProgramme.CEMENG.desaCode()), null, 30L, "HOUSE"),
            accepted("tgr-kadipiro", "tgr-kadipiro", List.of("HOUSE_REPAIR"), "DESA", List.of(DemoProgramme.KADIPIRO.desaCode()), null, 30L, "HOUSE"),
            new Pledge("baznas-2023", "baznas", List.of("HOUSE_REPAIR", "FOOD_ASSISTANCE"), "DESA", DemoProgramme.INTAKE_2023, 500_000_000L,
                    null, null, DemoProgramme.PLEDGES_2023_DECISION, null),
            new Pledge("pln-2023", "pln", List.of("ELECTRICITY"), "DESA", DemoProgramme.INTAKE_2023, null, 100L, "CONNECTION", null, null),
            new Pledge("forum-csr-pangan", "forum-csr", List.of("FOOD_ASSISTANCE"), "REGENCY", REGENCY, 25_000_000L, null, null, null,
                    "Bantuan pangan sudah dicakup Baznas dan Program Sembako; diarahkan ke sanitasi"));

    private static Pledge accepted(String key, String partner, List<String> kinds, String level, List<String> codes, Long rupiah,
                                   Long units, String unit) {
        return new Pledge(key, partner, kinds, level, codes, rupiah, units, unit, DemoProgramme.PLEDGES_DECISION, null);
    }

    private final DemoContext demo;
    private final DemoActors actors;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    DemoPledges(DemoContext demo, DemoActors actors) {
        this.demo = demo;
        this.actors = actors;
    }

    void offerAndDecide(List<Pledge> pledges) {
        demo.run.each("partner: pledges", pledges, p -> {
            String partnerId = actors.id(p.partner());
            JsonNode found = find(partnerId, p);
            String outcome = "there already";
            if (found == null) {
                Map<String, Object> capacity = DemoHttp.map("rupiah", p.rupiah(), "units", p.units(), "unit", p.unit());
                DemoHttp.Answer a = demo.http.post(demo.partner + "/partners/" + partnerId + "/pledges", actors.ownToken(p.partner()),
                        DemoHttp.map("kinds", p.kinds(), "scope", DemoHttp.map("level", p.level(), "codes", p.codes()), "capacity", capacity,
                                "validFrom", DemoProgramme.TKPKD_2022.toString(), "validUntil", demo.today.getYear() + 1 + "-12-31"),
                        "demo-pledge-" + p.key());
                if (!a.ok()) throw new IllegalStateException("pledge " + p.key() + ": " + a);
                found = a.body();
                outcome = "offered";
            }
            String pledgeId = found.path("pledgeId").asText();
            ids.put(p.key(), pledgeId);
            if (!"OFFERED".equals(found.path("status").asText())) return outcome;
            String url = demo.partner + "/pledges/" + pledgeId;
            DemoHttp.Answer a;
            if (p.decision() != null) a = demo.http.post(url + "/acceptance", demo.tokens.tkpkd(), Map.of("decisionNumber", p.decision()), null);
            else if (p.declined() != null) a = demo.http.post(url + "/decline", demo.tokens.tkpkd(), Map.of("reason", p.declined()), null);
            else return outcome;
            if (!a.ok()) throw new IllegalStateException("pledge " + p.key() + ": " + a);
            return outcome + ", " + (p.decision() != null ? "accepted" : "declined");
        });
    }

    String id(String key) {
        String id = ids.get(key);
        if (id == null) throw new IllegalStateException("no pledge " + key);
        return id;
    }

    static Pledge spec(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private JsonNode find(String partnerId, Pledge p) {
        DemoHttp.Answer a = demo.http.get(demo.partner + "/partners/" + partnerId + "/pledges?size=200", demo.tokens.dinsos());
        List<JsonNode> same = new ArrayList<>();
        for (JsonNode i : a.body().path("items")) {
            List<String> kinds = new ArrayList<>();
            i.path("kinds").forEach(k -> kinds.add(k.asText()));
            List<String> codes = new ArrayList<>();
            i.path("scope").path("codes").forEach(c -> codes.add(c.asText()));
            if (kinds.equals(p.kinds()) && codes.equals(p.codes())) same.add(i);
        }
        return same.isEmpty() ? null : same.get(0);
    }
}

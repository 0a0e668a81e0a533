package id.desatumis.devstack;

import java.util.List;

/**
 * The responsibility matrix TKPKD agreed in 2022: a lead (and supporting actors) for each kind of need across the
 * regency, except skills training, which Disnaker leads in Kecamatan Sambungmacan only: elsewhere (Kadipiro's Sambirejo
 * among them) nobody leads it, a gap the collaboration indicators show. The village government leads food assistance in
 * Kadipiro (its APBDES pays part of it). An entry set already is not set again.
 */
final class DemoMatrix {

    record Entry(String kind, String areaCode, String lead, List<String> supporting) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("HOUSE_REPAIR", DemoProgramme.REGENCY, "dperkim", List.of("baznas", "bank-jateng", "tgr-cemeng", "tgr-kadipiro")),
            new Entry("ELECTRICITY", DemoProgramme.REGENCY, "pln", List.of("forum-csr")),
            new Entry("SANITATION", DemoProgramme.REGENCY, "dpupr", List.of("dinkes", "forum-csr", "pmi")),
            new Entry("EDUCATION", DemoProgramme.REGENCY, "disdik", List.of("gnota", "lazisnu", "baznas")),
            new Entry("HEALTH_COVER", DemoProgramme.REGENCY, "dinkes", List.of("dinsos")),
            new Entry("BUSINESS_CAPITAL", DemoProgramme.REGENCY, "diskop", List.of("bkk", "bank-jateng", "baznas")),
            new Entry("FOOD_ASSISTANCE", DemoProgramme.REGENCY, "dinsos", List.of("baznas", "lazismu", "lazisnu")),
            new Entry("SKILLS_TRAINING", DemoProgramme.CEMENG.kecamatanCode(), "disnaker", List.of("uns")),
            new Entry("FOOD_ASSISTANCE", DemoProgramme.KADIPIRO.desaCode(), "pemdes-kadipiro", List.of("baznas")));

    private final DemoContext demo;
    private final DemoActors actors;

    DemoMatrix(DemoContext demo, DemoActors actors) {
        this.demo = demo;
        this.actors = actors;
    }

    void assign() {
        demo.run.each("partner: responsibility matrix", ENTRIES, e -> {
            DemoHttp.Answer a = demo.http.post(demo.partner + "/matrix/" + e.kind() + "/" + e.areaCode() + "/assignments", demo.tokens.tkpkd(),
                    DemoHttp.map("leadPartnerId", actors.id(e.lead()), "supportingPartnerIds", e.supporting().stream().map(actors::id).toList(),
                            "decisionNumber", DemoProgramme.MATRIX_DECISION, "effectiveFrom", DemoProgramme.TKPKD_2022.toString()), null);
            if (a.ok()) return "assigned";
            if (a.is("responsibility-unchanged")) return "there already";
            throw new IllegalStateException(e.kind() + " in " + e.areaCode() + ": " + a);
        });
    }
}

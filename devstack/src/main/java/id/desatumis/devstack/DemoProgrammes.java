package id.desatumis.devstack;

import java.util.List;
import java.util.Map;

/**
 * Who takes on which share of each kind of verified need, from which source, as the musyawarah desa planned it (the
 * rest stays unplanned: the programme's resources did not reach every need). Shares are of each desa's needs of the
 * kind; the counts come out exactly (see {@link DemoAllocation}).
 */
final class DemoProgrammes {

    /**
     * @param source   PLEDGE (then {@code ref} is the pledge's key, "tgr" the desa's Tim Gotong Royong's) or a fund
     *                 (APBD, APBN, APBDES: {@code ref} is the line's code)
     * @param actor    the responsible actor's key, "pemdes" or "tgr" for the desa's own; null: the matrix's lead
     * @param decision the forum decision cited; null: the desa's musyawarah desa's
     * @param desaCode the only desa it serves; null: both
     * @param deliver  false: resourced, nothing delivered yet (the partner's pledge runs short)
     */
    record Programme(String key, String kind, double share, String source, String ref, String actor, String decision,
                     String desaCode, boolean tranches, boolean deliver) {
    }

    /** What one unit of a kind costs, in rupiah. */
    static final Map<String, Long> COST = Map.of("HOUSE_REPAIR", 12_500_000L, "ELECTRICITY", 1_250_000L, "SANITATION", 3_500_000L,
            "EDUCATION", 1_500_000L, "HEALTH_COVER", 504_000L, "BUSINESS_CAPITAL", 3_000_000L, "SKILLS_TRAINING", 2_000_000L,
            "FOOD_ASSISTANCE", 250_000L);

    static final List<Programme> ALL = List.of(
            p("rtlh-apbd", "HOUSE_REPAIR", 0.25, "APBD", DemoBudget.HOUSES, null, null),
            p("rtlh-baznas", "HOUSE_REPAIR", 0.12, "PLEDGE", "baznas-rtlh", "baznas", null),
            p("rtlh-bank-jateng", "HOUSE_REPAIR", 0.07, "PLEDGE", "bank-jateng", "bank-jateng", null),
            p("rtlh-gotong-royong", "HOUSE_REPAIR", 0.08, "PLEDGE", "tgr", "tgr", null),
            p("listrik-pln", "ELECTRICITY", 0.65, "PLEDGE", "pln", null, null),
            p("listrik-apbdes", "ELECTRICITY", 0.10, "APBDES", DemoBudget.VILLAGE_ELECTRICITY, "pemdes", null),
            p("jamban-apbd", "SANITATION", 0.35, "APBD", DemoBudget.SANITATION, null, null),
            p("jamban-csr", "SANITATION", 0.15, "PLEDGE", "forum-csr", "forum-csr", null),
            p("jamban-pmi", "SANITATION", 0.08, "PLEDGE", "pmi", "pmi", null),
            p("beasiswa-apbd", "EDUCATION", 0.35, "APBD", DemoBudget.SCHOLARSHIPS, null, null),
            p("beasiswa-gnota", "EDUCATION", 0.30, "PLEDGE", "gnota", "gnota", null),
            p("beasiswa-lazisnu", "EDUCATION", 0.10, "PLEDGE", "lazisnu", "lazisnu", null),
            p("pbi-jkn", "HEALTH_COVER", 0.85, "APBD", DemoBudget.HEALTH, null, DemoProgramme.REGENCY_PLANS_DECISION),
            new Programme("modal-bkk", "BUSINESS_CAPITAL", 0.25, "PLEDGE", "bkk", "bkk", null, null, true, true),
            p("modal-bank-jateng", "BUSINESS_CAPITAL", 0.25, "PLEDGE", "bank-jateng", "bank-jateng", null),
            new Programme("modal-apbd", "BUSINESS_CAPITAL", 0.15, "APBD", DemoBudget.BUSINESS, null, null, null, true, true),
            new Programme("pelatihan-apbd", "SKILLS_TRAINING", 0.40, "APBD", DemoBudget.TRAINING, null,
                    DemoProgramme.SAMBUNGMACAN_PLANS_DECISION, DemoProgramme.CEMENG.desaCode(), false, true),
            p("pelatihan-uns", "SKILLS_TRAINING", 0.20, "PLEDGE", "uns", "uns", null),
            p("sembako-baznas", "FOOD_ASSISTANCE", 0.30, "PLEDGE", "baznas-pangan", "baznas", null),
            new Programme("sembako-lazismu", "FOOD_ASSISTANCE", 0.15, "PLEDGE", "lazismu", "lazismu", null,
                    DemoProgramme.KADIPIRO.desaCode(), false, false),
            p("sembako-apbn", "FOOD_ASSISTANCE", 0.35, "APBN", DemoBudget.SEMBAKO, "dinsos", DemoProgramme.REGENCY_PLANS_DECISION),
            p("sembako-apbdes", "FOOD_ASSISTANCE", 0.10, "APBDES", DemoBudget.VILLAGE_FOOD, "pemdes", null));

    private DemoProgrammes() {
    }

    private static Programme p(String key, String kind, double share, String source, String ref, String actor, String decision) {
        return new Programme(key, kind, share, source, ref, actor, decision, null, false, true);
    }

    /** The programmes of a kind that serve a desa, in order. */
    static List<Programme> of(String kind, String desaCode) {
        return ALL.stream().filter(p -> p.kind().equals(kind) && (p.desaCode() == null || p.desaCode().equals(desaCode))).toList();
    }
}

package id.desatumis.monitoring.application;

import id.desatumis.monitoring.application.PublicVillageReport.Households;
import id.desatumis.monitoring.application.PublicVillageReport.NeedsRow;
import id.desatumis.monitoring.application.PublicVillageReport.ResourcesRow;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.persistence.CollaborationQueries.Delivered;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public report's cells: what is hidden, and that every table's hidden entries go at least two to a line. */
class PublicReportTablesTest {

    static final PublicReportCell SMALL = new PublicReportCell(null, true, "< 5");
    static final PublicReportCell AMOUNT = new PublicReportCell(null, true, "x");

    static PublicReportCell shown(long n) {
        return new PublicReportCell(n, null, null);
    }

    @Test
    void aLoneCountIsHiddenUnderFiveButNotAtZero() {
        Households h = PublicReportTables.households(new Funnel.Households(12, 4, 0, 0, Map.of(), 0));
        assertThat(h.listed()).isEqualTo(shown(12));
        assertThat(h.assessed()).isEqualTo(SMALL);
        assertThat(h.foundPoor()).isEqualTo(shown(0));
        assertThat(h.verifiedPoor()).isEqualTo(shown(0));
        assertThat(h.allNeedsMet()).isEqualTo(shown(0));
    }

    @Test
    void aSmallClassTakesTheNextSmallestAlongAndLeavesTheTotal() {
        Households h = PublicReportTables.households(new Funnel.Households(12, 10, 9, 9,
                Map.of("EXTREME_POOR", 3L, "POOR", 6L, "NEAR_POOR", 0L), 0));
        assertThat(h.verifiedPoorByClass()).containsExactly(Map.entry("EXTREME_POOR", SMALL),
                Map.entry("POOR", SMALL), Map.entry("NEAR_POOR", shown(0)));
        assertThat(h.verifiedPoor()).isEqualTo(shown(9));
    }

    @Test
    void aTotalThatIsTheSmallClassItselfIsHidden() {
        Households h = PublicReportTables.households(new Funnel.Households(40, 30, 20, 3,
                Map.of("EXTREME_POOR", 0L, "POOR", 3L, "NEAR_POOR", 0L), 1));
        assertThat(h.verifiedPoorByClass().get("POOR")).isEqualTo(SMALL);
        assertThat(h.verifiedPoor()).isEqualTo(SMALL);
    }

    @Test
    void verifiedPoorOfNoClassProtectAClassUnseen() {
        // 3 of no class: hidden with the small class, so POOR and the total may show (3 + 3 = 12 - 6 tells neither)
        Households h = PublicReportTables.households(new Funnel.Households(40, 30, 20, 12,
                Map.of("EXTREME_POOR", 3L, "POOR", 6L, "NEAR_POOR", 0L), 1));
        assertThat(h.verifiedPoorByClass()).containsEntry("EXTREME_POOR", SMALL).containsEntry("POOR", shown(6));
        assertThat(h.verifiedPoor()).isEqualTo(shown(12));
    }

    /**
     * The story of PublicReportApiTest: house repair 3 identified, 6 planned; food 3 delivered, 6 verified. Each small
     * cell takes its row's other count along; then each of those stands alone in its column, so the column totals go:
     * only the kinds' totals and the grand total remain.
     */
    @Test
    void needsHideTheRowPartnerAndTheColumnTotalThatWouldGiveItBack() {
        List<NeedsRow> rows = PublicReportTables.needs(Map.of(
                "HOUSE_REPAIR", Map.of("IDENTIFIED", 3L, "PLANNED", 6L),
                "FOOD_ASSISTANCE", Map.of("DELIVERED", 3L, "VERIFIED", 6L)));
        assertThat(rows).extracting(NeedsRow::kind).containsExactly("HOUSE_REPAIR", "ELECTRICITY", "SANITATION",
                "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE", "TOTAL");
        NeedsRow house = rows.get(0);
        assertThat(house.identified()).isEqualTo(SMALL);
        assertThat(house.planned()).as("its row's partner").isEqualTo(SMALL);
        assertThat(house.resourced()).isEqualTo(shown(0));
        assertThat(house.total()).isEqualTo(shown(9));
        NeedsRow food = rows.get(7);
        assertThat(food.delivered()).isEqualTo(SMALL);
        assertThat(food.verified()).isEqualTo(SMALL);
        assertThat(food.total()).isEqualTo(shown(9));
        NeedsRow total = rows.get(8);
        assertThat(total.planned()).as("6 = the hidden house repair planned").isEqualTo(SMALL);
        assertThat(total.verified()).isEqualTo(SMALL);
        assertThat(total.identified()).isEqualTo(SMALL);
        assertThat(total.cancelled()).isEqualTo(shown(0));
        assertThat(total.total()).isEqualTo(shown(18));
        assertThat(rows.get(1).byColumn().values()).containsOnly(shown(0));
        assertNoLineHasOneHidden(rows.stream().map(r -> List.copyOf(r.byColumn().values())).toList());
    }

    @Test
    void aKindOutsideTheListComesAfterItAndAStatusOutsideItIsLeftOut() {
        List<NeedsRow> rows = PublicReportTables.needs(Map.of("WATER", Map.of("IDENTIFIED", 7L, "ARCHIVED", 2L)));
        assertThat(rows.get(8).kind()).isEqualTo("WATER");
        assertThat(rows.get(8).total()).isEqualTo(shown(7));
        assertThat(rows.get(9).total()).isEqualTo(shown(7));
    }

    @Test
    void resourcesOfAHiddenCountHideTheirRupiah() {
        List<ResourcesRow> rows = PublicReportTables.resources(List.of(
                        new Delivered("OPD", 9_000_000, 0, 6),
                        new Delivered("CSR", 4_500_000, 0, 3),
                        new Delivered("PEMDES", 7_000_000, 0, 7)),
                Map.of("OPD", 9_000_000L, "PEMDES", 1_000_000L));
        assertThat(rows).extracting(ResourcesRow::actorType).containsExactly("GOVERNMENT", "VILLAGE", "CSR_BUMN_BUMD",
                "ZAKAT", "NGO", "UNIVERSITY", "COMMUNITY", "TOTAL");
        assertThat(rows.get(2)).isEqualTo(new ResourcesRow("CSR_BUMN_BUMD", SMALL, AMOUNT, AMOUNT));
        assertThat(rows.get(0)).as("the smallest other count").isEqualTo(new ResourcesRow("GOVERNMENT", SMALL, AMOUNT, AMOUNT));
        assertThat(rows.get(1)).isEqualTo(new ResourcesRow("VILLAGE", shown(7), shown(7_000_000), shown(1_000_000)));
        assertThat(rows.get(3)).isEqualTo(new ResourcesRow("ZAKAT", shown(0), shown(0), shown(0)));
        assertThat(rows.get(7)).isEqualTo(new ResourcesRow("TOTAL", shown(16), shown(20_500_000), shown(10_000_000)));
    }

    @Test
    void aSmallCountAloneHidesTheTotalAndItsRupiah() {
        List<ResourcesRow> rows = PublicReportTables.resources(List.of(
                new Delivered(null, 1_500_000, 0, 1)),
                java.util.Collections.singletonMap(null, 0L));
        assertThat(rows).extracting(ResourcesRow::actorType).endsWith("UNKNOWN", "TOTAL");
        assertThat(rows.get(rows.size() - 2)).isEqualTo(new ResourcesRow("UNKNOWN", SMALL, AMOUNT, AMOUNT));
        assertThat(rows.get(rows.size() - 1)).isEqualTo(new ResourcesRow("TOTAL", SMALL, AMOUNT, AMOUNT));
    }

    @Test
    void aCellAsCsvIsItsValueOrItsDisplay() {
        assertThat(shown(7).text()).isEqualTo(7L);
        assertThat(SMALL.text()).isEqualTo("< 5");
    }

    /** Every row and column of a published table (its totals last) holds no hidden entry, or two or more. */
    static void assertNoLineHasOneHidden(List<List<PublicReportCell>> table) {
        for (List<PublicReportCell> row : table) {
            assertThat(row.stream().filter(c -> c.suppressed() != null).count()).isNotEqualTo(1);
        }
        for (int j = 0; j < table.get(0).size(); j++) {
            int column = j;
            assertThat(table.stream().filter(r -> r.get(column).suppressed() != null).count()).isNotEqualTo(1);
        }
    }
}

package id.desatumis.monitoring.application;

import id.desatumis.monitoring.application.PublicVillageReport.Households;
import id.desatumis.monitoring.application.PublicVillageReport.NeedsRow;
import id.desatumis.monitoring.application.PublicVillageReport.ResourcesRow;
import id.desatumis.monitoring.domain.ActorGroup;
import id.desatumis.monitoring.domain.CollaborationIndicators.ResourceShare;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.domain.NeedKind;
import id.desatumis.monitoring.domain.PublicTable;
import id.desatumis.monitoring.persistence.CollaborationQueries.Delivered;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.application.PublicReportCell.count;

/**
 * The public report's figures as cells. A lone count is hidden under 5 (not 0); the tables with totals — the verified
 * poor by class with their total, the needs by kind and stage with row and column totals, the interventions by actor
 * type with their total — are hidden together ({@link PublicTable}), so that no total or difference gives a hidden
 * count back.
 */
final class PublicReportTables {

    /** The stages a need can be in now (projection/30-assistance.sql), in the order of the programme's path. */
    static final List<String> STAGES = List.of("IDENTIFIED", "PLANNED", "RESOURCED", "DELIVERED", "DISPUTED", "VERIFIED",
            "CANCELLED", "CLOSED");
    static final String TOTAL = "TOTAL";

    private PublicReportTables() {
    }

    /**
     * The funnel's households. The classes and the verified poor they add up to are one table; a verified-poor
     * household of no class (none is expected) is a cell of it too, never shown, so that the total cannot give it back.
     */
    static Households households(Funnel.Households h) {
        List<String> classes = Funnel.POOR_CLASSES;
        long[][] byClass = new long[1][classes.size() + 1];
        long classified = 0;
        for (int c = 0; c < classes.size(); c++) {
            byClass[0][c] = h.verifiedPoorByClass().getOrDefault(classes.get(c), 0L);
            classified += byClass[0][c];
        }
        byClass[0][classes.size()] = Math.max(0, h.verifiedPoor() - classified);
        PublicTable t = PublicTable.of(byClass);
        Map<String, PublicReportCell> cells = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) cells.put(classes.get(c), count(t, 0, c));
        return new Households(count(h.listed()), count(h.assessed()), count(h.foundPoor()),
                count(t, 0, t.columns()), cells, count(h.allNeedsMet()));
    }

    /** Every kind (any other found after them) by every stage, with the row and column totals; the TOTAL row last. */
    static List<NeedsRow> needs(Map<String, Map<String, Long>> byKindAndStage) {
        List<String> kinds = new ArrayList<>(NeedKind.names());
        byKindAndStage.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
        long[][] cells = new long[kinds.size()][STAGES.size()];
        for (int i = 0; i < kinds.size(); i++) {
            Map<String, Long> stages = byKindAndStage.getOrDefault(kinds.get(i), Map.of());
            for (int j = 0; j < STAGES.size(); j++) cells[i][j] = stages.getOrDefault(STAGES.get(j), 0L);
        }
        PublicTable t = PublicTable.of(cells);
        List<NeedsRow> rows = new ArrayList<>();
        for (int i = 0; i <= kinds.size(); i++) rows.add(needsRow(i < kinds.size() ? kinds.get(i) : TOTAL, t, i));
        return rows;
    }

    /**
     * Every actor group (UNKNOWN only when present) by interventions delivered, the TOTAL row last; the rupiah of a
     * hidden count (a hidden total's too) are hidden with it.
     */
    static List<ResourcesRow> resources(List<Delivered> deliveredByType, Map<String, Long> verifiedByType) {
        // an actor not registered yet has no type; ActorGroup.of takes "" for it (List.of(..).contains(null) throws)
        List<ResourceShare> delivered = CollaborationReport.shares(deliveredByType.stream().map(d -> d.partnerType() != null
                ? d : new Delivered("", d.rupiah(), d.units(), d.interventions())).toList());
        Map<ActorGroup, Long> verified = new EnumMap<>(ActorGroup.class);
        verifiedByType.forEach((type, rupiah) -> verified.merge(ActorGroup.of(type == null ? "" : type), rupiah, Long::sum));
        long[][] interventions = new long[delivered.size()][1];
        for (int i = 0; i < delivered.size(); i++) interventions[i][0] = delivered.get(i).interventions();
        PublicTable t = PublicTable.of(interventions);
        List<ResourcesRow> rows = new ArrayList<>();
        long rupiah = 0;
        long confirmed = 0;
        for (int i = 0; i < delivered.size(); i++) {
            ResourceShare s = delivered.get(i);
            long v = verified.getOrDefault(ActorGroup.valueOf(s.actorType()), 0L);
            rows.add(resourcesRow(s.actorType(), t, i, s.rupiah(), v));
            rupiah += s.rupiah();
            confirmed += v;
        }
        rows.add(resourcesRow(TOTAL, t, delivered.size(), rupiah, confirmed));
        return rows;
    }

    private static NeedsRow needsRow(String kind, PublicTable t, int i) {
        List<PublicReportCell> c = new ArrayList<>();
        for (int j = 0; j <= STAGES.size(); j++) c.add(count(t, i, j));
        return new NeedsRow(kind, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
                c.get(8));
    }

    private static ResourcesRow resourcesRow(String group, PublicTable t, int i, long rupiah, long verified) {
        boolean hidden = t.hidden(i, 0);
        return new ResourcesRow(group, count(t, i, 0), PublicReportCell.rupiah(rupiah, hidden),
                PublicReportCell.rupiah(verified, hidden));
    }
}

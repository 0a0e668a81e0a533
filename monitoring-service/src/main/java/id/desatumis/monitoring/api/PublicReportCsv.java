package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.PublicVillageReport.Households;
import id.desatumis.monitoring.application.PublicVillageReport.NeedsRow;
import id.desatumis.monitoring.application.PublicVillageReport.Report;
import id.desatumis.monitoring.application.PublicVillageReport.ResourcesRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The public report as CSV: one line per figure, named as in the JSON (table, row, column), its value or the display
 * of a hidden one ("< 5", "x").
 */
final class PublicReportCsv {

    private PublicReportCsv() {
    }

    static CsvTable table(Report r) {
        List<List<?>> lines = new ArrayList<>();
        lines.add(line("desa", "desaCode", null, r.desaCode()));
        lines.add(line("desa", "name", null, r.name()));
        Households h = r.funnel().households();
        lines.add(line("funnel", "households.listed", null, h.listed().text()));
        lines.add(line("funnel", "households.assessed", null, h.assessed().text()));
        lines.add(line("funnel", "households.foundPoor", null, h.foundPoor().text()));
        lines.add(line("funnel", "households.verifiedPoor", null, h.verifiedPoor().text()));
        h.verifiedPoorByClass().forEach((c, cell) -> lines.add(line("funnel", "households.verifiedPoorByClass", c, cell.text())));
        lines.add(line("funnel", "households.allNeedsMet", null, h.allNeedsMet().text()));
        for (NeedsRow n : r.needsByKindAndStage()) {
            n.byColumn().forEach((column, cell) -> lines.add(line("needsByKindAndStage", n.kind(), column, cell.text())));
        }
        for (ResourcesRow a : r.resourcesByActorType()) {
            a.byColumn().forEach((column, cell) -> lines.add(line("resourcesByActorType", a.actorType(), column, cell.text())));
        }
        lines.add(line("forums", "forumsHeld", null, r.forumsHeld()));
        return new CsvTable("laporan-publik-" + r.desaCode(), List.of("table", "row", "column", "value"), lines);
    }

    private static List<?> line(String table, String row, String column, Object value) {
        return Arrays.asList(table, row, column, value);
    }
}

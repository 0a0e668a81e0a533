package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.AreaFigures.AreaFunnel;
import id.desatumis.monitoring.application.AreaFigures.DesaFigures;
import id.desatumis.monitoring.application.CohortFigures.CohortDetail;
import id.desatumis.monitoring.application.DesaTuntas;
import id.desatumis.monitoring.application.Page;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.persistence.CohortQueries;
import id.desatumis.monitoring.persistence.TimelineTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSV form of every table answer of the read APIs: the same figures as the JSON, one line per row. */
final class FigureTables {

    private FigureTables() {
    }

    /** A funnel as lines of figure and value, the figure named by its JSON path (households.verifiedPoor). */
    static CsvTable funnel(AreaFunnel f) {
        List<List<?>> rows = new ArrayList<>();
        figures(new Funnel(f.households(), f.needs())).forEach((figure, value) -> rows.add(List.of(figure, value)));
        return new CsvTable("funnel-" + f.areaCode(), List.of("figure", "value"), rows);
    }

    static CsvTable desa(String areaCode, Page<DesaFigures> page) {
        List<List<?>> rows = new ArrayList<>();
        for (DesaFigures d : page.items()) {
            rows.add(cells(d.desaCode(), d.name(), d.kecamatanCode(), d.kecamatanName(), d.intakeYear(), d.listed(),
                    d.verifiedPoor(), d.needsOpen(), d.needsSettled(), d.tuntas()));
        }
        return new CsvTable("desa-" + areaCode, List.of("desaCode", "name", "kecamatanCode", "kecamatanName",
                "intakeYear", "listed", "verifiedPoor", "needsOpen", "needsSettled", "tuntas"), rows);
    }

    /** A desa's distance from tuntas: its figures, then one line per kind and per responsible actor. */
    static CsvTable tuntas(DesaTuntas.Answer a) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(cells("status", null, null, null, a.status()));
        rows.add(cells("declaredAt", null, null, null, a.declaredAt()));
        rows.add(cells("decisionNumber", null, null, null, a.decisionNumber()));
        rows.add(cells("householdsOpen", null, null, null, a.householdsOpen()));
        rows.add(cells("needsOpen", null, null, null, a.needsOpen()));
        a.openByKind().forEach((kind, n) -> rows.add(cells("openByKind." + kind, null, null, null, n)));
        for (DesaTuntas.ActorOpen o : a.openByActor()) {
            rows.add(cells("openByActor", o.actorId(), o.name(), o.type(), o.needsOpen()));
        }
        rows.add(cells("unplannedOpen", null, null, null, a.unplannedOpen()));
        return new CsvTable("tuntas-" + a.desaCode(), List.of("figure", "actorId", "name", "type", "value"), rows);
    }

    static CsvTable timeline(String householdId, Page<TimelineTable.Event> page) {
        List<List<?>> rows = new ArrayList<>();
        for (TimelineTable.Event e : page.items()) {
            rows.add(cells(e.occurredAt(), e.source(), e.type(), e.eventId(), e.streamId(), e.streamVersion(),
                    new io.vertx.core.json.JsonObject(e.refs()).encode()));
        }
        return new CsvTable("timeline-" + householdId, List.of("occurredAt", "source", "type", "eventId", "streamId",
                "streamVersion", "refs"), rows);
    }

    static CsvTable cohorts(List<CohortQueries.Cohort> cohorts) {
        List<List<?>> rows = new ArrayList<>();
        for (CohortQueries.Cohort c : cohorts) {
            rows.add(cells(c.intakeYear(), String.join(" ", c.desaCodes()), String.join(" ", c.decisionNumbers())));
        }
        return new CsvTable("cohorts", List.of("intakeYear", "desaCodes", "decisionNumbers"), rows);
    }

    /** A cohort's figures at intake beside now, then its desa by tuntas status (now). */
    static CsvTable cohort(CohortDetail c) {
        List<List<?>> rows = new ArrayList<>();
        Map<String, Long> baseline = figures(c.baseline());
        figures(c.current()).forEach((figure, now) -> rows.add(cells(figure, baseline.get(figure), now)));
        rows.add(cells("tuntas.open", null, c.tuntas().open()));
        rows.add(cells("tuntas.ready", null, c.tuntas().ready()));
        rows.add(cells("tuntas.declared", null, c.tuntas().declared()));
        return new CsvTable("cohort-" + c.intakeYear(), List.of("figure", "baseline", "current"), rows);
    }

    static Map<String, Long> figures(Funnel f) {
        Map<String, Long> out = new LinkedHashMap<>();
        var h = f.households();
        out.put("households.listed", h.listed());
        out.put("households.assessed", h.assessed());
        out.put("households.foundPoor", h.foundPoor());
        out.put("households.verifiedPoor", h.verifiedPoor());
        h.verifiedPoorByClass().forEach((k, v) -> out.put("households.verifiedPoorByClass." + k, v));
        out.put("households.allNeedsMet", h.allNeedsMet());
        var n = f.needs();
        out.put("needs.identified", n.identified());
        n.identifiedByKind().forEach((k, v) -> out.put("needs.identifiedByKind." + k, v));
        out.put("needs.planned", n.planned());
        out.put("needs.resourced", n.resourced());
        out.put("needs.delivered", n.delivered());
        out.put("needs.verified", n.verified());
        out.put("needs.disputed", n.disputed());
        out.put("needs.cancelled", n.cancelled());
        out.put("needs.closed", n.closed());
        return out;
    }

    /** A row whose empty cells are null (List.of refuses them). */
    static List<?> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }
}

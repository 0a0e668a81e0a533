package id.desatumis.monitoring.api;

import id.desatumis.monitoring.domain.CollaborationIndicators;
import id.desatumis.monitoring.domain.CollaborationIndicators.Gap;
import id.desatumis.monitoring.domain.CollaborationIndicators.Participation;
import id.desatumis.monitoring.domain.CollaborationIndicators.Period;
import id.desatumis.monitoring.domain.CollaborationIndicators.PledgeFulfilment;
import id.desatumis.monitoring.domain.CollaborationIndicators.ResourceShare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The collaboration indicators as one CSV table in long form, one figure a line: {@code indicator, group, measure,
 * value} (group: the actor type, the actor, the forum type, the kind and area without a lead, the period).
 */
final class CollaborationCsv {

    private CollaborationCsv() {
    }

    static CsvTable of(CollaborationIndicators c) {
        List<List<?>> rows = new ArrayList<>();
        for (ResourceShare s : c.resourceShareByActorType()) {
            add(rows, "resourceShareByActorType", s.actorType(), "rupiah", s.rupiah());
            add(rows, "resourceShareByActorType", s.actorType(), "units", s.units());
            add(rows, "resourceShareByActorType", s.actorType(), "interventions", s.interventions());
            add(rows, "resourceShareByActorType", s.actorType(), "share", s.share());
        }
        for (Participation p : c.forumParticipation()) {
            String actor = p.actorId() + " " + (p.name() == null ? "" : p.name());
            add(rows, "forumParticipation", actor.trim(), "invited", p.invited());
            add(rows, "forumParticipation", actor.trim(), "attended", p.attended());
            add(rows, "forumParticipation", actor.trim(), "absentWithoutNotice", p.absentWithoutNotice());
            add(rows, "forumParticipation", actor.trim(), "rate", p.rate());
        }
        c.decisionVenues().forEach((venue, n) -> add(rows, "decisionVenues", venue, "decisions", n));
        PledgeFulfilment f = c.pledgeFulfilment();
        add(rows, "pledgeFulfilment", "", "pledgedRupiah", f.pledgedRupiah());
        add(rows, "pledgeFulfilment", "", "consumedRupiah", f.consumedRupiah());
        add(rows, "pledgeFulfilment", "", "pledgedUnits", f.pledgedUnits());
        add(rows, "pledgeFulfilment", "", "consumedUnits", f.consumedUnits());
        add(rows, "pledgeFulfilment", "", "ratio", f.ratio());
        add(rows, "pledgeFulfilment", "", "daysToFulfilP50", f.daysToFulfilP50());
        add(rows, "disputesPerHundredDeliveries", "", "disputesPerHundredDeliveries", c.disputesPerHundredDeliveries());
        add(rows, "matrixCoverage", "", "coverage", c.matrixCoverage().coverage());
        for (Gap g : c.matrixCoverage().kindsAreasWithoutLead()) {
            add(rows, "matrixCoverage", g.kind() + " " + g.areaCode(), "withoutLead", 1);
        }
        for (Period p : c.overTime()) {
            add(rows, "overTime", p.period(), "resourcesRupiah", p.resourcesRupiah());
            add(rows, "overTime", p.period(), "deliveries", p.deliveries());
            add(rows, "overTime", p.period(), "disputes", p.disputes());
            add(rows, "overTime", p.period(), "forums", p.forums());
        }
        return new CsvTable("indikator-kolaborasi", List.of("indicator", "group", "measure", "value"), rows);
    }

    private static void add(List<List<?>> rows, String indicator, String group, String measure, Object value) {
        rows.add(Arrays.asList(indicator, group, measure, value));
    }
}

package id.desatumis.monitoring.api;

import id.desatumis.monitoring.domain.ForumSummary;
import id.desatumis.monitoring.domain.NeedStages;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A desa page's tables as CSV: needs by kind and stage; forums (decisions by number, space-separated). */
final class DesaCsv {

    private DesaCsv() {
    }

    static CsvTable needs(String desaCode, List<NeedStages> rows) {
        return new CsvTable("kebutuhan-" + desaCode, List.of("kind", "identified", "planned", "resourced", "delivered",
                "verified", "disputed", "cancelled", "closed", "open"), rows.stream().map(DesaCsv::row).toList());
    }

    static CsvTable forums(String desaCode, List<ForumSummary> forums) {
        return new CsvTable("forum-" + desaCode, List.of("forumId", "type", "areaCode", "heldOn", "invited", "present",
                "represented", "absentWithNotice", "absentWithoutNotice", "decisions"),
                forums.stream().map(DesaCsv::row).toList());
    }

    private static List<?> row(NeedStages n) {
        return Arrays.asList(n.kind(), n.identified(), n.planned(), n.resourced(), n.delivered(), n.verified(),
                n.disputed(), n.cancelled(), n.closed(), n.open());
    }

    private static List<?> row(ForumSummary f) {
        return Arrays.asList(f.forumId(), f.type(), f.areaCode(), f.heldOn(), f.invited(), f.present(),
                f.represented(), f.absentWithNotice(), f.absentWithoutNotice(),
                f.decisions().stream().map(ForumSummary.Decision::number).collect(Collectors.joining(" ")));
    }
}

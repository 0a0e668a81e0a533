package id.desatumis.partner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The study's unclear roles made visible: every kind of need and area for which nobody leads, neither there nor in a
 * wider area that holds it (the regency's lead answers for every kecamatan and desa that has none of its own).
 */
public final class MatrixGaps {

    /** A kind of need in an area that nobody leads. */
    public record Gap(NeedKind kind, Area area) {
    }

    private MatrixGaps() {
    }

    /**
     * @param kinds   the kinds of need to look at
     * @param areas   the areas to look at, in the order the gaps are listed in
     * @param inForce the leads in force (on the day asked about)
     */
    public static List<Gap> of(List<NeedKind> kinds, List<Area> areas, Collection<LeadInForce> inForce) {
        Set<String> led = new HashSet<>();
        inForce.forEach(l -> led.add(cell(l.kind(), l.area().code())));
        List<Gap> gaps = new ArrayList<>();
        for (NeedKind kind : kinds) {
            for (Area area : areas) {
                boolean someoneLeads = LeadInForce.areaAndWider(area.code()).stream().anyMatch(c -> led.contains(cell(kind, c)));
                if (!someoneLeads) gaps.add(new Gap(kind, area));
            }
        }
        return gaps;
    }

    private static String cell(NeedKind kind, String areaCode) {
        return kind.name() + "@" + areaCode;
    }
}

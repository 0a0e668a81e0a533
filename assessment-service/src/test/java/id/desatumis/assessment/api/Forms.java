package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.Criterion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** House-to-house forms as an enumerator's app would send them. */
final class Forms {

    static final String VISIT = "2026-09-01";

    private Forms() {
    }

    /** A form meeting the first {@code criteria} BPS criteria; a poor house when {@code poorHouse}. */
    static Map<String, Object> form(Registry.Household h, int criteria, boolean poorHouse) {
        return form(UUID.randomUUID(), h, criteria, poorHouse, VISIT);
    }

    static Map<String, Object> form(UUID assessmentId, Registry.Household h, int criteria, boolean poorHouse, String visitDate) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("assessmentId", assessmentId.toString());
        f.put("householdId", h.id().toString());
        f.put("desaCode", h.desaCode());
        f.put("visitDate", visitDate);
        f.put("assessor", "enumerator-sri");
        f.put("location", Map.of("latitude", -7.43, "longitude", 111.02));
        f.put("criteriaMet", Arrays.stream(Criterion.values()).limit(criteria).map(Enum::name).toList());
        f.put("house", poorHouse ? house("BAD", "THATCH", "BAMBOO", "EARTH", 18.0, "NONE", "NONE", "RIVER")
                : house("GOOD", "TILE", "PLASTERED_BRICK", "CERAMIC", 120.0, "PLN_OWN", "OWN", "PIPED"));
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < h.members().size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("memberId", h.members().get(i).toString());
            boolean child = i == 2;
            m.put("ageYears", child ? 14 : 40);
            if (child) m.put("schoolEnrolment", "DROPPED_OUT");
            m.put("healthCover", i == 1 ? "NONE" : "PBI_JKN");
            m.put("workStatus", child ? "NOT_IN_LABOUR_FORCE" : "EMPLOYED");
            m.put("disability", false);
            members.add(m);
        }
        f.put("members", members);
        f.put("desil", 2);
        return f;
    }

    private static Map<String, Object> house(String condition, String roof, String walls, String floor, double area,
                                             String electricity, String latrine, String water) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("roof", condition);
        h.put("roofMaterial", roof);
        h.put("walls", condition);
        h.put("wallMaterial", walls);
        h.put("floor", condition);
        h.put("floorMaterial", floor);
        h.put("floorAreaM2", area);
        h.put("electricity", electricity);
        h.put("latrine", latrine);
        h.put("water", water);
        return h;
    }
}

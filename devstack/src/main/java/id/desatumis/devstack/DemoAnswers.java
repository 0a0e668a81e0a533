package id.desatumis.devstack;

import id.desatumis.devstack.DemoProgramme.PovertyClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The answers of a demo form about the house and the members, agreeing with the criteria met and giving exactly the
 * needs the household is meant to have (see {@link DemoForms}).
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    /** The house: in need of repair, of a connection, of sanitation only where the household is meant to be. */
    static Map<String, Object> house(Set<String> met, boolean house, boolean electricity, boolean sanitation, int members,
                                     Random r) {
        boolean smallFloor = met.contains("C01_FLOOR_AREA");
        boolean poorFloor = met.contains("C02_FLOOR");
        boolean poorWalls = met.contains("C03_WALLS");
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("roof", house && !smallFloor && !poorFloor && !poorWalls ? "BAD" : house ? "DAMAGED" : "GOOD");
        h.put("roofMaterial", "TILE");
        h.put("walls", house ? "DAMAGED" : "GOOD");
        h.put("wallMaterial", poorWalls ? (r.nextBoolean() ? "BAMBOO" : "UNPLASTERED_BRICK") : "PLASTERED_BRICK");
        h.put("floor", house ? "DAMAGED" : "GOOD");
        h.put("floorMaterial", poorFloor ? "EARTH" : house || r.nextBoolean() ? "CEMENT" : "CERAMIC");
        h.put("floorAreaM2", smallFloor ? members * 6.0 : members * 9.0 + 12);
        h.put("electricity", !electricity ? "PLN_OWN" : met.contains("C05_ELECTRICITY") ? "NONE" : "PLN_SHARED");
        boolean toilet = met.contains("C04_TOILET");
        boolean water = met.contains("C06_WATER");
        h.put("latrine", !sanitation ? "OWN" : toilet ? (r.nextBoolean() ? "NONE" : "SHARED") : water ? "OWN" : "SHARED");
        h.put("water", sanitation && water ? List.of("UNPROTECTED_WELL", "SPRING", "RIVER").get(r.nextInt(3))
                : r.nextBoolean() ? "PIPED" : "PROTECTED_WELL");
        return h;
    }

    /** Which member (if any) is out of school, without health cover, without work, or runs a small business. */
    static final class Members {

        private final List<Integer> ages;
        private final boolean poor;
        private final boolean[] education;
        private int health = -1;
        private int skills = -1;
        private int business = -1;

        private Members(List<Integer> ages, boolean poor) {
            this.ages = ages;
            this.poor = poor;
            this.education = new boolean[ages.size()];
        }

        static Members choose(List<Integer> ages, PovertyClass c, Random r) {
            Members m = new Members(ages, c != PovertyClass.NOT_POOR);
            if (!m.poor) return m;
            List<Integer> working = new ArrayList<>();
            for (int i = 0; i < ages.size(); i++) {
                int age = ages.get(i);
                m.education[i] = age >= 6 && age <= 21 && r.nextDouble() < 0.25;
                if (age >= 19 && age <= 59) working.add(i);
            }
            if (r.nextDouble() < 0.30) m.health = r.nextInt(ages.size());
            if (!working.isEmpty() && r.nextDouble() < 0.22) m.skills = working.get(r.nextInt(working.size()));
            if (c != PovertyClass.NEAR_POOR && r.nextDouble() < 0.25) {
                List<Integer> others = working.stream().filter(i -> i != m.skills).toList();
                if (!others.isEmpty()) m.business = others.get(r.nextInt(others.size()));
            }
            return m;
        }

        boolean anyNeed() {
            for (boolean e : education) if (e) return true;
            return health >= 0 || skills >= 0 || business >= 0;
        }

        /** The kinds of personal need the policy derives for member {@code i}. */
        List<String> needs(int i, PovertyClass c) {
            List<String> out = new ArrayList<>();
            if (education[i]) out.add("EDUCATION");
            if (health == i) out.add("HEALTH_COVER");
            if (skills == i) out.add("SKILLS_TRAINING");
            if (business == i && c != PovertyClass.NEAR_POOR) out.add("BUSINESS_CAPITAL");
            return out;
        }

        Map<String, Object> answers(int i, String memberId, Random r) {
            int age = ages.get(i);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("memberId", memberId);
            a.put("ageYears", age);
            if (age >= 6 && age <= 21) a.put("schoolEnrolment", !education[i] ? "ENROLLED" : age >= 13 ? "DROPPED_OUT" : "NOT_ENROLLED");
            a.put("healthCover", health == i ? "NONE" : r.nextDouble() < 0.8 ? "PBI_JKN" : "OTHER");
            String work = "NOT_IN_LABOUR_FORCE";
            if (age >= 19 && age <= 59) {
                if (skills == i) work = "UNEMPLOYED";
                else if (business == i) work = "SELF_EMPLOYED";
                else work = poor || r.nextBoolean() ? "EMPLOYED" : "SELF_EMPLOYED";
            }
            a.put("workStatus", work);
            a.put("disability", r.nextDouble() < 0.04);
            return a;
        }
    }
}

package id.desatumis.devstack;

import id.desatumis.devstack.DemoHouseholds.Member;
import id.desatumis.devstack.DemoHouseholds.Registered;
import id.desatumis.devstack.DemoProgramme.PovertyClass;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A house-to-house form whose answers make assessment-service's policy ({@code bps14-2026.1}: 12 or more of the 14 BPS
 * criteria extreme poor, 9 to 11 poor, 6 to 8 near-poor) give the class the demo wants, with a plausible mix of needs:
 * the answers that trigger a need (a bad house, no own PLN connection, a shared latrine, one or two meals a day, a
 * child out of school, a member without health cover or without work, a small business) are given only where the
 * household is meant to have that need, and the criteria met agree with them. The same household always gets the
 * same form, under an assessment id made from its id, so a form sent again is stored once.
 */
final class DemoForms {

    /** A need the policy will derive from the form: its kind, and the member for a personal kind. */
    record Need(String kind, String memberId) {
    }

    record Form(String assessmentId, Map<String, Object> body, List<Need> needs) {
    }

    private static final List<String> FREE = List.of("C07_COOKING_FUEL", "C08_PROTEIN", "C09_CLOTHES", "C11_TREATMENT",
            "C12_HEAD_INCOME", "C13_HEAD_SCHOOLING", "C14_SAVINGS");

    private DemoForms() {
    }

    static String assessmentId(String householdId) {
        return UUID.nameUUIDFromBytes(("demo-assessment:" + householdId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static LocalDate visitDate(Registered h) {
        return h.village().firstVisit().plusDays(h.n() % 50);
    }

    static Form form(Registered h, PovertyClass c) {
        // mixed: java.util.Random's first draws from neighbouring seeds are alike
        Random r = new Random(new SplittableRandom(h.village().desaCode().hashCode() * 131L + h.n()).nextLong());
        LocalDate visit = visitDate(h);
        boolean poor = c != PovertyClass.NOT_POOR;
        List<Integer> ages = h.members().stream().map(m -> age(m, visit)).toList();
        DemoAnswers.Members people = DemoAnswers.Members.choose(ages, c, r);
        boolean extreme = c == PovertyClass.EXTREME_POOR;
        boolean house = poor && (extreme || r.nextDouble() < (c == PovertyClass.POOR ? 0.30 : 0.20));
        boolean electricity = poor && r.nextDouble() < (extreme ? 0.35 : 0.10);
        boolean sanitation = poor && (extreme || r.nextDouble() < 0.30);
        boolean food = extreme || (c == PovertyClass.POOR && r.nextDouble() < 0.25) || (c == PovertyClass.NEAR_POOR && r.nextDouble() < 0.08);
        if (poor && !house && !electricity && !sanitation && !food && !people.anyNeed()) house = true;
        int wanted = switch (c) {
            case EXTREME_POOR -> 12 + r.nextInt(3);
            case POOR -> 9 + r.nextInt(3);
            case NEAR_POOR -> 6 + r.nextInt(3);
            case NOT_POOR -> r.nextInt(6);
        };
        // the criteria a household may meet without a need it is not meant to have; more needs where too few
        while (true) {
            List<String> pool = pool(house, electricity, sanitation, food);
            if (pool.size() >= wanted) break;
            List<Integer> missing = new ArrayList<>();
            if (!house) missing.add(0);
            if (!sanitation) missing.add(1);
            if (!electricity) missing.add(2);
            int add = missing.isEmpty() ? 3 : missing.get(r.nextInt(missing.size()));
            if (add == 0) house = true;
            else if (add == 1) sanitation = true;
            else if (add == 2) electricity = true;
            else food = true;
        }
        List<String> mandatory = food && !extreme ? List.of("C10_MEALS") : List.of();
        List<String> optional = new ArrayList<>(pool(house, electricity, sanitation, food));
        optional.removeAll(mandatory);
        Collections.shuffle(optional, r);
        List<String> criteria = new ArrayList<>(mandatory);
        criteria.addAll(optional.subList(0, wanted - mandatory.size()));
        Set<String> met = Set.copyOf(criteria);
        Map<String, Object> houseAnswers = DemoAnswers.house(met, house, electricity, sanitation, h.members().size(), r);

        String id = assessmentId(h.householdId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", id);
        body.put("householdId", h.householdId());
        body.put("desaCode", h.village().desaCode());
        body.put("visitDate", visit.toString());
        body.put("assessor", "tgr-" + h.village().key() + "-" + String.format("%02d", 1 + h.n() % 12));
        body.put("criteriaMet", criteria.stream().sorted().toList());
        body.put("house", houseAnswers);
        List<Map<String, Object>> members = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        if (house) needs.add(new Need("HOUSE_REPAIR", null));
        if (electricity) needs.add(new Need("ELECTRICITY", null));
        if (sanitation) needs.add(new Need("SANITATION", null));
        if (food) needs.add(new Need("FOOD_ASSISTANCE", null));
        for (int i = 0; i < h.members().size(); i++) {
            Member m = h.members().get(i);
            members.add(people.answers(i, m.memberId(), r));
            if (poor) people.needs(i, c).forEach(kind -> needs.add(new Need(kind, m.memberId())));
        }
        body.put("members", members);
        body.put("desil", switch (c) {
            case EXTREME_POOR -> 1;
            case POOR -> 2 + r.nextInt(2);
            case NEAR_POOR -> 4;
            case NOT_POOR -> 5 + r.nextInt(6);
        });
        return new Form(id, body, poor ? needs : List.of());
    }

    private static List<String> pool(boolean house, boolean electricity, boolean sanitation, boolean food) {
        List<String> pool = new ArrayList<>(FREE);
        if (house) pool.addAll(List.of("C01_FLOOR_AREA", "C02_FLOOR", "C03_WALLS"));
        if (electricity) pool.add("C05_ELECTRICITY");
        if (sanitation) pool.addAll(List.of("C04_TOILET", "C06_WATER"));
        if (food) pool.add("C10_MEALS");
        return pool;
    }

    private static int age(Member m, LocalDate visit) {
        return m.birthDate().isAfter(visit) ? 0 : Period.between(m.birthDate(), visit).getYears();
    }

    /** The kinds of need, in the order the policy lists them (for reports). */
    static final Set<String> KINDS = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of("HOUSE_REPAIR",
            "ELECTRICITY", "SANITATION", "FOOD_ASSISTANCE", "EDUCATION", "HEALTH_COVER", "SKILLS_TRAINING", "BUSINESS_CAPITAL")));

    static final Set<PovertyClass> POOR_CLASSES = EnumSet.of(PovertyClass.EXTREME_POOR, PovertyClass.POOR, PovertyClass.NEAR_POOR);
}

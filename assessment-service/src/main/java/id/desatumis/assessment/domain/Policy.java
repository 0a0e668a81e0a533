package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.Answers.Condition;
import id.desatumis.assessment.domain.Answers.Electricity;
import id.desatumis.assessment.domain.Answers.HealthCover;
import id.desatumis.assessment.domain.Answers.Latrine;
import id.desatumis.assessment.domain.Answers.MemberAnswers;
import id.desatumis.assessment.domain.Answers.SchoolEnrolment;
import id.desatumis.assessment.domain.Answers.WaterSource;
import id.desatumis.assessment.domain.Answers.WorkStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A named, versioned classification policy: how many BPS criteria make each class, and which answers count as
 * which need. Data, not code paths: a new version is a new instance, and every result records the version it used.
 *
 * @param version          for example {@code bps14-2026.1}
 * @param extremePoorMin   criteria met from which a household is extreme poor
 * @param poorMin          from which it is poor (the BPS rule: 9 of 14)
 * @param nearPoorMin      from which it is near-poor
 * @param minimumFloorArea the m2 per person below which the house needs repair
 */
public record Policy(String version, int extremePoorMin, int poorMin, int nearPoorMin, double minimumFloorArea) {

    /** The first policy (README, "Classification policy"). */
    public static final Policy BPS14_2026_1 = new Policy("bps14-2026.1", 12, 9, 6, 8.0);

    /** Every policy published so far, oldest first; results name the one they used. */
    public static final List<Policy> PUBLISHED = List.of(BPS14_2026_1);

    public static java.util.Optional<Policy> published(String version) {
        return PUBLISHED.stream().filter(p -> p.version().equals(version)).findFirst();
    }

    /** Which answers count as which need under this policy, in words, for offices reading the rules. */
    public java.util.Map<NeedKind, String> needRules() {
        var rules = new java.util.EnumMap<NeedKind, String>(NeedKind.class);
        rules.put(NeedKind.HOUSE_REPAIR, "RTLH: criterion 1, 2 or 3, a roof, walls or floor in bad condition or of poor material (thatch; bamboo or unplastered brick; earth or bamboo), or under "
                + minimumFloorArea + " m2 of floor per member");
        rules.put(NeedKind.ELECTRICITY, "criterion 5, or no PLN connection of its own");
        rules.put(NeedKind.SANITATION, "criterion 4 or 6, a shared or no latrine, or water other than piped or a protected well");
        rules.put(NeedKind.FOOD_ASSISTANCE, "extreme poor, or criterion 10 (one or two meals a day)");
        rules.put(NeedKind.EDUCATION, "per member aged 6-21 not enrolled or dropped out");
        rules.put(NeedKind.HEALTH_COVER, "per member without health cover");
        rules.put(NeedKind.SKILLS_TRAINING, "per member aged 19-59 without work");
        rules.put(NeedKind.BUSINESS_CAPITAL, "per member aged 19-59 self-employed, in a poor or extreme-poor household");
        return rules;
    }

    public Policy {
        if (!(extremePoorMin > poorMin && poorMin > nearPoorMin && nearPoorMin > 0 && extremePoorMin <= 14)) {
            throw new IllegalArgumentException("thresholds must fall: extreme > poor > near-poor > 0, at most 14");
        }
    }

    public PovertyClass classOf(int criteriaMet) {
        if (criteriaMet >= extremePoorMin) return PovertyClass.EXTREME_POOR;
        if (criteriaMet >= poorMin) return PovertyClass.POOR;
        if (criteriaMet >= nearPoorMin) return PovertyClass.NEAR_POOR;
        return PovertyClass.NOT_POOR;
    }

    /** The class and the needs; a household that is not poor has none. */
    public Classification classify(Answers a) {
        return classify(a, null);
    }

    /** As above; the desil is the form's, or else the one the registry knows ({@code knownDesil}, may be null). */
    public Classification classify(Answers a, Integer knownDesil) {
        int met = a.criteriaMet().size();
        PovertyClass c = classOf(met);
        List<Need> needs = c == PovertyClass.NOT_POOR ? List.of() : needs(a, c);
        return new Classification(version, met, c, a.desil() != null ? a.desil() : knownDesil, needs);
    }

    List<Need> needs(Answers a, PovertyClass c) {
        List<Need> out = new ArrayList<>();
        Set<Criterion> m = a.criteriaMet().isEmpty() ? EnumSet.noneOf(Criterion.class) : EnumSet.copyOf(a.criteriaMet());
        var house = a.house();
        List<String> houseReasons = new ArrayList<>();
        double perMember = house.floorAreaM2() / Math.max(1, a.members().size());
        if (m.contains(Criterion.C01_FLOOR_AREA)) houseReasons.add("criterion 1");
        else if (perMember < minimumFloorArea) houseReasons.add("floor area under " + minimumFloorArea + " m2 per member");
        if (m.contains(Criterion.C02_FLOOR)) houseReasons.add("criterion 2 (floor)");
        if (house.floor() == Condition.BAD || house.poorFloor()) houseReasons.add("floor " + house.floorMaterial() + ", " + house.floor());
        if (m.contains(Criterion.C03_WALLS)) houseReasons.add("criterion 3 (walls)");
        if (house.walls() == Condition.BAD || house.poorWalls()) houseReasons.add("walls " + house.wallMaterial() + ", " + house.walls());
        if (house.roof() == Condition.BAD || house.poorRoof()) houseReasons.add("roof " + house.roofMaterial() + ", " + house.roof());
        if (!houseReasons.isEmpty()) out.add(new Need(NeedKind.HOUSE_REPAIR, null, "RTLH: " + String.join("; ", houseReasons)));
        if (m.contains(Criterion.C05_ELECTRICITY) || house.electricity() != Electricity.PLN_OWN) {
            out.add(new Need(NeedKind.ELECTRICITY, null,
                    (m.contains(Criterion.C05_ELECTRICITY) ? "criterion 5; " : "") + "electricity " + house.electricity()));
        }
        List<String> sanitation = new ArrayList<>();
        if (m.contains(Criterion.C04_TOILET) || house.latrine() != Latrine.OWN) {
            sanitation.add((m.contains(Criterion.C04_TOILET) ? "criterion 4; " : "") + "latrine " + house.latrine());
        }
        boolean unsafeWater = house.water() != WaterSource.PIPED && house.water() != WaterSource.PROTECTED_WELL;
        if (m.contains(Criterion.C06_WATER) || unsafeWater) {
            sanitation.add((m.contains(Criterion.C06_WATER) ? "criterion 6; " : "") + "water " + house.water());
        }
        if (!sanitation.isEmpty()) out.add(new Need(NeedKind.SANITATION, null, String.join("; ", sanitation)));
        if (c == PovertyClass.EXTREME_POOR || m.contains(Criterion.C10_MEALS)) {
            out.add(new Need(NeedKind.FOOD_ASSISTANCE, null,
                    c == PovertyClass.EXTREME_POOR ? "extreme poor" : "criterion 10: one or two meals a day"));
        }
        for (MemberAnswers p : a.members()) {
            memberNeeds(p, c, out);
        }
        return out;
    }

    private static void memberNeeds(MemberAnswers p, PovertyClass c, List<Need> out) {
        boolean schoolAge = p.ageYears() >= 6 && p.ageYears() <= 21;
        if (schoolAge && p.schoolEnrolment() != null && p.schoolEnrolment() != SchoolEnrolment.ENROLLED) {
            out.add(new Need(NeedKind.EDUCATION, p.memberId(), "aged " + p.ageYears() + ", " + p.schoolEnrolment()));
        }
        if (p.healthCover() == HealthCover.NONE) {
            out.add(new Need(NeedKind.HEALTH_COVER, p.memberId(), "no health cover"));
        }
        boolean workingAge = p.ageYears() >= 19 && p.ageYears() <= 59;
        if (workingAge && p.workStatus() == WorkStatus.UNEMPLOYED) {
            out.add(new Need(NeedKind.SKILLS_TRAINING, p.memberId(), "aged " + p.ageYears() + ", without work"));
        }
        if (workingAge && p.workStatus() == WorkStatus.SELF_EMPLOYED && c != PovertyClass.NEAR_POOR) {
            out.add(new Need(NeedKind.BUSINESS_CAPITAL, p.memberId(), "a micro-enterprise of a poor household"));
        }
    }
}

package id.desatumis.assessment.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the enumerator recorded: the BPS criteria met, the house, each member, and the DTSEN desil where known.
 */
public record Answers(Set<Criterion> criteriaMet, House house, List<MemberAnswers> members, Integer desil) {

    public Answers {
        criteriaMet = Set.copyOf(criteriaMet);
        members = List.copyOf(members);
    }

    public enum Condition { GOOD, DAMAGED, BAD }

    public enum Electricity { PLN_OWN, PLN_SHARED, NONE }

    public enum Latrine { OWN, SHARED, NONE }

    public enum WaterSource { PIPED, PROTECTED_WELL, UNPROTECTED_WELL, SPRING, RIVER, RAIN }

    public enum SchoolEnrolment { ENROLLED, NOT_ENROLLED, DROPPED_OUT }

    public enum HealthCover { NONE, PBI_JKN, OTHER }

    public enum WorkStatus { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, NOT_IN_LABOUR_FORCE }

    /** The house: condition of roof, walls and floor, floor area, electricity, latrine and water. */
    public record House(Condition roof, Condition walls, Condition floor, double floorAreaM2, Electricity electricity,
                        Latrine latrine, WaterSource water) {
    }

    /**
     * One member, by the registry's member id. {@code schoolEnrolment} is asked for ages 6 to 21 only (null otherwise).
     */
    public record MemberAnswers(UUID memberId, int ageYears, SchoolEnrolment schoolEnrolment, HealthCover healthCover,
                                WorkStatus workStatus, boolean disability) {
    }
}

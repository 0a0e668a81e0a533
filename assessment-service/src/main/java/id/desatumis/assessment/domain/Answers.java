package id.desatumis.assessment.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the enumerator recorded: the BPS criteria met, the house, each member, and the DTSEN desil where known.
 */
public record Answers(Set<Criterion> criteriaMet, House house, List<MemberAnswers> members, Integer desil) {

    public Answers {
        // in the criteria's own order, so the same answers always read (and are stored) alike
        criteriaMet = criteriaMet.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(criteriaMet));
        members = List.copyOf(members);
    }

    public enum Condition { GOOD, DAMAGED, BAD }

    public enum RoofMaterial { CONCRETE, TILE, ZINC, ASBESTOS, THATCH, OTHER }

    public enum WallMaterial { PLASTERED_BRICK, UNPLASTERED_BRICK, WOOD, BAMBOO, OTHER }

    public enum FloorMaterial { CERAMIC, CEMENT, WOOD, BAMBOO, EARTH, OTHER }

    public enum Electricity { PLN_OWN, PLN_SHARED, NONE }

    public enum Latrine { OWN, SHARED, NONE }

    public enum WaterSource { PIPED, PROTECTED_WELL, UNPROTECTED_WELL, SPRING, RIVER, RAIN }

    public enum SchoolEnrolment { ENROLLED, NOT_ENROLLED, DROPPED_OUT }

    public enum HealthCover { NONE, PBI_JKN, OTHER }

    public enum WorkStatus { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, NOT_IN_LABOUR_FORCE }

    /** The house: condition and material of roof, walls and floor, floor area, electricity, latrine and water. */
    public record House(Condition roof, RoofMaterial roofMaterial, Condition walls, WallMaterial wallMaterial,
                        Condition floor, FloorMaterial floorMaterial, double floorAreaM2, Electricity electricity,
                        Latrine latrine, WaterSource water) {

        /** Materials of a rumah tidak layak huni (RTLH) whatever their condition. */
        public boolean poorRoof() { return roofMaterial == RoofMaterial.THATCH; }
        public boolean poorWalls() { return wallMaterial == WallMaterial.BAMBOO || wallMaterial == WallMaterial.UNPLASTERED_BRICK; }
        public boolean poorFloor() { return floorMaterial == FloorMaterial.EARTH || floorMaterial == FloorMaterial.BAMBOO; }
    }

    /**
     * One member, by the registry's member id. {@code schoolEnrolment} is asked for ages 6 to 21 only (null otherwise).
     */
    public record MemberAnswers(UUID memberId, int ageYears, SchoolEnrolment schoolEnrolment, HealthCover healthCover,
                                WorkStatus workStatus, boolean disability) {
    }
}

package id.desatumis.assessment.api;

import java.util.List;

/**
 * The house-to-house form as the enumerator's app sends it. Everything is read as given (strings for codes), so
 * that each broken rule is answered by field rather than by a parse error.
 */
public record AssessmentForm(String assessmentId, String householdId, String desaCode, String visitDate, String assessor,
                             Location location, List<String> criteriaMet, House house, List<Member> members, Integer desil) {

    /** WGS 84, optional. */
    public record Location(Double latitude, Double longitude) {
    }

    public record House(String roof, String roofMaterial, String walls, String wallMaterial, String floor,
                        String floorMaterial, Double floorAreaM2, String electricity, String latrine, String water) {
    }

    /** One member, by the registry's member id. */
    public record Member(String memberId, Integer ageYears, String schoolEnrolment, String healthCover, String workStatus,
                         Boolean disability) {
    }
}

package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.Criterion;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The house-to-house form as the enumerator's app sends it. Everything is read as given (strings for codes), so
 * that each broken rule is answered by field rather than by a parse error. The schema says what {@link FormReader}
 * checks (its enums are the domain's, {@code Answers} and {@code Criterion}: OpenApiDocumentTest holds them together).
 */
@Schema(name = "AssessmentForm", description = "One house-to-house visit: the 14 BPS criteria met, the house and each member's "
        + "answers. The client chooses assessmentId, so the same form sent again is stored once. Every broken rule is "
        + "named in the problem's errors (field as a JSON path, rule), never with the value.")
public record AssessmentForm(
        @Schema(required = true, format = "uuid", description = "Chosen by the client (the enumerator's app): names this visit. "
                + "The same form under it again is answered 200 ALREADY_STORED; another form under it is refused "
                + "(assessment-exists)", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21")
        String assessmentId,
        @Schema(required = true, format = "uuid", description = "The household's id in the registry",
                examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30")
        String householdId,
        @Schema(required = true, pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", description = "Kemendagri code of the desa "
                + "or kelurahan in Kabupaten Sragen where the household lives (as the registry has it: else desa-mismatch). "
                + "A village operator submits only for the desa codes of its token", examples = "33.14.07.2003")
        String desaCode,
        @Schema(required = true, format = "date", description = "The day of the visit: from 2020-01-01, not in the future",
                examples = "2026-09-01")
        String visitDate,
        @Schema(required = true, minLength = 1, maxLength = 100, description = "The enumerator's account: the person named "
                + "here may not verify this assessment", examples = "enumerator-sri")
        String assessor,
        @Schema(nullable = true, description = "Where the form was filled in, when the device knew (never published)",
                examples = "{\"latitude\": -7.4301, \"longitude\": 111.0215}")
        Location location,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Criterion.class, uniqueItems = true, maxItems = 14,
                description = "The BPS criteria met, each once "
                + "(an empty list if none); GET /policies says what each means. 9 or more make a poor household under bps14-2026.1",
                examples = "[\"C01_FLOOR_AREA\",\"C02_FLOOR\",\"C04_TOILET\",\"C05_ELECTRICITY\",\"C07_COOKING_FUEL\","
                        + "\"C08_PROTEIN\",\"C09_CLOTHES\",\"C11_TREATMENT\",\"C14_SAVINGS\"]")
        List<String> criteriaMet,
        @Schema(required = true, description = "The house as the enumerator saw it")
        House house,
        @Schema(required = true, minItems = 1, maxItems = FormReader.MAX_MEMBERS, description = "One entry per member answered "
                + "for, each a current member of the household in the registry (else member-unknown), each once")
        List<Member> members,
        @Schema(nullable = true, minimum = "1", maximum = "10",
                description = "The household's DTSEN desil (1 extreme poor ... 10), where "
                + "known; without it the desil the registry announced is recorded", examples = "2")
        Integer desil) {

    /** WGS 84, optional. */
    @Schema(name = "FormLocation", description = "A WGS 84 position; when given, both coordinates are required")
    public record Location(
            @Schema(required = true, minimum = "-90", maximum = "90", format = "double",
                    description = "Degrees north (negative: south)",
                    examples = "-7.4301")
            Double latitude,
            @Schema(required = true, minimum = "-180", maximum = "180", format = "double", description = "Degrees east",
                    examples = "111.0215")
            Double longitude) {
    }

    @Schema(name = "FormHouse", description = "The house: condition and material of roof, walls and floor, floor area, "
            + "electricity, latrine and water. Every field is required")
    public record House(
            @Schema(required = true, enumeration = {"GOOD", "DAMAGED", "BAD"}, description = "The roof's condition",
                    examples = "DAMAGED")
            String roof,
            @Schema(required = true, enumeration = {"CONCRETE", "TILE", "ZINC", "ASBESTOS", "THATCH", "OTHER"},
                    description = "The roof's material (THATCH counts as RTLH)", examples = "TILE")
            String roofMaterial,
            @Schema(required = true, enumeration = {"GOOD", "DAMAGED", "BAD"}, description = "The walls' condition",
                    examples = "BAD")
            String walls,
            @Schema(required = true, enumeration = {"PLASTERED_BRICK", "UNPLASTERED_BRICK", "WOOD", "BAMBOO", "OTHER"},
                    description = "The walls' material (BAMBOO and UNPLASTERED_BRICK count as RTLH)", examples = "BAMBOO")
            String wallMaterial,
            @Schema(required = true, enumeration = {"GOOD", "DAMAGED", "BAD"}, description = "The floor's condition",
                    examples = "BAD")
            String floor,
            @Schema(required = true, enumeration = {"CERAMIC", "CEMENT", "WOOD", "BAMBOO", "EARTH", "OTHER"},
                    description = "The floor's material (EARTH and BAMBOO count as RTLH)", examples = "EARTH")
            String floorMaterial,
            @Schema(required = true, type = SchemaType.NUMBER, format = "double", minimum = "0", exclusiveMinimum = true,
                    maximum = "5000", description = "The floor area in m2: more than 0, at most 5000", examples = "24")
            Double floorAreaM2,
            @Schema(required = true, enumeration = {"PLN_OWN", "PLN_SHARED", "NONE"},
                    description = "Electricity for lighting: a PLN connection of its own, shared, or none",
                            examples = "PLN_SHARED")
            String electricity,
            @Schema(required = true, enumeration = {"OWN", "SHARED", "NONE"}, description = "The latrine", examples = "SHARED")
            String latrine,
            @Schema(required = true, enumeration = {"PIPED", "PROTECTED_WELL", "UNPROTECTED_WELL", "SPRING", "RIVER", "RAIN"},
                    description = "Where drinking water comes from", examples = "SPRING")
            String water) {
    }

    /** One member, by the registry's member id. */
    @Schema(name = "FormMember", description = "One member's answers, by the registry's member id")
    public record Member(
            @Schema(required = true, format = "uuid", description = "The member's id in the registry (a current member)",
                    examples = "9e4c1a7b-2f3d-4b8e-a1c6-7d5e3f2a1b09")
            String memberId,
            @Schema(required = true, minimum = "0", maximum = "130", description = "Age in whole years", examples = "41")
            Integer ageYears,
            @Schema(nullable = true, enumeration = {"ENROLLED", "NOT_ENROLLED", "DROPPED_OUT"},
                    description = "Required for members aged "
                    + "6 to 21 and refused for others (school-age-only): null or absent for them", examples = "DROPPED_OUT")
            String schoolEnrolment,
            @Schema(required = true, enumeration = {"NONE", "PBI_JKN", "OTHER"}, description = "Health cover: none, "
                    + "KIS / PBI-JKN, or another", examples = "NONE")
            String healthCover,
            @Schema(required = true, enumeration = {"EMPLOYED", "SELF_EMPLOYED", "UNEMPLOYED", "NOT_IN_LABOUR_FORCE"},
                    description = "Work", examples = "SELF_EMPLOYED")
            String workStatus,
            @Schema(required = true, description = "Whether the member has a disability", examples = "false")
            Boolean disability) {
    }
}

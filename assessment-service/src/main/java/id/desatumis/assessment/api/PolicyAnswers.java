package id.desatumis.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How the policies are answered, for the OpenAPI document ({@link PolicyResource} writes them as maps). */
final class PolicyAnswers {

    private PolicyAnswers() {
    }

    @Schema(name = "Policies", description = "Every published policy, the one new assessments use, and the 14 BPS criteria")
    record Policies(
            @Schema(required = true, description = "The version new assessments are classified under", examples = "bps14-2026.1")
            String current,
            @Schema(required = true, description = "The 14 BPS criteria, in order") List<CriterionMeaning> criteria,
            @Schema(required = true, description = "Oldest first") List<PolicyRules> policies) {
    }

    @Schema(name = "CriterionMeaning", description = "A BPS criterion: its code on the form and its meaning")
    record CriterionMeaning(
            @Schema(description = "The criterion's code, as criteriaMet lists it on the form", required = true,
                    enumeration = {"C01_FLOOR_AREA", "C02_FLOOR", "C03_WALLS", "C04_TOILET", "C05_ELECTRICITY",
                    "C06_WATER", "C07_COOKING_FUEL", "C08_PROTEIN", "C09_CLOTHES", "C10_MEALS", "C11_TREATMENT",
                    "C12_HEAD_INCOME", "C13_HEAD_SCHOOLING", "C14_SAVINGS"}, examples = "C01_FLOOR_AREA") String code,
            @Schema(description = "What the criterion means", required = true,
                    examples = "floor area under 8 m2 per person") String meaning) {
    }

    @Schema(name = "Policy", description = "A named, versioned classification policy: thresholds and need rules")
    record PolicyRules(
            @Schema(description = "The policy's version", required = true, examples = "bps14-2026.1") String version,
            @Schema(required = true, description = "Whether new assessments use it", examples = "true") Boolean current,
            @Schema(required = true, description = "Each class and the number of criteria met from which it applies")
            List<ClassThreshold> classes,
            @Schema(required = true, format = "double", description = "Below this floor area per member the house needs repair",
                    examples = "8.0") Double minimumFloorAreaM2PerMember,
            @Schema(required = true, description = "Which answers count as which need, in words") NeedRules needs,
            @Schema(required = true, description = "Always false: a household that is not poor has no needs", examples = "false")
            Boolean notPoorHaveNeeds) {
    }

    @Schema(name = "ClassThreshold", description = "A class and its threshold")
    record ClassThreshold(
            @Schema(description = "The class", name = "class", required = true, enumeration = {"EXTREME_POOR", "POOR",
                    "NEAR_POOR", "NOT_POOR"},
                    examples = "POOR") String povertyClass,
            @Schema(description = "The number of criteria met from which the class applies", required = true, minimum = "0",
                    maximum = "14", examples = "9") Integer criteriaMetFrom) {
    }

    @Schema(name = "NeedRules", description = "The rule of each kind of need, in words")
    record NeedRules(
            @Schema(description = "When a household needs house repair (RTLH)", required = true,
                    examples = "RTLH: criterion 1, 2 or 3, ...") String HOUSE_REPAIR,
            @Schema(description = "When a household needs an electricity connection", required = true,
                    examples = "criterion 5, or no PLN connection of its own") String ELECTRICITY,
            @Schema(description = "When a household needs a latrine or clean water", required = true,
                    examples = "criterion 4 or 6, a shared or no latrine, ...") String SANITATION,
            @Schema(description = "When a member needs school support", required = true,
                    examples = "per member aged 6-21 not enrolled or dropped out") String EDUCATION,
            @Schema(description = "When a member needs health cover", required = true,
                    examples = "per member without health cover") String HEALTH_COVER,
            @Schema(description = "When a member needs business capital", required = true,
                    examples = "per member aged 19-59 self-employed, ...") String BUSINESS_CAPITAL,
            @Schema(description = "When a member needs skills training", required = true,
                    examples = "per member aged 19-59 without work") String SKILLS_TRAINING,
            @Schema(description = "When a household needs food assistance", required = true,
                    examples = "extreme poor, or criterion 10 (one or two meals a day)") String FOOD_ASSISTANCE) {
    }
}

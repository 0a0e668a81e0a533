package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.NeedKind;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The bodies of the commands on a stored assessment, and the field rules they are checked by. */
public final class DecisionBodies {

    private DecisionBodies() {
    }

    /** The musyawarah desa decision that approved the assessment. */
    @Schema(name = "ForumDecision", description = "The musyawarah desa decision that approved the assessment")
    public record Verification(
            @Schema(required = true, format = "date", description = "The day the forum met: not in the future, not before "
                    + "the visit (forum-before-visit)", examples = "2026-09-15")
            String forumDate,
            @Schema(required = true, minLength = 1, maxLength = 100, description = "The number of the forum's decision",
                    examples = "141/07/IX/2026")
            String decisionNumber) {
    }

    @Schema(name = "Rejection", description = "Why the assessment is rejected")
    public record Rejection(
            @Schema(required = true, minLength = 1, maxLength = 1000, description = "Why (kept in this service, never published)",
                    examples = "The household moved to Kecamatan Gemolong before the visit")
            String reason) {
    }

    /** Sent back for a revisit: what the enumerator must check. */
    @Schema(name = "Return", description = "Sent back for a revisit")
    public record Return(
            @Schema(required = true, minLength = 1, maxLength = 1000,
                    description = "What the enumerator must check on the revisit",
                    examples = "Floor area and the wall material: the photo shows plastered brick")
            String whatToCheck) {
    }

    /** A need added or struck: its kind, the member for a personal need, and why. */
    @Schema(name = "NeedChange", description = "A need added or struck by Dinas Sosial or the forum. A personal need "
            + "(EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING) names the member; a household need "
            + "(HOUSE_REPAIR, ELECTRICITY, SANITATION, FOOD_ASSISTANCE) names none (household-need)")
    public record NeedChange(
            @Schema(required = true, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER",
                    "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, description = "The kind of need",
                    examples = "HEALTH_COVER")
            String kind,
            @Schema(format = "uuid", description = "The member, for a personal need: one the assessment answered for "
                    + "(else member-unknown)", examples = "9e4c1a7b-2f3d-4b8e-a1c6-7d5e3f2a1b09")
            String memberId,
            @Schema(required = true, minLength = 1, maxLength = 1000, description = "Why",
                    examples = "The forum found the KIS card expired in 2025")
            String reason) {
    }

    /** A re-run under another published policy version. */
    @Schema(name = "Rerun", description = "A re-run of the classification under another published policy")
    public record Rerun(
            @Schema(required = true, minLength = 1, maxLength = 50, description = "A version GET /policies lists (else "
                    + "policy-unknown), other than the latest result's (else policy-unchanged)", examples = "bps14-2026.1")
            String policyVersion) {
    }

    static UUID id(String value) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw Problems.invalid("id", "id-format", "an assessment id is a UUID");
    }

    static LocalDate date(String field, String value, LocalDate today, List<FieldError> errors) {
        if (value == null) return null;
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(today)) errors.add(new FieldError(field, "date-in-future", "the forum has met already"));
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date-format", "dates are YYYY-MM-DD"));
            return null;
        }
    }

    static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "max-length", field + " is at most " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    static NeedKind kind(DecisionBodies.NeedChange b, List<FieldError> errors) {
        String value = b == null ? null : b.kind();
        if (value == null) {
            errors.add(new FieldError("kind", "required", "kind is required"));
            return null;
        }
        try {
            return NeedKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "one-of", "kind is one of " + java.util.Arrays.toString(NeedKind.values())));
            return null;
        }
    }

    /** The member's id if given; whether the kind of need wants one is the domain's rule ({@link NeedKind#personal()}). */
    static UUID member(DecisionBodies.NeedChange b, List<FieldError> errors) {
        String value = b == null ? null : b.memberId();
        if (value == null) return null;
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("memberId", "id-format", "memberId is a UUID"));
            return null;
        }
    }
}

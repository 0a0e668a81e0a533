package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.NeedKind;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The bodies of the commands on a stored assessment, and the field rules they are checked by. */
public final class DecisionBodies {

    private DecisionBodies() {
    }

    /** The musyawarah desa decision that approved the assessment. */
    public record Verification(String forumDate, String decisionNumber) {
    }

    public record Rejection(String reason) {
    }

    /** Sent back for a revisit: what the enumerator must check. */
    public record Return(String whatToCheck) {
    }

    /** A need added or struck: its kind, the member for a personal need, and why. */
    public record NeedChange(String kind, String memberId, String reason) {
    }

    /** A re-run under another published policy version. */
    public record Rerun(String policyVersion) {
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

package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.partner.application.MatrixAreas;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The bodies and parameters of the matrix's endpoints, and the field rules they are checked by, each once. */
public final class MatrixBodies {

    static final int MAX_SUPPORTING = 20;
    private static final Pattern DATE = Pattern.compile("20\\d\\d-\\d\\d-\\d\\d");

    private MatrixBodies() {
    }

    /** A lead with any supporting actors, from a date, on the forum decision that agreed it. */
    public record Assignment(String leadPartnerId, List<String> supportingPartnerIds, String decisionNumber,
                             String effectiveFrom) {
    }

    /** No lead any more from a date, on the forum decision that agreed it, and why. */
    public record Clearance(String decisionNumber, String effectiveFrom, String reason) {
    }

    /** A cell of the matrix: a kind of need in an area, as a path names it. */
    record Cell(NeedKind kind, Area area) {
    }

    static Cell cell(MatrixAreas areas, String kind, String areaCode, List<FieldError> errors) {
        return new Cell(kind(kind, true, errors), area(areas, "areaCode", areaCode, errors));
    }

    static NeedKind kind(String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) errors.add(new FieldError("kind", "required", "kind is required"));
            return null;
        }
        try {
            return NeedKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "kind-unknown", "kind is one of HOUSE_REPAIR, ELECTRICITY, SANITATION, "
                    + "EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING, FOOD_ASSISTANCE"));
            return null;
        }
    }

    static Area area(MatrixAreas areas, String field, String code, List<FieldError> errors) {
        Area area = areas.of(code).orElse(null);
        if (area == null) {
            errors.add(new FieldError(field, "area-unknown",
                    field + " is Kabupaten Sragen (33.14), one of its kecamatan or one of its desa, by Kemendagri code"));
        }
        return area;
    }

    static UUID actor(String field, String value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        errors.add(new FieldError(field, "actor-id-format", field + " is a partner id (a UUID)"));
        return null;
    }

    static List<UUID> supporting(List<String> values, List<FieldError> errors) {
        if (values == null) return List.of();
        if (values.size() > MAX_SUPPORTING) {
            errors.add(new FieldError("supportingPartnerIds", "supporting-too-many",
                    "at most " + MAX_SUPPORTING + " supporting actors"));
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            UUID id = actor("supportingPartnerIds[" + i + "]", values.get(i), true, errors);
            if (id != null) ids.add(id);
        }
        return ids;
    }

    /** A date of the matrix; {@code fallback} when it is absent (null: it is required). */
    static LocalDate date(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null) {
            if (fallback == null) errors.add(new FieldError(field, "required", field + " is required"));
            return fallback;
        }
        try {
            if (DATE.matcher(value).matches()) return LocalDate.parse(value);
        } catch (DateTimeParseException ignored) {
            // answered below
        }
        errors.add(new FieldError(field, "matrix-date-format", field + " is a date YYYY-MM-DD from 2000 to 2099"));
        return null;
    }

    static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "matrix-text-length", field + " is at most " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    static int paging(String field, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null) return fallback;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        errors.add(new FieldError(field, "matrix-paging", field + " is from " + min + " to " + max));
        return fallback;
    }
}

package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bodies and parameters of the matrix's endpoints: their fields read by the service's field rules
 * ({@link FieldChecks}), and the matrix's own (how many supporting actors, its paging).
 */
public final class MatrixBodies {

    static final int MAX_SUPPORTING = 20;

    private MatrixBodies() {
    }

    /** A lead with any supporting actors, from a date, on the forum decision that agreed it. */
    @Schema(name = "MatrixAssignment", requiredProperties = {"leadPartnerId", "decisionNumber", "effectiveFrom"})
    public record Assignment(
            @Schema(format = "uuid", examples = ApiSchemas.PARTNER_ID, description = "The lead: a registered, active actor")
            String leadPartnerId,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_SUPPORTING,
                    examples = "[\"" + ApiSchemas.PARTNER_ID_2 + "\"]", description = "Up to 20 registered, active "
                    + "actors, each once, not the lead; none when left out") List<String> supportingPartnerIds,
            @Schema(pattern = ApiSchemas.DECISION_PATTERN, examples = ApiSchemas.DECISION_EXAMPLE, description = "The "
                    + "recorded forum decision approving RESPONSIBILITY (this cell, if it names one) for this area")
            String decisionNumber,
            @Schema(format = "date", examples = "2027-01-01", description = "From this day on; on or after the cell's "
                    + "latest entry") String effectiveFrom) {
    }

    /** No lead any more from a date, on the forum decision that agreed it, and why. */
    @Schema(name = "MatrixClearance", requiredProperties = {"decisionNumber", "effectiveFrom", "reason"})
    public record Clearance(
            @Schema(pattern = ApiSchemas.DECISION_PATTERN, examples = ApiSchemas.DECISION_EXAMPLE, description = "The "
                    + "recorded forum decision approving RESPONSIBILITY for this area") String decisionNumber,
            @Schema(format = "date", examples = "2027-01-01", description = "From this day on; on or after the cell's "
                    + "latest entry") String effectiveFrom,
            @Schema(description = "Why", minLength = 1, maxLength = FieldChecks.REASON_MAX, examples = "Diserahkan ke Pemerintah Desa")
            String reason) {
    }

    /** A cell of the matrix: a kind of need in an area, as a path names it. */
    record Cell(NeedKind kind, Area area) {
    }

    static Cell cell(RegionCatalog regions, String kind, String areaCode, List<FieldError> errors) {
        return new Cell(FieldChecks.oneOf("kind", kind, NeedKind.class, "kind-unknown", errors),
                FieldChecks.area("areaCode", areaCode, regions, errors));
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
            UUID id = FieldChecks.id("supportingPartnerIds[" + i + "]", values.get(i), errors);
            if (id != null) ids.add(id);
        }
        return ids;
    }

    /** A day the matrix is read on: today when absent. */
    static LocalDate day(String field, String value, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) return today;
        return FieldChecks.optionalDate(field, value, errors);
    }
}

package id.desatumis.assistance.api;

import id.desatumis.assistance.application.PlanRequest;
import id.desatumis.assistance.application.SourceRequest;
import id.desatumis.assistance.domain.GuardOverride;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bodies of the intervention commands, and how their fields are read into the use cases' requests (amounts into
 * whole rupiah and units, never a fraction or a double). The plan's own rules (an amount named, tranches that add up,
 * a due date from today) are the domain's.
 */
public final class InterventionBodies {

    /** At most as many tranches as there are months in ten years. */
    static final int MAX_TRANCHES = 120;

    private InterventionBodies() {
    }

    /**
     * @param actorId  null: the responsibility matrix's lead for the need's kind and desa
     * @param override Dinas Sosial's, naming the intervention the double-assistance guard found
     */
    @Schema(name = "PlanRequest", description = "A plan for one verified need: who answers for it, from what source, "
            + "how much, by when, and the village forum's decision that approved it")
    public record Plan(
            @Schema(description = "The need to plan (GET /needs)", required = true, format = "uuid",
                    example = ApiSchema.UUID_EXAMPLE) String needId,
            @Schema(description = "The responsible actor (GET /actors); absent: the responsibility matrix's lead for "
                    + "the need's kind and desa (GET /responsibility-leads/{kind}/{desaCode})", format = "uuid",
                    example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") String actorId,
            @Schema(description = "Why another actor than the matrix's lead answers for it; required then",
                    maxLength = InterventionFields.REASON_MAX, example = "PLN sudah menjadwalkan pemasangan di dusun ini")
            String actorReason,
            @Schema(required = true) Source source,
            @Schema(required = true) Amount amount,
            @Schema(description = "BUSINESS_CAPITAL only: the tranches, numbered 1, 2, 3... in order, due from today on "
                    + "and by the due date, adding up to amount.rupiah", maxItems = MAX_TRANCHES)
            List<TrancheBody> tranches,
            @Schema(description = "When the need is to be delivered: today or later", required = true, format = "date",
                    example = "2026-10-31") String dueDate,
            @Schema(description = "The number of the forum decision (partner-service) that approves the plan "
                    + "(INTERVENTION_PLAN) for the desa, its kecamatan or the regency", required = true,
                    pattern = ApiSchema.DECISION_PATTERN, maxLength = 100, example = ApiSchema.DECISION_EXAMPLE)
            String decisionNumber,
            Override override) {
    }

    /** {@code {"type":"PLEDGE","pledgeId":...}} or {@code {"type":"APBD"|"APBDES"|"APBN","code":...,"fiscalYear":...}}. */
    @Schema(name = "SourceRequest", description = "Where the resources come from: a partner's pledge (type PLEDGE with "
            + "pledgeId) or a budget line (type APBD, APBDES or APBN with its code and fiscal year)")
    public record Source(
            @Schema(description = "PLEDGE, or the budget line's fund", required = true,
                    enumeration = {"PLEDGE", "APBD", "APBDES", "APBN"}, example = "PLEDGE") String type,
            @Schema(description = "Required for PLEDGE: the pledge to reserve from", format = "uuid",
                    example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String pledgeId,
            @Schema(description = "Required for a budget line: its code in the budget", maxLength = 80,
                    example = ApiSchema.BUDGET_CODE_EXAMPLE) String code,
            @Schema(description = "A budget line's fiscal year", type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "9999", example = "2026") BigDecimal fiscalYear) {
    }

    /** Whole rupiah and/or units (JSON integers). */
    @Schema(name = "PlanAmount", description = "How much: whole rupiah, units, or both (at least one more than zero); "
            + "a budget line's plan names rupiah")
    public record Amount(
            @Schema(description = "Whole rupiah (a JSON integer, no fraction)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = ApiSchema.MAX_RUPIAH, example = "15000000")
            BigDecimal rupiah,
            @Schema(description = "Whole units (a house, a connection, a scholarship)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = ApiSchema.MAX_RUPIAH, example = "1") BigDecimal units) {
    }

    @Schema(name = "TrancheRequest", description = "One tranche of a BUSINESS_CAPITAL plan")
    public record TrancheBody(
            @Schema(description = "1, 2, 3... in the order listed", required = true, type = SchemaType.INTEGER,
                    minimum = "1", maximum = "120", example = "1") BigDecimal number,
            @Schema(description = "Whole rupiah, more than zero", required = true, type = SchemaType.INTEGER,
                    format = "int64", minimum = "1", maximum = ApiSchema.MAX_RUPIAH, example = "2500000")
            BigDecimal rupiah,
            @Schema(description = "When it falls due: today or later, on or after the one before", required = true,
                    format = "date", example = "2026-09-01") String due) {
    }

    @Schema(name = "GuardOverride", description = "Dinas Sosial only: plans despite the double-assistance guard, "
            + "naming the intervention it found (409 already-assisted), with a reason; recorded in the plan")
    public record Override(
            @Schema(description = "The intervention the guard named", required = true, format = "uuid",
                    example = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9") String existingInterventionId,
            @Schema(description = "Why the household is assisted again", required = true,
                    maxLength = InterventionFields.REASON_MAX, example = "Rumah roboh diterjang angin puting beliung")
            String reason) {
    }

    /** Another source, or none (the plan's own). */
    @Schema(name = "ResourcingRequest", description = "Resource again from another source; absent: the plan's own")
    public record Resourcing(Source source) {
    }

    @Schema(name = "CancellationRequest", description = "Why the intervention is cancelled")
    public record Cancellation(
            @Schema(description = "Why", required = true, maxLength = InterventionFields.REASON_MAX,
                    example = "Rumah tangga pindah ke luar kabupaten") String reason) {
    }

    /** The body, which every command has. */
    static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON object is required");
        return body;
    }

    static PlanRequest plan(Plan b, List<FieldError> errors) {
        UUID needId = InterventionFields.requiredId("needId", b.needId(), errors);
        UUID actorId = InterventionFields.id("actorId", b.actorId(), errors);
        String actorReason = FieldReaders.text("actorReason", b.actorReason(), InterventionFields.REASON_MAX, errors);
        SourceRequest source = source("source", b.source(), errors);
        Quantity amount = amount(b.amount(), errors);
        List<Tranche> tranches = tranches(b.tranches(), errors);
        LocalDate due = InterventionFields.requiredDate("dueDate", b.dueDate(), errors);
        String decision = InterventionFields.decisionNumber("decisionNumber", b.decisionNumber(), errors);
        GuardOverride override = override(b.override(), errors);
        return new PlanRequest(needId, actorId, actorReason, source, amount, tranches, due, decision, override);
    }

    /** A source named; {@code null} when none is (then a field error, for a plan). */
    static SourceRequest source(String at, Source s, List<FieldError> errors) {
        if (s == null) {
            errors.add(InterventionFields.required(at));
            return null;
        }
        SourceType type = FieldReaders.oneOf(at + ".type", s.type(), SourceType.class, "source-type-unknown", errors);
        if (type == null) {
            if (s.type() == null || s.type().isBlank()) errors.add(InterventionFields.required(at + ".type"));
            return null;
        }
        if (type == SourceType.PLEDGE) {
            UUID pledge = InterventionFields.requiredId(at + ".pledgeId", s.pledgeId(), errors);
            return pledge == null ? null : new SourceRequest(type, pledge, null, null);
        }
        if (!type.budget()) {
            errors.add(new FieldError(at + ".type", "source-type-unknown", "a plan's source is PLEDGE, APBD, APBDES or APBN"));
            return null;
        }
        String code = InterventionFields.requiredText(at + ".code", s.code(), 80, errors);
        Integer year = InterventionFields.whole(at + ".fiscalYear", s.fiscalYear(), 2000, 9999, "fiscal-year-range", errors);
        return code == null ? null : new SourceRequest(type, null, code, year);
    }

    private static Quantity amount(Amount a, List<FieldError> errors) {
        if (a == null) {
            errors.add(InterventionFields.required("amount"));
            return null;
        }
        Long rupiah = InterventionFields.rupiah("amount.rupiah", a.rupiah(), errors);
        Long units = InterventionFields.units("amount.units", a.units(), errors);
        return new Quantity(rupiah, units);
    }

    private static List<Tranche> tranches(List<TrancheBody> list, List<FieldError> errors) {
        if (list == null) return List.of();
        if (list.size() > MAX_TRANCHES) {
            errors.add(new FieldError("tranches", "max-size", "tranches has at most " + MAX_TRANCHES + " entries"));
            return List.of();
        }
        List<Tranche> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tranches[" + i + "]";
            TrancheBody t = list.get(i);
            if (t == null) {
                errors.add(InterventionFields.required(at));
                continue;
            }
            Integer number = InterventionFields.whole(at + ".number", t.number(), 1, MAX_TRANCHES, "tranche-numbering", errors);
            Long rupiah = InterventionFields.rupiah(at + ".rupiah", t.rupiah(), errors);
            LocalDate due = InterventionFields.requiredDate(at + ".due", t.due(), errors);
            if (number == null && t.number() == null) errors.add(InterventionFields.required(at + ".number"));
            if (rupiah == null && t.rupiah() == null) errors.add(InterventionFields.required(at + ".rupiah"));
            if (number != null && rupiah != null && due != null) out.add(new Tranche(number, rupiah, due));
        }
        return out;
    }

    private static GuardOverride override(Override o, List<FieldError> errors) {
        if (o == null) return null;
        UUID existing = InterventionFields.requiredId("override.existingInterventionId", o.existingInterventionId(), errors);
        String reason = InterventionFields.requiredText("override.reason", o.reason(), InterventionFields.REASON_MAX, errors);
        return existing == null || reason == null ? null : new GuardOverride(existing, reason);
    }
}

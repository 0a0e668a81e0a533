package id.desatumis.assistance.api;

import id.desatumis.assistance.application.PlanRequest;
import id.desatumis.assistance.application.SourceRequest;
import id.desatumis.assistance.domain.GuardOverride;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;

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
    public record Plan(String needId, String actorId, String actorReason, Source source, Amount amount,
                       List<TrancheBody> tranches, String dueDate, String decisionNumber, Override override) {
    }

    /** {@code {"type":"PLEDGE","pledgeId":...}} or {@code {"type":"APBD"|"APBDES"|"APBN","code":...,"fiscalYear":...}}. */
    public record Source(String type, String pledgeId, String code, BigDecimal fiscalYear) {
    }

    /** Whole rupiah and/or units (JSON integers). */
    public record Amount(BigDecimal rupiah, BigDecimal units) {
    }

    public record TrancheBody(BigDecimal number, BigDecimal rupiah, String due) {
    }

    public record Override(String existingInterventionId, String reason) {
    }

    /** Another source, or none (the plan's own). */
    public record Resourcing(Source source) {
    }

    public record Cancellation(String reason) {
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

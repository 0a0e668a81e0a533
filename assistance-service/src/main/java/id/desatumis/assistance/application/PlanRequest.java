package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.GuardOverride;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Tranche;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as the caller asks for it, its fields read: the need, the responsible actor (null: the matrix's lead) and why
 * another, the source as named, the amount, tranches, the due date, the forum decision, and Dinas Sosial's override
 * of the double-assistance guard (null: none).
 */
public record PlanRequest(UUID needId, UUID actorId, String actorReason, SourceRequest source, Quantity amount,
                          List<Tranche> tranches, LocalDate dueDate, String decisionNumber, GuardOverride override) {

    public PlanRequest {
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }
}

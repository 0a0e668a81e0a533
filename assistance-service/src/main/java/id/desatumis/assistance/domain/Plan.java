package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an intervention is for and who answers for it: the need (null for an unplanned delivery), the household and
 * member, the kind and desa, the responsible actor (and why, when not the matrix's lead), the source, the amount
 * (whole rupiah and/or units; tranches sum to the rupiah), the due date and the forum decision that approved it.
 */
public record Plan(UUID needId, UUID householdId, UUID memberId, NeedKind kind, String desaCode, UUID actorId,
                   String actorReason, Source source, Quantity amount, List<Tranche> tranches, LocalDate dueDate,
                   String decisionNumber, GuardOverride override) {

    public Plan {
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }

    /** The same plan resourced from another source. */
    public Plan withSource(Source next) {
        return new Plan(needId, householdId, memberId, kind, desaCode, actorId, actorReason, next, amount, tranches,
                dueDate, decisionNumber, override);
    }
}

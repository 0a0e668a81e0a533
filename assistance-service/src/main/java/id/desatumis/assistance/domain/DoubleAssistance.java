package id.desatumis.assistance.domain;

import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The study's first finding: the same household helped twice while another was missed. Before a plan (or an office's
 * unplanned delivery) is accepted, every intervention of every actor for the household is compared: the same kind, for
 * the same household (or the same member, for a personal kind), within the kind's window, and still counting (not
 * cancelled or written off) is refused, naming the earlier one. Dinas Sosial may override, citing that intervention
 * and a reason; the override is recorded in the plan.
 */
public final class DoubleAssistance {

    public static final String RULE = "already-assisted";

    private DoubleAssistance() {
    }

    /** The earliest conflicting intervention, if any. */
    public static Optional<PriorAssistance> conflict(List<PriorAssistance> prior, NeedKind kind, UUID memberId,
                                                     LocalDate on, GuardWindow window) {
        return prior.stream()
                .filter(p -> p.kind() == kind && p.stage().counts())
                .filter(p -> !kind.personal() || Objects.equals(p.memberId(), memberId))
                .filter(p -> window.overlaps(p.date(), on))
                .min(Comparator.comparing(PriorAssistance::date));
    }

    /**
     * Refuses the plan when there is a conflict it does not override. An override is taken only from a caller who may
     * give one, and only for the very intervention found (an override given blindly for another would hide it).
     */
    public static void require(Optional<PriorAssistance> conflict, GuardOverride override, boolean mayOverride) {
        if (conflict.isEmpty()) return;
        PriorAssistance found = conflict.get();
        boolean overridden = override != null && mayOverride && found.interventionId().equals(override.existingInterventionId());
        if (overridden) return;
        throw new RuleBroken("needId", RULE, "this " + found.kind() + " was already given or planned on " + found.date()
                + " (intervention " + found.interventionId() + ", " + found.stage() + ")" + (mayOverride
                ? "; to plan anyway, send override.existingInterventionId with a reason"
                : "; only Dinas Sosial may override"),
                Map.of("existingInterventionId", found.interventionId().toString(),
                        "actorId", found.actorId().toString(), "stage", found.stage().name(),
                        "date", found.date().toString()));
    }
}

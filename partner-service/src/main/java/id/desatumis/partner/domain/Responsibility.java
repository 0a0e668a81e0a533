package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityAssigned;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityCleared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One cell of the responsibility matrix, a kind of need in an area, folded from its stream: every assignment and
 * clearing in the order recorded, each in force from its date until the next one's. The entries are the history of who
 * answered for it when; a new entry never takes effect before the latest one, so that history is never rewritten.
 */
public record Responsibility(List<Entry> entries) {

    public static final Responsibility NONE = new Responsibility(List.of());

    /** An assignment (with a lead) or a clearing (without), as a forum decided it. */
    public record Entry(UUID leadPartnerId, List<UUID> supportingPartnerIds, String decisionNumber, LocalDate effectiveFrom,
                        String reason, String recordedBy) {

        public boolean hasLead() {
            return leadPartnerId != null;
        }
    }

    /** A change to a cell, on a forum decision, from a date. */
    public sealed interface Command {

        NeedKind kind();

        Area area();

        String decisionNumber();

        LocalDate effectiveFrom();
    }

    /** Make an actor the lead, with any supporting actors, from a date, on a forum decision. */
    public record Assign(NeedKind kind, Area area, UUID leadPartnerId, List<UUID> supportingPartnerIds, String decisionNumber,
                         LocalDate effectiveFrom, String assignedBy) implements Command {
    }

    /** No lead any more from a date (the wider area's lead applies, if any), on a forum decision. */
    public record Clear(NeedKind kind, Area area, String decisionNumber, LocalDate effectiveFrom, String reason,
                        String clearedBy) implements Command {
    }

    public Responsibility {
        entries = List.copyOf(entries);
    }

    /** The stream of a cell: {@code responsibility-<KIND>-<areaCode>} once the kit puts its category in front. */
    public static String streamKey(NeedKind kind, String areaCode) {
        return kind.name() + "-" + areaCode;
    }

    public static Responsibility evolve(Responsibility r, ResponsibilityEvent event) {
        List<Entry> next = new ArrayList<>(r.entries);
        if (event instanceof ResponsibilityAssigned e) {
            next.add(new Entry(e.leadPartnerId(), e.supportingPartnerIds(), e.decisionNumber(), e.effectiveFrom(), null,
                    e.assignedBy()));
        } else if (event instanceof ResponsibilityCleared e) {
            next.add(new Entry(null, List.of(), e.decisionNumber(), e.effectiveFrom(), e.reason(), e.clearedBy()));
        } else {
            throw new IllegalArgumentException("unknown responsibility event " + event);
        }
        return new Responsibility(next);
    }

    public Optional<Entry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** The entry in force on a day: the last recorded whose date is not after it. */
    public Optional<Entry> inForceOn(LocalDate day) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).effectiveFrom().isAfter(day)) return Optional.of(entries.get(i));
        }
        return Optional.empty();
    }

    public static List<ResponsibilityEvent> decide(Responsibility state, Command c) {
        if (c instanceof Assign a) return assign(state, a);
        return clear(state, (Clear) c);
    }

    public static List<ResponsibilityEvent> assign(Responsibility state, Assign c) {
        if (c.supportingPartnerIds().contains(c.leadPartnerId())) {
            throw new RuleBroken("supportingPartnerIds", "lead-also-supporting",
                    "the lead actor is not also one of its supporting actors");
        }
        if (new HashSet<>(c.supportingPartnerIds()).size() != c.supportingPartnerIds().size()) {
            throw new RuleBroken("supportingPartnerIds", "supporting-repeated", "each supporting actor is named once");
        }
        state.requireNotBeforeLatest(c.effectiveFrom());
        state.latest().filter(e -> c.leadPartnerId().equals(e.leadPartnerId())
                        && new HashSet<>(e.supportingPartnerIds()).equals(new HashSet<>(c.supportingPartnerIds())))
                .ifPresent(e -> {
                    throw new RuleBroken("leadPartnerId", "responsibility-unchanged",
                            "this lead and these supporting actors are assigned already, by decision " + e.decisionNumber());
                });
        return List.of(new ResponsibilityAssigned(c.kind(), c.area().code(), c.leadPartnerId(),
                List.copyOf(c.supportingPartnerIds()), c.decisionNumber(), c.effectiveFrom(), c.assignedBy()));
    }

    public static List<ResponsibilityEvent> clear(Responsibility state, Clear c) {
        if (state.latest().map(e -> !e.hasLead()).orElse(true)) {
            throw new RuleBroken("areaCode", "no-lead-to-clear",
                    "no lead is assigned for " + c.kind() + " in " + c.area().code() + " itself");
        }
        state.requireNotBeforeLatest(c.effectiveFrom());
        return List.of(new ResponsibilityCleared(c.kind(), c.area().code(), c.decisionNumber(), c.effectiveFrom(),
                c.reason(), c.clearedBy()));
    }

    private void requireNotBeforeLatest(LocalDate effectiveFrom) {
        latest().filter(e -> effectiveFrom.isBefore(e.effectiveFrom())).ifPresent(e -> {
            throw new RuleBroken("effectiveFrom", "effective-before-latest",
                    "the latest entry takes effect on " + e.effectiveFrom() + "; a new one cannot take effect before it");
        });
    }
}

package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.persistence.RowWrite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one event means to PartnersPart or AssistancePart: the rows it writes, the area codes whose figures it
 * changes, and what must be derived again after the batch (interventions, needs, households' needs).
 */
public record RowChanges(List<RowWrite> writes, Set<String> areas, Set<UUID> interventions, Set<UUID> needs,
                  Set<UUID> households) {

    static RowChanges of(String area, RowWrite... writes) {
        return new RowChanges(List.of(writes), area == null ? Set.of() : Set.of(area), Set.of(), Set.of(), Set.of());
    }

    /** Writes of an intervention's stream, which derive that intervention (and its need) again. */
    static RowChanges ofIntervention(UUID interventionId, RowWrite... writes) {
        return new RowChanges(List.of(writes), Set.of(), Set.of(interventionId), Set.of(), Set.of());
    }

    /** Everything a batch's changes write and derive, merged. */
    static final class Batch {
        final List<RowWrite> writes = new ArrayList<>();
        final Set<String> areas = new LinkedHashSet<>();
        final Set<UUID> interventions = new LinkedHashSet<>();
        final Set<UUID> needs = new LinkedHashSet<>();
        final Set<UUID> households = new LinkedHashSet<>();

        void add(RowChanges c) {
            writes.addAll(c.writes());
            areas.addAll(c.areas());
            interventions.addAll(c.interventions());
            needs.addAll(c.needs());
            households.addAll(c.households());
        }
    }
}

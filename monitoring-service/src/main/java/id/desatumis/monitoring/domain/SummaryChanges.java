package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes of a batch of registry events summed per desa, so the summary takes one write per desa rather than one
 * per event. Counts add up in any order, which is what lets a batch be summed before it is written.
 */
public final class SummaryChanges {

    /** What a batch changes in one desa, and the time of its latest event there. */
    public record DesaChange(String desaCode, int households, int members, OffsetDateTime lastEventAt) {
    }

    private final Map<String, DesaChange> perDesa = new TreeMap<>();

    public void add(SummaryChange change, OffsetDateTime eventTime) {
        perDesa.merge(change.desaCode(),
                new DesaChange(change.desaCode(), change.households(), change.members(), eventTime),
                (a, b) -> new DesaChange(a.desaCode(), a.households() + b.households(), a.members() + b.members(),
                        latest(a.lastEventAt(), b.lastEventAt())));
    }

    /** One change per desa, in desa code order. */
    public List<DesaChange> perDesa() {
        return new ArrayList<>(perDesa.values());
    }

    public static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}

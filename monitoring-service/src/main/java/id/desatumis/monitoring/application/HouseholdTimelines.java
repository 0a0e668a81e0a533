package id.desatumis.monitoring.application;

import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TimelineTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Every event about one household across the five services, in order, by ids (no personal data). */
@ApplicationScoped
public class HouseholdTimelines {

    private final ProjectionReads reads;
    private final TimelineTable timeline;

    public HouseholdTimelines(ProjectionReads reads, TimelineTable timeline) {
        this.reads = reads;
        this.timeline = timeline;
    }

    /** A page of the household's timeline; total 0 when monitoring knows of no event about it. */
    public Uni<Page<TimelineTable.Event>> of(UUID householdId, int page, int size) {
        return reads.read(tx -> timeline.page(tx, householdId, page, size).chain(p -> reads.freshness(tx)
                .map(fresh -> new Page<>(p.events(), page, size, p.total(), fresh))));
    }
}
